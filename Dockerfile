# The service alone; Neo4j runs as its own container (see docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY schema ./schema
COPY seeds ./seeds
COPY src ./src
COPY tsconfig.json ./
USER node
EXPOSE 4000
ENV HOST=0.0.0.0 PORT=4000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4000/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["npx", "tsx", "src/main.ts"]

# The service alone; Neo4j runs as its own container (see docker-compose.yml).

# The Explorer page, built with the dev dependencies (Vite) that the runtime image leaves out.
# It takes the API's enums from src/domain.
FROM node:20-bookworm-slim AS explorer
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY web ./web
COPY src/domain ./src/domain
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY schema ./schema
COPY seeds ./seeds
COPY src ./src
COPY tsconfig.json ./
COPY --from=explorer /app/web/dist ./web/dist
# The analytics' image of the network between restarts (a volume in docker-compose.yml), writable by the service's user.
RUN mkdir -p /var/cache/pentahelix && chown node:node /var/cache/pentahelix
ENV ANALYTICS_CACHE_DIR=/var/cache/pentahelix
USER node
EXPOSE 4000
ENV HOST=0.0.0.0 PORT=4000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4000/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["npx", "tsx", "src/main.ts"]

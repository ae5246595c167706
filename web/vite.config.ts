import { defineConfig } from 'vite';

// Run with web/ as the root (`vite build web`). The page is served by the service itself, so
// /graphql is same-origin in production; in development Vite forwards it to `npm start`.
export default defineConfig({
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});

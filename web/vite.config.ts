import { defineConfig, type Plugin } from 'vite';
import * as queries from './src/queries';

/** The SHA-256 of a document in hex: its id in a trusted-operations manifest (the service checks the same). */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The Explorer's trusted operations: every operation of src/queries.ts by its id. The page gets
 * the ids compiled in (it sends an id, not the document), and the build writes the manifest
 * beside the page, where the service registers it: both come from one build, so they agree.
 */
async function trustedOperations(): Promise<Plugin> {
  const documents = (Object.values(queries) as unknown[]).filter((v): v is string => typeof v === 'string' && /^\s*(query|mutation|subscription)\b/.test(v));
  const ids = await Promise.all(documents.map(sha256));
  const pairs = documents.map((document, i): [string, string] => [document, ids[i]!]);
  return {
    name: 'trusted-operations',
    config: () => ({ define: { __OPERATION_IDS__: JSON.stringify(Object.fromEntries(pairs)) } }),
    generateBundle() {
      const manifest = Object.fromEntries(pairs.map(([document, id]) => [id, document]));
      this.emitFile({ type: 'asset', fileName: 'trusted-operations.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}

// Run with web/ as the root (`vite build web`). The page is served by the service itself, so
// /graphql is same-origin in production; in development Vite forwards it to `npm start`.
export default defineConfig(async () => ({
  base: '/',
  plugins: [await trustedOperations()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
}));

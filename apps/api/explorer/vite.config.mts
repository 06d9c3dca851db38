import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The explorer page of GET /graphql (see src/core/http/serve-explorer.ts), bundled into the api's build output.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explorer/',
  plugins: [react()],
  resolve: { alias: { '@docs': fileURLToPath(new URL('../../../docs', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../dist/explorer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // Monaco is large; it is one page for analysts, loaded once.
    chunkSizeWarningLimit: 6000,
  },
  worker: { format: 'es' },
});

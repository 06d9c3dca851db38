import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env.GONGKAI_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The one source of labels, units, rules and template layout: the lib's TypeScript source.
    alias: {
      '@gongkai/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
      // A chart card's slide is drawn by the same code as the api's briefing pack (native PowerPoint charts).
      '@gongkai/briefing/chart-slide': fileURLToPath(new URL('../../libs/briefing/src/chart-slide.ts', import.meta.url)),
    },
  },
  server: {
    proxy: { '/graphql': apiTarget, '/api': apiTarget },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
});

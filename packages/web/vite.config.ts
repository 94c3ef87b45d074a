/**
 * The web app's build. `npm run dev -w @partnerfolio/web` serves it with hot reload and
 * proxies `/api` to a server on 127.0.0.1:4280 (`partnerfolio serve`); `npm run build`
 * writes `dist/` (with .gz/.br siblings) for the server to serve.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress';

const API_TARGET = process.env.PARTNERFOLIO_API ?? 'http://127.0.0.1:4280';

export default defineConfig({
  plugins: [react(), precompress()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/api': { target: API_TARGET } },
  },
  build: {
    outDir: 'dist',
    target: 'es2022',
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 800,
  },
});

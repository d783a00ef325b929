import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

/** Served by the API at /app/; `npm run dev:web` proxies the API's paths to a running service. */
const API = process.env.API_URL ?? 'http://localhost:3000';
/** The first segment of every path the API documents (a list written here once missed four of them). */
const API_PATHS = [
  ...new Set(Object.keys((JSON.parse(readFileSync(join(__dirname, '../api/openapi.json'), 'utf8')) as { paths: Record<string, unknown> }).paths).map((path) => `/${path.split('/')[1]}`)),
];

export default defineConfig({
  root: __dirname,
  base: '/app/',
  oxc: { jsx: { runtime: 'automatic' } },
  // Compressed once here, served as they are (brotli or gzip): no compressing per request.
  plugins: [compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, logLevel: 'silent' })],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Read by the bench, which weighs what the dashboard loads first.
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // Mantine marks its modules "use client" for React server components; a single-page app has none.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: Object.fromEntries(API_PATHS.map((path) => [path, { target: API, changeOrigin: false }])) },
});

import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The command line built to out/cli/*.js (run by `npm run build` after electron-vite), so that
 * `npm run export` and `npm run campaign` start as plain Node on built JavaScript — under tsx,
 * transpiling at every run took about 5 s. A server (SSR) build: packages stay in node_modules
 * and are loaded from there, as a checkout has them (playwright-core must find its own files).
 * The installer leaves out/cli out (electron-builder.yml): the app never runs it.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'out/cli',
    // Rebuilt in place under stable names (no hashes: nothing caches these files), so that a build
    // while a command runs does not pull its later chunks from under it.
    emptyOutDir: false,
    target: 'node20',
    rollupOptions: {
      input: { 'export-cli': resolve('main/cli/export-cli.ts'), 'campaign-cli': resolve('main/cli/campaign-cli.ts') },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name].js' },
    },
  },
});

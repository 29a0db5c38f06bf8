import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Entries are named explicitly: electron-vite's defaults look in src/, this project does not.
export default defineConfig({
  // Dependencies are bundled: a sandboxed preload cannot load packages at run time, and the
  // app.asar then carries no node_modules at all.
  main: {
    build: {
      externalizeDeps: false,
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('main/index.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('main/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      // electron-vite leaves the renderer unminified by default: ~1 MB of JavaScript (react-dom
      // alone 520 KB) to read and compile at every start on an old laptop.
      minify: true,
      rollupOptions: {
        input: { index: resolve('renderer/index.html'), print: resolve('renderer/print.html') },
        // Names shortened and whitespace dropped, but no compression: with oxc's compressor
        // (rolldown 1.x, vite 8.3.8) the app once hung on "Loading…" with no error. Tried again
        // later, the end-to-end flow passed, but compression saved only 5 KB of 195 KB gzipped:
        // not worth an unexplained risk.
        output: { minify: { compress: false, mangle: true, codegen: { removeWhitespace: true } } },
      },
    },
  },
});

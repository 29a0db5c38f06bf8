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
      rollupOptions: {
        input: { index: resolve('renderer/index.html'), print: resolve('renderer/print.html') },
      },
    },
  },
});

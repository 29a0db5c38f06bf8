// pdf.js ships types for pdf.mjs only; its minified build is the same module.
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs';
}

// The worker module: read only through globalThis.pdfjsWorker (see pdfjs-loader.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}

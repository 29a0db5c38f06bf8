import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript the app window loads at start: every script and module preload that the built
 * index.html names (the entry chunk and the chunks it shares with the print page), gzipped.
 */
export function rendererJs(rendererDir: string): { files: string[]; rawKb: number; gzipKb: number } {
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(rendererDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, rawKb: raw / 1024, gzipKb: gzip / 1024 };
}

/**
 * The DejaVu Serif faces the DOCX embeds, so that Word and LibreOffice on a machine without
 * DejaVu still print the letter in its font (Greek, Cyrillic and Armenian names included).
 * The files are read once per font folder and kept: a batch pays for them once, not per letter.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Document } from 'docx';
import { FONT_FAMILY } from './styles';

/** One font with its four faces, as docx's Document `fonts` option takes it. */
export type FontFaces = NonNullable<ConstructorParameters<typeof Document>[0]['fonts']>[number];

const FACE_FILES = {
  data: 'DejaVuSerif.ttf',
  bold: 'DejaVuSerif-Bold.ttf',
  italic: 'DejaVuSerif-Italic.ttf',
  boldItalic: 'DejaVuSerif-BoldItalic.ttf',
} as const;

const cache = new Map<string, Promise<FontFaces>>();

async function readFaces(fontDir: string): Promise<FontFaces> {
  const read = (file: string) => readFile(join(fontDir, file));
  const [data, bold, italic, boldItalic] = await Promise.all([
    read(FACE_FILES.data),
    read(FACE_FILES.bold),
    read(FACE_FILES.italic),
    read(FACE_FILES.boldItalic),
  ]);
  return { name: FONT_FAMILY, data, bold, italic, boldItalic };
}

export function embeddedFonts(fontDir: string): Promise<FontFaces> {
  let faces = cache.get(fontDir);
  if (!faces) {
    faces = readFaces(fontDir);
    // A failed read (folder moved, file missing) must not stick: the next export tries again.
    faces.catch(() => cache.delete(fontDir));
    cache.set(fontDir, faces);
  }
  return faces;
}

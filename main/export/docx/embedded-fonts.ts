/**
 * The DejaVu Serif faces the DOCX embeds, so that Word and LibreOffice on a machine without
 * DejaVu still print the letter in its font (Greek, Cyrillic and Armenian names included).
 *
 * These parts are written here rather than by docx because docx obfuscates each face with a new
 * random key per document and compresses ~1.4 MB of fonts again for every export — most of a
 * batch's time. With a fixed key per face (ECMA-376 Part 1, 17.8.1: the key only obfuscates; it is
 * no secret) the embedded files never change, so they are read, obfuscated and compressed once
 * per font folder and reused by every export after.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflatePart, type DeflatedPart } from './package-zip';
import { FONT_FAMILY } from './styles';

interface Face {
  file: string;
  element: 'embedRegular' | 'embedBold' | 'embedItalic' | 'embedBoldItalic';
  key: string;
}

const FACES: readonly Face[] = [
  { file: 'DejaVuSerif.ttf', element: 'embedRegular', key: 'A5D7C8E1-3B0F-4E6A-9C21-7F4B2D8E6A01' },
  { file: 'DejaVuSerif-Bold.ttf', element: 'embedBold', key: 'A5D7C8E1-3B0F-4E6A-9C21-7F4B2D8E6A02' },
  { file: 'DejaVuSerif-Italic.ttf', element: 'embedItalic', key: 'A5D7C8E1-3B0F-4E6A-9C21-7F4B2D8E6A03' },
  { file: 'DejaVuSerif-BoldItalic.ttf', element: 'embedBoldItalic', key: 'A5D7C8E1-3B0F-4E6A-9C21-7F4B2D8E6A04' },
];

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const FONT_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/font';
const partPath = (index: number) => `fonts/font${index + 1}.odttf`;

/** ECMA-376 Part 1, 17.8.1: the first 32 bytes XORed with the key's 16 bytes, in reverse order. */
export function obfuscateFont(font: Uint8Array, key: string): Uint8Array {
  const hex = key.replace(/[^0-9a-f]/gi, '');
  if (hex.length !== 32) throw new Error(`not a font key: ${key}`);
  const keyBytes = Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(30 - 2 * i, 32 - 2 * i), 16));
  const out = Uint8Array.from(font);
  for (let i = 0; i < Math.min(32, out.length); i++) out[i] = (out[i] as number) ^ (keyBytes[i % 16] as number);
  return out;
}

/** word/fontTable.xml: the one font the letters use, with its four embedded faces. */
export const FONT_TABLE_XML =
  XML_DECLARATION +
  '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  `<w:font w:name="${FONT_FAMILY}"><w:family w:val="roman"/><w:pitch w:val="variable"/>` +
  FACES.map((face, i) => `<w:${face.element} r:id="rIdFont${i + 1}" w:fontKey="{${face.key}}"/>`).join('') +
  '</w:font></w:fonts>';

/** word/_rels/fontTable.xml.rels: where each face's file is. */
export const FONT_TABLE_RELS_XML =
  XML_DECLARATION +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  FACES.map((_, i) => `<Relationship Id="rIdFont${i + 1}" Type="${FONT_RELATIONSHIP}" Target="${partPath(i)}"/>`).join('') +
  '</Relationships>';

export interface EmbeddedFont {
  /** Path in the package, e.g. word/fonts/font1.odttf. */
  path: string;
  part: DeflatedPart;
}

async function readFaces(fontDir: string): Promise<EmbeddedFont[]> {
  return Promise.all(
    FACES.map(async (face, i) => {
      const font = await readFile(join(fontDir, face.file));
      return { path: `word/${partPath(i)}`, part: await deflatePart(obfuscateFont(font, face.key)) };
    }),
  );
}

const cache = new Map<string, Promise<EmbeddedFont[]>>();

export function embeddedFonts(fontDir: string): Promise<EmbeddedFont[]> {
  let fonts = cache.get(fontDir);
  if (!fonts) {
    fonts = readFaces(fontDir);
    // A failed read (folder moved, file missing) must not stick: the next export tries again.
    fonts.catch(() => cache.delete(fontDir));
    cache.set(fontDir, fonts);
  }
  return fonts;
}

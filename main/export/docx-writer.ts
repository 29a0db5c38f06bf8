/**
 * Letters as one Word document (DOCX): one section per letter, so every letter starts on a new
 * page with its own first page and page numbers. The recipient's address sits in a text box
 * anchored to the page, so that printed at 100 % from Word or LibreOffice it shows in the
 * envelope window of the chosen layout.
 *
 * docx writes the package (styles, numbering, embedded fonts, footer); the letters' body is
 * written as WordprocessingML strings (see docx/wordml.ts for why).
 */
import { Packer } from 'docx';
import type { LetterDocument } from '../../shared/letter/model';
import { createPackage } from './docx/docx-package';
import { documentXml } from './docx/document-xml';
import { embeddedFonts } from './docx/embedded-fonts';

export interface DocxOptions {
  /** Folder holding DejaVuSerif{,-Bold,-Italic,-BoldItalic}.ttf (the app's resources/fonts). */
  fontDir: string;
}

export async function writeDocx(letters: LetterDocument[], options: DocxOptions): Promise<Uint8Array> {
  if (letters.length === 0) throw new Error('writeDocx needs at least one letter');
  const fonts = await embeddedFonts(options.fontDir);
  const { document, ids } = createPackage(letters, fonts);
  const body = { path: 'word/document.xml', data: documentXml(letters, ids) };
  const buffer = await Packer.toBuffer(document, false, [body]);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * Letters as one Word document (DOCX): one section per letter, so every letter starts on a new
 * page with its own first page and page numbers. The recipient's address sits in a text box
 * anchored to the page, so that printed from Word or LibreOffice at 100 % it shows in the
 * envelope window of the chosen layout.
 */
import { Document, Packer } from 'docx';
import type { LetterDocument } from '../../shared/letter/model';
import { embeddedFonts } from './docx/embedded-fonts';
import { letterSection } from './docx/letter-section';
import { letterNumbering, letterStyles } from './docx/styles';

export interface DocxOptions {
  /** Folder holding DejaVuSerif{,-Bold,-Italic,-BoldItalic}.ttf (the app's resources/fonts). */
  fontDir: string;
}

export async function writeDocx(letters: LetterDocument[], options: DocxOptions): Promise<Uint8Array> {
  if (letters.length === 0) throw new Error('writeDocx needs at least one letter');
  const fonts = await embeddedFonts(options.fontDir);
  const document = new Document({
    creator: 'Appeal Letters',
    title: letters.length === 1 ? 'Letter' : `${letters.length} letters`,
    styles: letterStyles,
    numbering: letterNumbering,
    fonts: [fonts],
    sections: letters.map((letter, i) => letterSection(letter, i === 0)),
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

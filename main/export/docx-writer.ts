/**
 * Letters as one Word document (DOCX): one section per letter, so every letter starts on a new
 * page with its own first page and page numbers. The recipient's address sits at its place on
 * page one (a borderless table in the flow of text), so that printed at 100 % from Word or
 * LibreOffice it shows in the envelope window of the chosen layout (docx/page-one.ts).
 *
 * docx writes the package's small parts (styles, numbering, footer, settings); the letters' body
 * is written as WordprocessingML strings (see docx/wordml.ts for why), the fonts are embedded by
 * docx/embedded-fonts.ts, and docx/package-zip.ts zips it all with Node's zlib.
 */
import type { LetterDocument } from '../../shared/letter/model';
import { createPackage } from './docx/docx-package';
import { docxParts } from './docx/docx-parts';
import { documentXmlPieces } from './docx/document-xml';
import { embeddedFonts } from './docx/embedded-fonts';
import { PackageZip } from './docx/package-zip';

export interface DocxOptions {
  /** Folder holding DejaVuSerif{,-Bold,-Italic,-BoldItalic}.ttf (the app's resources/fonts). */
  fontDir: string;
  /**
   * Pad each letter to an even number of pages for two-sided printing: Word (and LibreOffice when
   * printing) starts every letter on a front side (see docx/letter.ts).
   */
  padToEven?: boolean;
}

export async function writeDocx(letters: LetterDocument[], options: DocxOptions): Promise<Uint8Array> {
  if (letters.length === 0) throw new Error('writeDocx needs at least one letter');
  // Started first: on the first export, the fonts are read and compressed on the thread pool
  // while the XML is written (later exports find them cached).
  const fonts = embeddedFonts(options.fontDir);
  const { document, ids } = createPackage(letters, options.padToEven ?? false);
  const zip = new PackageZip();
  for (const [path, bytes] of await docxParts(document)) zip.addSmall(path, bytes);
  await zip.addStreamed('word/document.xml', documentXmlPieces(letters, ids));
  for (const font of await fonts) zip.addDeflated(font.path, font.part);
  return zip.finish();
}

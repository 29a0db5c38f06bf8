/**
 * docx's parts of the package, unpacked, with the two changes that embedding our own fonts needs —
 * its font table is replaced by ours (embedded-fonts.ts) and its settings ask Word to use
 * embedded fonts — and widow control in its styles. docx's zip of these parts is small (no body,
 * no fonts): unpacking it costs about a millisecond.
 */
import { Packer, type Document } from 'docx';
import { unzipSync } from 'fflate';
import { FONT_TABLE_RELS_XML, FONT_TABLE_XML } from './embedded-fonts';

const CONTENT_TYPES = '[Content_Types].xml';
const BODY = 'word/document.xml';
const SETTINGS = 'word/settings.xml';
const STYLES = 'word/styles.xml';
const FONT_TABLE = 'word/fontTable.xml';
const FONT_TABLE_RELS = 'word/_rels/fontTable.xml.rels';
/** CT_Settings puts embedTrueTypeFonts right after displayBackgroundShape, which docx always writes. */
const SETTINGS_ANCHOR = '<w:displayBackgroundShape/>';

/**
 * Widow and orphan control for every paragraph, as the print page splits paragraphs (two lines
 * at least on each page). docx's document defaults cannot say it, and without it neither Word
 * nor LibreOffice keeps lines together. CT_PPrBase puts widowControl before spacing, the first
 * (and only) thing docx writes in the default paragraph properties.
 */
const DEFAULT_PPR = '<w:pPrDefault><w:pPr>';

function withWidowControl(styles: string): string {
  if (!styles.includes(DEFAULT_PPR)) throw new Error('docx wrote styles without default paragraph properties');
  return styles.replace(DEFAULT_PPR, `${DEFAULT_PPR}<w:widowControl/>`);
}

function withEmbeddedFonts(settings: string): string {
  if (!settings.includes(SETTINGS_ANCHOR)) throw new Error('docx wrote settings without displayBackgroundShape');
  return settings.replace(SETTINGS_ANCHOR, `${SETTINGS_ANCHOR}<w:embedTrueTypeFonts/>`);
}

/**
 * Every part but the body, fonts' table included, [Content_Types].xml first: readers that sniff
 * a file's type from its first entry (file(1), some mail filters) then recognise a Word file.
 */
export async function docxParts(document: Document): Promise<Map<string, Uint8Array>> {
  const files = unzipSync(await Packer.toBuffer(document));
  if (!files[SETTINGS] || !files[STYLES] || !files[FONT_TABLE] || !files[BODY] || !files[CONTENT_TYPES]) throw new Error('docx wrote a different package than expected');
  const encoder = new TextEncoder();
  const parts = new Map<string, Uint8Array>([[CONTENT_TYPES, files[CONTENT_TYPES]]]);
  for (const [path, bytes] of Object.entries(files)) {
    if (path === BODY) continue;
    if (path === SETTINGS) parts.set(path, encoder.encode(withEmbeddedFonts(new TextDecoder().decode(bytes))));
    else if (path === STYLES) parts.set(path, encoder.encode(withWidowControl(new TextDecoder().decode(bytes))));
    else if (path === FONT_TABLE) parts.set(path, encoder.encode(FONT_TABLE_XML));
    else parts.set(path, bytes);
  }
  parts.set(FONT_TABLE_RELS, encoder.encode(FONT_TABLE_RELS_XML));
  return parts;
}

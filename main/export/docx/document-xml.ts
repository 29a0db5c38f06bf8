/**
 * word/document.xml: every letter's section, one after the other.
 */
import type { LetterDocument } from '../../../shared/letter/model';
import type { PackageIds } from './docx-package';
import { letterXml } from './letter';

const NAMESPACES = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};

const ROOT_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ' +
  Object.entries(NAMESPACES)
    .map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`)
    .join(' ') +
  '><w:body>';
const ROOT_CLOSE = '</w:body></w:document>';

/**
 * The body as pieces (the root's opening, each letter's section, the root's end), so that the
 * zip can compress it as it is written: a 5,000-letter batch never holds its whole XML at once.
 */
export function* documentXmlPieces(letters: LetterDocument[], ids: PackageIds): Generator<string> {
  yield ROOT_OPEN;
  for (const [i, letter] of letters.entries()) {
    const key = ids.footerKeys[i] as string;
    const inherited = i > 0 && ids.footerKeys[i - 1] === key;
    const footerRef = inherited ? undefined : ids.footers.get(key);
    const evenFooterRef = inherited ? undefined : ids.evenFooters.get(key);
    yield letterXml(letter, { footerRef, evenFooterRef, isLast: i === letters.length - 1, bulletNumId: ids.bulletNumId });
  }
  yield ROOT_CLOSE;
}

/**
 * word/document.xml: every letter's section, one after the other.
 */
import type { LetterDocument } from '../../../shared/letter/model';
import type { PackageIds } from './docx-package';
import { footerKey } from './docx-package';
import { letterXml } from './letter';

const NAMESPACES = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
};

const ROOT_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ' +
  Object.entries(NAMESPACES)
    .map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`)
    .join(' ') +
  '><w:body>';
const ROOT_CLOSE = '</w:body></w:document>';

export function documentXml(letters: LetterDocument[], ids: PackageIds): string {
  let drawingId = 0;
  const nextDrawingId = () => ++drawingId;
  const body = letters.map((letter, i) => {
    const previous = letters[i - 1];
    const key = footerKey(letter);
    const footerRef = previous !== undefined && footerKey(previous) === key ? undefined : ids.footers.get(key);
    return letterXml(letter, { footerRef, isLast: i === letters.length - 1, bulletNumId: ids.bulletNumId, nextDrawingId });
  });
  return ROOT_OPEN + body.join('') + ROOT_CLOSE;
}

/**
 * One letter as one section: a new section starts a new page, restarts the page numbers and gives
 * the letter its own first page (the page-1 boxes, no page number).
 *
 * What sections cost LibreOffice is small next to floating objects (page-one.ts): at 500 letters
 * our file without any frame took 19 CPU seconds against 11 s for a plain document of the same
 * paragraphs (issue 18), and that difference holds the sections, styles and footer fields together.
 */
import { MARGINS, PAGE } from '../../../shared/letter/layouts';
import type { LetterBlock, LetterDocument } from '../../../shared/letter/model';
import { PAGE_LABEL } from '../../../shared/letter/typography';
import type { FlowBlock } from './body';
import { bodyParagraphs } from './body';
import { pageOne } from './page-one';
import { isPositioned } from './page-one-stacks';
import { mmToTwips } from './units';
import type { ParagraphSpec } from './wordml';
import { escapeAttr, writeParagraphs } from './wordml';

/** The letters print no header; Word wants its distance all the same (inside the top margin). */
const HEADER_DISTANCE_MM = 10;

/** The footer (the page label) ends PAGE_LABEL.bottomMm above the sheet's edge, as on the print page. */
const PAGE_XML =
  `<w:pgSz w:w="${mmToTwips(PAGE.width)}" w:h="${mmToTwips(PAGE.height)}"/>` +
  `<w:pgMar w:top="${mmToTwips(MARGINS.top)}" w:right="${mmToTwips(MARGINS.right)}" ` +
  `w:bottom="${mmToTwips(MARGINS.bottom)}" w:left="${mmToTwips(MARGINS.left)}" ` +
  `w:header="${mmToTwips(HEADER_DISTANCE_MM)}" w:footer="${mmToTwips(PAGE_LABEL.bottomMm)}" w:gutter="0"/>`;

/**
 * CT_SectPr order: footerReference, type, pgSz, pgMar, pgNumType, titlePg. A section names its
 * footer only when its page label or page count differs from the previous letter's: a section
 * without a reference inherits the previous section's footer (ECMA-376 17.10.5), so a batch
 * carries one footer part per label and count, not one per letter. titlePg with no first-page
 * footer anywhere leaves every letter's first page without a label.
 *
 * Padding to an even number of pages (evenFooterRef given) turns on different odd and even page
 * footers (settings' evenAndOddHeaders, see docx-package.ts) and names the label's even-page
 * footer too. Word then keeps odd page numbers on odd (front) sides: a section whose numbering
 * restarts at 1 after a page with an odd number starts behind a blank page (Microsoft KB Q198592,
 * "by design and necessary for book binding"), so every letter but the last ends on a back side.
 * Writer lays restarted numbering out that way with or without the setting; it prints those
 * automatic blank pages, but its PDF export leaves them out unless IsSkipEmptyPages is off.
 *
 * Not w:type oddPage: Writer 7.4 (writerfilter's odd-page copy of the first-page style) then
 * gives a letter's second page the first-page style, losing its page label.
 */
function sectionXml(footerRef: string | undefined, evenFooterRef: string | undefined): string {
  const footer = footerRef === undefined ? '' : `<w:footerReference w:type="default" r:id="${footerRef}"/>`;
  const even = evenFooterRef === undefined ? '' : `<w:footerReference w:type="even" r:id="${evenFooterRef}"/>`;
  return `<w:sectPr>${footer}${even}<w:type w:val="nextPage"/>${PAGE_XML}<w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>`;
}

function isFlow(block: LetterBlock): block is FlowBlock {
  return !isPositioned(block);
}

export interface LetterContext {
  /** The footer this section must name; undefined to inherit the previous section's. */
  footerRef: string | undefined;
  /** The even-page footer this section must name (padded letters only); undefined to inherit. */
  evenFooterRef: string | undefined;
  isLast: boolean;
  bulletNumId: number;
}

/**
 * The letter's paragraphs and section properties. These go into its last paragraph, except for
 * the document's last letter, whose section properties close the body.
 */
export function letterXml(letter: LetterDocument, context: LetterContext): string {
  const lang = escapeAttr(letter.lang);
  const first = pageOne(letter.blocks.filter(isPositioned), letter.layout, lang);
  const paragraphs: ParagraphSpec[] = [
    ...first.paragraphs,
    ...letter.blocks.filter(isFlow).flatMap((block) => bodyParagraphs(block, lang, context.bulletNumId)),
  ];
  const sectPr = sectionXml(context.footerRef, context.evenFooterRef);
  if (context.isLast) return first.table + writeParagraphs(paragraphs) + sectPr;
  // A section ends with a paragraph: a letter of nothing but its address table gets an empty one.
  const last = paragraphs.pop() ?? { props: {}, content: '' };
  paragraphs.push({ ...last, props: { ...last.props, sectPr } });
  return first.table + writeParagraphs(paragraphs);
}

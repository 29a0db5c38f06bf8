/**
 * One letter as one section: a new section starts a new page, restarts the page numbers and gives
 * the letter its own first page (the page-1 boxes, no page number).
 */
import { MARGINS, PAGE } from '../../../shared/letter/layouts';
import type { LetterDocument } from '../../../shared/letter/model';
import type { FlowBlock } from './body';
import { bodyParagraphs } from './body';
import type { DrawingIds } from './page-one';
import { isPositioned, pageOneParagraph } from './page-one';
import { mmToTwips } from './units';
import type { ParagraphSpec } from './wordml';
import { escapeAttr, writeParagraphs } from './wordml';

/** Distance of the page number's line from the sheet's bottom edge, inside the 22 mm margin. */
const FOOTER_DISTANCE_MM = 10;
const HEADER_DISTANCE_MM = 10;

export interface PackageIds {
  /** Relationship id of the footer with the page number; only the first section names it. */
  pageNumberFooter: string;
  /** The w:num of the bulleted list. */
  bulletNumId: number;
}

const PAGE_XML =
  `<w:pgSz w:w="${mmToTwips(PAGE.width)}" w:h="${mmToTwips(PAGE.height)}"/>` +
  `<w:pgMar w:top="${mmToTwips(MARGINS.top)}" w:right="${mmToTwips(MARGINS.right)}" ` +
  `w:bottom="${mmToTwips(MARGINS.bottom)}" w:left="${mmToTwips(MARGINS.left)}" ` +
  `w:header="${mmToTwips(HEADER_DISTANCE_MM)}" w:footer="${mmToTwips(FOOTER_DISTANCE_MM)}" w:gutter="0"/>`;

/**
 * CT_SectPr order: footerReference, type, pgSz, pgMar, pgNumType, titlePg. Only the first section
 * names the footer: a section without references inherits the previous section's (ECMA-376
 * 17.10.5), so a batch carries one footer part, not one per letter. titlePg with no first-page
 * footer gives every letter's first page a blank footer.
 */
function sectionXml(footerRef: string | undefined): string {
  const footer = footerRef === undefined ? '' : `<w:footerReference w:type="default" r:id="${footerRef}"/>`;
  return `<w:sectPr>${footer}<w:type w:val="nextPage"/>${PAGE_XML}<w:pgNumType w:start="1"/><w:titlePg/></w:sectPr>`;
}

function isFlow(block: LetterDocument['blocks'][number]): block is FlowBlock {
  return !isPositioned(block);
}

/**
 * The letter's paragraphs. The section properties go into its last paragraph, except for the
 * document's last letter, whose section properties close the body (returned separately).
 */
export function letterXml(
  letter: LetterDocument,
  options: { isFirst: boolean; isLast: boolean; ids: PackageIds; nextDrawingId: DrawingIds },
): string {
  const lang = escapeAttr(letter.lang);
  const paragraphs: ParagraphSpec[] = [
    pageOneParagraph(letter.blocks.filter(isPositioned), letter.layout, lang, options.nextDrawingId),
    ...letter.blocks.filter(isFlow).flatMap((block) => bodyParagraphs(block, lang, options.ids.bulletNumId)),
  ];
  const sectPr = sectionXml(options.isFirst ? options.ids.pageNumberFooter : undefined);
  if (options.isLast) return writeParagraphs(paragraphs) + sectPr;
  const last = paragraphs[paragraphs.length - 1];
  if (last) paragraphs[paragraphs.length - 1] = { ...last, props: { ...last.props, sectPr } };
  return writeParagraphs(paragraphs);
}

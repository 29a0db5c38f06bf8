/**
 * Named paragraph styles of the DOCX letters. Formatting lives in styles rather than on every
 * paragraph: the file stays small for a 500-letter batch, and a member who edits the letter in
 * Word or LibreOffice sees sensible style names.
 */
import { AlignmentType, LevelFormat, LineRuleType } from 'docx';
import type { INumberingOptions, IStylesOptions } from 'docx';
import { mmToTwips, ptToTwips } from './units';

export const FONT_FAMILY = 'DejaVu Serif';

/** Body text 11 pt with a line pitch of 1.3 (14.3 pt), as the print renderer sets it. */
export const BODY_SIZE_PT = 11;
export const BODY_LINE_PT = BODY_SIZE_PT * 1.3;
const RETURN_SIZE_PT = 8;
const SMALL_SIZE_PT = 8.5;
const PAGE_NUMBER_SIZE_PT = 9;

/** Style ids; the names shown in Word are the same words with spaces. */
export const STYLE = {
  address: 'LetterAddress',
  returnAddress: 'LetterReturnAddress',
  placeDate: 'LetterPlaceDate',
  subject: 'LetterSubject',
  salutation: 'LetterSalutation',
  paragraph: 'LetterParagraph',
  listItem: 'LetterListItem',
  closing: 'LetterClosing',
  printedName: 'LetterPrintedName',
  copyLabel: 'LetterCopyLabel',
  copyEntry: 'LetterCopyEntry',
  footer: 'LetterFooter',
  pageNumber: 'LetterPageNumber',
} as const;

export const BULLET_REFERENCE = 'letter-bullets';

/** Half-points, the unit of w:sz. */
const size = (pt: number) => Math.round(pt * 2);
const halfLine = ptToTwips(BODY_LINE_PT / 2);
const fullLine = ptToTwips(BODY_LINE_PT);

function style(id: string, paragraph: object = {}, run: object = {}) {
  return {
    id,
    name: id.replace(/([a-z])([A-Z])/g, '$1 $2'),
    basedOn: 'Normal',
    next: id,
    quickFormat: true,
    paragraph,
    run,
  };
}

export const letterStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT_FAMILY, size: size(BODY_SIZE_PT) },
      paragraph: {
        // "At least" rather than "exactly": a tall accent or a larger glyph is never clipped.
        spacing: { line: ptToTwips(BODY_LINE_PT), lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 },
      },
    },
  },
  paragraphStyles: [
    style(STYLE.address),
    style(STYLE.returnAddress, {}, { size: size(RETURN_SIZE_PT) }),
    style(STYLE.placeDate, { alignment: AlignmentType.RIGHT, spacing: { after: fullLine } }),
    style(STYLE.subject, { spacing: { after: fullLine }, keepNext: true }, { bold: true }),
    style(STYLE.salutation, { spacing: { after: halfLine }, keepNext: true }),
    style(STYLE.paragraph, { spacing: { after: halfLine } }),
    style(STYLE.listItem, { spacing: { after: ptToTwips(2) } }),
    // The closing, the space for the signature and the printed name stay on one page.
    style(STYLE.closing, { spacing: { before: halfLine }, keepNext: true }),
    style(STYLE.printedName),
    style(STYLE.copyLabel, { spacing: { before: fullLine }, keepNext: true }),
    style(STYLE.copyEntry),
    style(STYLE.footer, { spacing: { before: fullLine } }, { size: size(SMALL_SIZE_PT) }),
    style(STYLE.pageNumber, { alignment: AlignmentType.RIGHT }, { size: size(PAGE_NUMBER_SIZE_PT) }),
  ],
};

export const letterNumbering: INumberingOptions = {
  config: [
    {
      reference: BULLET_REFERENCE,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: mmToTwips(6), hanging: mmToTwips(4) } } },
        },
      ],
    },
  ],
};

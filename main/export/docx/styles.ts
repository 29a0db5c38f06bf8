/**
 * Named paragraph styles of the DOCX letters. Sizes and spacing follow the print rendering
 * (renderer/src/preview/letter.css) so that the DOCX and the PDF look alike. Formatting lives in
 * styles rather than on every paragraph: the body stays small for a 500-letter batch, and a
 * member who edits the letter in Word or LibreOffice sees sensible style names.
 */
import { AlignmentType, LevelFormat, LineRuleType } from 'docx';
import type { INumberingOptions, IParagraphStylePropertiesOptions, IRunStylePropertiesOptions, IStylesOptions } from 'docx';
import { mmToTwips, ptToTwips } from './units';

export const FONT_FAMILY = 'DejaVu Serif';

const BODY_SIZE_PT = 11;
/** CSS line-height 1.3. */
const BODY_LINE_PT = BODY_SIZE_PT * 1.3;
/** The space under each block (CSS padding-bottom 0.85em of the body size). */
export const BLOCK_GAP_TWIPS = ptToTwips(BODY_SIZE_PT * 0.85);
const COPY_SIZE_PT = 10;
export const COPY_GAP_TWIPS = ptToTwips(COPY_SIZE_PT * 0.85);
export const LIST_ITEM_GAP_TWIPS = ptToTwips(BODY_SIZE_PT * 0.3);

/** The recipient's lines: six of them at 12 pt fit the DIN 5008 address zone (27.3 mm). */
export const ADDRESS_LINE_TWIPS = ptToTwips(12);

/** Style ids; Word shows them as their words with spaces. */
export const STYLE = {
  sender: 'LetterSender',
  recipient: 'LetterRecipient',
  returnAddress: 'LetterReturnAddress',
  placeDate: 'LetterPlaceDate',
  subject: 'LetterSubject',
  salutation: 'LetterSalutation',
  paragraph: 'LetterParagraph',
  listItem: 'LetterListItem',
  closing: 'LetterClosing',
  printedName: 'LetterPrintedName',
  copyLine: 'LetterCopyLine',
  footer: 'LetterFooter',
  pageLabel: 'LetterPageLabel',
} as const;

export const BULLET_REFERENCE = 'letter-bullets';

/** Half-points, the unit of w:sz. */
const size = (pt: number) => Math.round(pt * 2);
const exactly = (pt: number) => ({ line: ptToTwips(pt), lineRule: LineRuleType.EXACT });
const atLeast = (pt: number) => ({ line: ptToTwips(pt), lineRule: LineRuleType.AT_LEAST });

function style(id: string, paragraph: IParagraphStylePropertiesOptions = {}, run: IRunStylePropertiesOptions = {}) {
  return { id, name: id.replace(/([a-z])([A-Z])/g, '$1 $2'), basedOn: 'Normal', next: id, quickFormat: true, paragraph, run };
}

export const letterStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT_FAMILY, size: size(BODY_SIZE_PT) },
      // "At least" rather than "exactly": a tall accent or a larger glyph is never clipped.
      paragraph: { spacing: { ...atLeast(BODY_LINE_PT), before: 0, after: 0 } },
    },
  },
  paragraphStyles: [
    style(STYLE.sender, { spacing: atLeast(10 * 1.3) }, { size: size(10) }),
    style(STYLE.recipient, { spacing: exactly(12) }, { size: size(10.5) }),
    style(STYLE.returnAddress, { spacing: atLeast(8 * 1.1) }, { size: size(8) }),
    style(STYLE.placeDate, { alignment: AlignmentType.RIGHT, spacing: { after: mmToTwips(8) } }),
    style(STYLE.subject, { keepNext: true, spacing: { after: mmToTwips(6) } }, { bold: true }),
    // The salutation and the closing stay with what follows them, as in the print rendering.
    style(STYLE.salutation, { keepNext: true, spacing: { after: BLOCK_GAP_TWIPS } }),
    style(STYLE.paragraph, { spacing: { after: BLOCK_GAP_TWIPS } }),
    style(STYLE.listItem, { spacing: { after: LIST_ITEM_GAP_TWIPS } }),
    style(STYLE.closing, { keepNext: true, spacing: { after: BLOCK_GAP_TWIPS } }),
    style(STYLE.printedName, { spacing: { after: mmToTwips(6) } }),
    style(STYLE.copyLine, { spacing: atLeast(COPY_SIZE_PT * 1.3) }, { size: size(COPY_SIZE_PT) }),
    style(STYLE.footer, { spacing: { ...atLeast(8 * 1.25), before: mmToTwips(4), after: BLOCK_GAP_TWIPS } }, { size: size(8) }),
    style(STYLE.pageLabel, { alignment: AlignmentType.RIGHT }, { size: size(9) }),
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
          // Text 6 mm in, the bullet hanging in front of it (CSS padding-left 6mm, list-style disc).
          style: { paragraph: { indent: { left: mmToTwips(6), hanging: mmToTwips(4) } } },
        },
      ],
    },
  ],
};

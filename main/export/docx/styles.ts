/**
 * Named paragraph styles of the DOCX letters, made from shared/letter/typography.ts — the numbers
 * the print page's CSS is made from — so that the DOCX and the PDF are one letter. Formatting lives
 * in styles rather than on every paragraph: the body stays small for a 500-letter batch, and a
 * member who edits the letter in Word or LibreOffice sees sensible style names.
 */
import { AlignmentType, LevelFormat, LineRuleType } from 'docx';
import type { INumberingOptions, IParagraphStylePropertiesOptions, IRunStylePropertiesOptions, IStylesOptions } from 'docx';
import { BLOCK_TYPES, LETTER_FONT_FAMILY, LIST_INDENT, type BlockType, type TypeKind } from '../../../shared/letter/typography';
import { mmToTwips, ptToHalfPoints, ptToTwips } from './units';

export const FONT_FAMILY = LETTER_FONT_FAMILY;

/** Style ids by the kind of block they set; Word shows them as their words with spaces. */
export const STYLE = {
  sender: 'LetterSender',
  recipient: 'LetterRecipient',
  'return-line': 'LetterReturnAddress',
  'place-date': 'LetterPlaceDate',
  subject: 'LetterSubject',
  salutation: 'LetterSalutation',
  paragraph: 'LetterParagraph',
  'list-item': 'LetterListItem',
  closing: 'LetterClosing',
  'signature-space': 'LetterSignatureSpace',
  'printed-name': 'LetterPrintedName',
  'copy-line': 'LetterCopyLine',
  footer: 'LetterFooter',
  'page-label': 'LetterPageLabel',
} as const satisfies Partial<Record<TypeKind, string>>;

export type StyledKind = keyof typeof STYLE;

export const BULLET_REFERENCE = 'letter-bullets';

/** The space after a block, in twips: the one number of typography.ts's the body writes directly (a list's last item). */
export const spaceAfterTwips = (kind: TypeKind) => ptToTwips(BLOCK_TYPES[kind].spaceAfterPt);

/**
 * "At least" the leading, so that a tall accent or a fallback glyph is never clipped, except where
 * typography.ts holds the lines to it (the window's lines, whose height is counted).
 */
function spacing(type: BlockType) {
  const lineRule = type.exactLeading ? LineRuleType.EXACT : LineRuleType.AT_LEAST;
  return { line: ptToTwips(type.leadingPt), lineRule, before: 0, after: ptToTwips(type.spaceAfterPt) };
}

function paragraphOf(type: BlockType): IParagraphStylePropertiesOptions {
  return {
    alignment: type.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    keepNext: type.keepWithNext,
    keepLines: type.keepTogether,
    spacing: spacing(type),
  };
}

function runOf(type: BlockType): IRunStylePropertiesOptions {
  return { size: ptToHalfPoints(type.sizePt), ...(type.bold ? { bold: true } : {}) };
}

function style(kind: StyledKind) {
  const id = STYLE[kind];
  const type = BLOCK_TYPES[kind];
  return { id, name: id.replace(/([a-z])([A-Z])/g, '$1 $2'), basedOn: 'Normal', next: id, quickFormat: true, paragraph: paragraphOf(type), run: runOf(type) };
}

export const letterStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT_FAMILY, size: ptToHalfPoints(BLOCK_TYPES.paragraph.sizePt) },
      paragraph: { spacing: spacing({ ...BLOCK_TYPES.paragraph, spaceAfterPt: 0 }) },
    },
  },
  paragraphStyles: (Object.keys(STYLE) as StyledKind[]).map(style),
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
          style: { paragraph: { indent: { left: mmToTwips(LIST_INDENT.textMm), hanging: mmToTwips(LIST_INDENT.bulletHangMm) } } },
        },
      ],
    },
  ],
};

/**
 * The CSS custom properties letter.css is written in, made from typography.ts and layouts.ts:
 * letter.css holds rules, never numbers. mount-letters.ts sets them on each letter's element with
 * CSSOM (the strict CSP forbids style attributes, not that).
 */
import { LAYOUT_PRESETS, MARGINS, PAGE } from './layouts';
import type { LetterDocument } from './model';
import { BLOCK_TYPES, FOLD_MARK, LIST_INDENT, PAGE_LABEL, SIGNATURE_SPACE_MM, type TypeKind } from './typography';

const mm = (value: number) => `${value}mm`;
const pt = (value: number) => `${Number(value.toFixed(3))}pt`;

function typeVariables(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [kind, type] of Object.entries(BLOCK_TYPES) as [TypeKind, (typeof BLOCK_TYPES)[TypeKind]][]) {
    vars[`--${kind}-size`] = pt(type.sizePt);
    vars[`--${kind}-leading`] = pt(type.leadingPt);
    vars[`--${kind}-after`] = pt(type.spaceAfterPt);
    vars[`--${kind}-align`] = type.align;
    vars[`--${kind}-weight`] = type.bold ? '700' : '400';
  }
  return vars;
}

/** The same for every letter: sheet, margins and type. */
const FIXED: Readonly<Record<string, string>> = {
  '--page-width': mm(PAGE.width),
  '--page-height': mm(PAGE.height),
  '--margin-top': mm(MARGINS.top),
  '--margin-right': mm(MARGINS.right),
  '--margin-bottom': mm(MARGINS.bottom),
  '--margin-left': mm(MARGINS.left),
  '--list-text-indent': mm(LIST_INDENT.textMm),
  '--signature-space': mm(SIGNATURE_SPACE_MM),
  '--page-label-bottom': mm(PAGE_LABEL.bottomMm),
  '--fold-left': mm(FOLD_MARK.leftMm),
  '--fold-length': mm(FOLD_MARK.lengthMm),
  '--fold-weight': pt(FOLD_MARK.weightPt),
  ...typeVariables(),
};

/** Every variable letter.css reads for this letter: the fixed ones and its layout's positions. */
export function letterCssVariables(doc: LetterDocument): Record<string, string> {
  const preset = LAYOUT_PRESETS[doc.layout.preset];
  return {
    ...FIXED,
    '--field-left': mm(preset.addressField.left),
    '--field-top': mm(preset.addressField.top),
    '--field-width': mm(preset.addressField.width),
    '--field-height': mm(preset.addressField.height),
    '--return-zone': mm(preset.returnZone),
    '--sender-left': mm(preset.sender.left),
    '--sender-top': mm(preset.sender.top),
    '--sender-width': mm(preset.sender.width),
    '--body-top': mm(preset.bodyTop),
    '--fold-1': mm(preset.foldMarks[0] ?? 0),
    '--fold-2': mm(preset.foldMarks[1] ?? 0),
    '--offset-x': mm(doc.layout.offsetMm.x),
    '--offset-y': mm(doc.layout.offsetMm.y),
  };
}

/**
 * The label on pages 2+ ("Page {n} of {total}" from the language table) as the DOCX prints it:
 * the same words as the print page's (shared/letter/render-html.ts pageLabelText), with Word's
 * fields for the numbers.
 *
 * {n} is the PAGE field, which restarts with every letter's section. {total} is SECTIONPAGES, the
 * number of pages of the letter's own section, which Word works out as it lays the pages out.
 * LibreOffice (7.4, checked) does not work it out: it prints the field's stored result. So the
 * field carries the letter's page count as estimated from the letter's typography
 * (shared/letter/page-estimate.ts), and letters share a footer only when their labels and counts
 * are the same (docx-package.ts).
 */
export type PageLabelPart = { text: string } | { field: 'page' } | { field: 'total' };

export function pageLabelParts(template: string): PageLabelPart[] {
  return template
    .split(/(\{n\}|\{total\})/)
    .filter((piece) => piece !== '')
    .map((piece) => (piece === '{n}' ? { field: 'page' } : piece === '{total}' ? { field: 'total' } : { text: piece }));
}

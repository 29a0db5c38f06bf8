/**
 * The label on pages 2+ ("Page {n} of {total}" from the language table) as the DOCX can print it.
 *
 * {n} becomes Word's PAGE field, which restarts with every letter's section. {total} would be
 * SECTIONPAGES, but LibreOffice (7.4) prints that field empty ("Page 2 of "), so the DOCX drops
 * {total} together with the words joining it to {n}: "Page 2", "Seite 2", "Pagina 2".
 */
export interface PageLabelParts {
  before: string;
  after: string;
}

export function pageLabelParts(template: string): PageLabelParts {
  const n = template.indexOf('{n}');
  if (n < 0) return { before: template.replace('{total}', '').trim(), after: '' };
  const total = template.indexOf('{total}');
  let before = template.slice(0, n);
  let after = template.slice(n + '{n}'.length);
  if (total > n) after = template.slice(total + '{total}'.length);
  else if (total >= 0) before = template.slice(0, total);
  return { before: before.trimStart(), after: after.trimEnd() };
}

/**
 * The placeholders inside a letter body: `{{a|b|c}}` choices and `{{sender.city}}` fields
 * (campaign-format.md, "The body"). Parsed here once for the importer (unknown fields are an
 * error) and for composition (choices become controls, fields are filled in).
 */

export const KNOWN_FIELDS = [
  'sender.name',
  'sender.firstName',
  'sender.lastName',
  'sender.street',
  'sender.postcode',
  'sender.city',
  'sender.country',
  'recipient.name',
] as const;
export type FieldName = (typeof KNOWN_FIELDS)[number];

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'field'; name: string };

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

export function parseTemplate(body: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  let choiceIndex = 0;
  for (const match of body.matchAll(PLACEHOLDER)) {
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', text: body.slice(last, start) });
    const inner = (match[1] ?? '').trim();
    if (inner.includes('|')) {
      parts.push({ kind: 'choice', index: choiceIndex++, options: inner.split('|').map((o) => o.trim()) });
    } else {
      parts.push({ kind: 'field', name: inner });
    }
    last = start + match[0].length;
  }
  if (last < body.length) parts.push({ kind: 'text', text: body.slice(last) });
  return parts;
}

export function choicesOf(body: string): { index: number; options: string[] }[] {
  return parseTemplate(body).flatMap((p) => (p.kind === 'choice' ? [{ index: p.index, options: p.options }] : []));
}

export function unknownFields(body: string): string[] {
  const known = new Set<string>(KNOWN_FIELDS);
  return parseTemplate(body).flatMap((p) => (p.kind === 'field' && !known.has(p.name) ? [p.name] : []));
}

/** Replaces every placeholder; `resolveField` returns the text for a known field. */
export function fillTemplate(
  body: string,
  picks: readonly number[],
  resolveField: (name: FieldName) => string,
): string {
  return parseTemplate(body)
    .map((part) => {
      if (part.kind === 'text') return part.text;
      if (part.kind === 'choice') return part.options[picks[part.index] ?? 0] ?? part.options[0] ?? '';
      return (KNOWN_FIELDS as readonly string[]).includes(part.name) ? resolveField(part.name as FieldName) : '';
    })
    .join('');
}

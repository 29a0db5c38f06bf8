/** The editor's screens, in the order a coordinator goes through them. */
// "recipient" and "text" are also what main writes into a draft's place (draft-services.ts).
export const SECTIONS = ['recipient', 'copies', 'text', 'extras', 'details', 'finish'] as const;
export type Section = (typeof SECTIONS)[number];

export function isSection(value: string | undefined): value is Section {
  return (SECTIONS as readonly string[]).includes(value ?? '');
}

/** The letter's parts on the second of its two screens; the title, subject and body are on "text". */
const EXTRAS = new Set(['summary', 'salutations', 'footer', 'postage']);

/** The screen a field is on: "copies.0.name" → copies, "languages.fr.body" → text. */
export function sectionOf(field: string): Section {
  const [head, , part] = field.split('.');
  if (head === 'recipient' || head === 'copies') return head;
  if (head === 'languages') return EXTRAS.has(part ?? '') ? 'extras' : 'text';
  return 'details';
}

/** The language a field belongs to ("languages.fr.body" → "fr"), if any. */
export function languageOf(field: string): string | undefined {
  const [head, code] = field.split('.');
  return head === 'languages' ? code : undefined;
}

export function nextSection(section: Section): Section | undefined {
  return SECTIONS[SECTIONS.indexOf(section) + 1];
}

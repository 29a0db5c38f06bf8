import type { CampaignDraft, DraftLetterText, DraftPerson } from './draft';
import { parseTemplate, unknownFields } from './template';

/**
 * What still stops a draft from becoming a campaign, found as the coordinator types, each at the
 * field it belongs to. Keys, not sentences: the editor words them in the UI language
 * (shared/i18n/locales/<lang>/editor.json, `problems.<key>`). The same rules as the campaign
 * file's check (check-campaign.ts), said field by field instead of first-problem-only.
 *
 * Kept free of zod (and so of schema.ts's values): the renderer's strict CSP refuses zod's
 * start-up probe.
 */

/** An envelope's window has room for this many address lines (campaign-format.md, person.address). */
export const ADDRESS_MAX_LINES = 6;

export type DraftProblemKey =
  | 'nameMissing'
  | 'addressMissing'
  | 'addressTooLong'
  | 'noLanguage'
  | 'languageCodeInvalid'
  | 'titleMissing'
  | 'bodyMissing'
  | 'unknownField'
  | 'emptyPlaceholder'
  | 'emptyChoice'
  | 'unclosedPlaceholder'
  | 'salutationIncomplete'
  | 'publisherMissing'
  | 'publishedMissing'
  | 'dateInvalid'
  | 'deadlineBeforePublished';

export interface DraftProblem {
  /** Where it is: "recipient.address", "copies.0.name", "languages.fr.body", "published" … */
  field: string;
  key: DraftProblemKey;
  params: Record<string, string | number>;
}

const LANGUAGE_CODE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PLACEHOLDER = /\{\{[^{}]*\}\}/g;

/** The address lines that will be printed: blank lines are left out when the draft is saved. */
export function filledLines(lines: readonly string[]): string[] {
  return lines.filter((line) => line.trim() !== '');
}

export function isRealIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function personProblems(person: DraftPerson, at: string): DraftProblem[] {
  const found: DraftProblem[] = [];
  if (!person.name.trim()) found.push({ field: `${at}.name`, key: 'nameMissing', params: {} });
  const lines = filledLines(person.address).length;
  if (lines === 0) found.push({ field: `${at}.address`, key: 'addressMissing', params: {} });
  if (lines > ADDRESS_MAX_LINES) {
    found.push({ field: `${at}.address`, key: 'addressTooLong', params: { count: lines, max: ADDRESS_MAX_LINES } });
  }
  return found;
}

/** The body's placeholders: fields the app cannot fill, choices with an empty option, stray braces. */
export function bodyProblems(body: string, field: string): DraftProblem[] {
  const found: DraftProblem[] = [];
  for (const name of new Set(unknownFields(body))) {
    if (name === '') found.push({ field, key: 'emptyPlaceholder', params: { braces: '{{}}' } });
    else found.push({ field, key: 'unknownField', params: { field: name } });
  }
  for (const part of parseTemplate(body)) {
    if (part.kind === 'choice' && part.options.some((option) => option === '')) {
      found.push({ field, key: 'emptyChoice', params: { choice: `{{${part.options.join('|')}}}` } });
    }
  }
  const rest = body.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}')) {
    found.push({ field, key: 'unclosedPlaceholder', params: { open: '{{', close: '}}' } });
  }
  return found;
}

function letterProblems(code: string, text: DraftLetterText): DraftProblem[] {
  const at = `languages.${code}`;
  const found: DraftProblem[] = [];
  if (!LANGUAGE_CODE.test(code)) found.push({ field: at, key: 'languageCodeInvalid', params: { code } });
  if (!text.title.trim()) found.push({ field: `${at}.title`, key: 'titleMissing', params: {} });
  if (!text.body.trim()) found.push({ field: `${at}.body`, key: 'bodyMissing', params: {} });
  found.push(...bodyProblems(text.body, `${at}.body`));
  (text.salutations ?? []).forEach((pair, i) => {
    const [greeting, closing] = [pair.salutation.trim(), pair.closing.trim()];
    // Both empty: an unused row, left out when saved.
    if (Boolean(greeting) !== Boolean(closing)) {
      found.push({ field: `${at}.salutations.${i}`, key: 'salutationIncomplete', params: {} });
    }
  });
  return found;
}

function detailProblems(campaign: CampaignDraft): DraftProblem[] {
  const found: DraftProblem[] = [];
  if (!campaign.publisher.trim()) found.push({ field: 'publisher', key: 'publisherMissing', params: {} });
  const published = campaign.published.trim();
  if (!published) found.push({ field: 'published', key: 'publishedMissing', params: {} });
  else if (!isRealIsoDate(published)) found.push({ field: 'published', key: 'dateInvalid', params: {} });
  const deadline = campaign.deadline?.trim() ?? '';
  if (deadline && !isRealIsoDate(deadline)) found.push({ field: 'deadline', key: 'dateInvalid', params: {} });
  else if (deadline && isRealIsoDate(published) && deadline < published) {
    found.push({ field: 'deadline', key: 'deadlineBeforePublished', params: {} });
  }
  return found;
}

function isEmptyPerson(person: DraftPerson): boolean {
  return !person.name.trim() && filledLines(person.address).length === 0;
}

/** Every problem of the draft, in the order of the editor's sections. */
export function draftProblems(campaign: CampaignDraft): DraftProblem[] {
  const languages = Object.entries(campaign.languages);
  return [
    ...personProblems(campaign.recipient, 'recipient'),
    // An untouched copy is left out when the campaign is published (draft.ts, tidyDraft).
    ...(campaign.copies ?? []).flatMap((copy, i) => (isEmptyPerson(copy) ? [] : personProblems(copy, `copies.${i}`))),
    ...(languages.length === 0 ? [{ field: 'languages', key: 'noLanguage' as const, params: {} }] : []),
    ...languages.flatMap(([code, text]) => letterProblems(code, text)),
    ...detailProblems(campaign),
  ];
}

/** The problems of exactly one field ("recipient.address"). */
export function problemsAt(problems: readonly DraftProblem[], field: string): DraftProblem[] {
  return problems.filter((p) => p.field === field);
}

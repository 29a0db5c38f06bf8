import type { z } from 'zod';
import { hasHiddenControls } from '../security/hidden-controls';
import { isNestedTooDeep, MAX_LIST_DEPTH } from '../letter/markdown-parser';
import { problemFromIssue } from './issue-to-problem';
import { problem, type Problem } from './problem';
import type { Campaign } from './schema';

type Path = (string | number)[];

/** The first text (depth first, in file order) that holds a hidden control, with its place. */
function hiddenControlPath(value: unknown, path: Path = []): Path | undefined {
  if (typeof value === 'string') return hasHiddenControls(value) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const found = hiddenControlPath(child, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

/** The Markdown texts of a letter (campaign-format.md): what the app shows and prints as Markdown. */
const MARKDOWN_TEXTS = ['body', 'summary'] as const;

/**
 * What a schema cannot see: text that would show something other than what it says (hidden
 * direction controls, anywhere in the campaign — "gnp.exe"), and Markdown nested past the
 * reader's limit, which would drop the rest of the letter. The campaign is refused, naming where.
 */
export function textSafetyProblem(candidate: Record<string, unknown>, campaign: Campaign): Problem | undefined {
  const path = hiddenControlPath(candidate);
  if (path) {
    // The place is worded like any other refused field ("The title of the letter in French …").
    const place: z.core.$ZodIssue = { code: 'custom', path, message: 'hidden controls', input: undefined };
    return problem('hiddenCharacters', {}, problemFromIssue(place, candidate));
  }
  for (const [language, letter] of Object.entries(campaign.languages)) {
    if (MARKDOWN_TEXTS.some((field) => isNestedTooDeep(letter[field] ?? ''))) {
      return problem('letterNestedTooDeep', { language, max: MAX_LIST_DEPTH });
    }
  }
  return undefined;
}

import type { Campaign, LetterText } from '../../../shared/campaign/schema';
import { choicesOf, parseTemplate } from '../../../shared/campaign/template';
import { ownLetterText } from '../../../shared/letter/compose';

const WORDS_AROUND = 4;

export interface WordingChoice {
  index: number;
  options: string[];
  /** The words around the choice in the letter ("As a", "of ACAT-Switzerland"). */
  before: string;
  after: string;
}

function plain(text: string): string {
  // Markdown marks and placeholders are noise in a label; whitespace collapses.
  return text.replace(/\{\{[^{}]*\}\}/g, '…').replace(/[*_#>`]/g, '').replace(/\s+/g, ' ');
}

function tailOfSentence(text: string): string {
  const sentence = plain(text).split(/[.!?:;\n]\s/).pop() ?? '';
  return sentence.trim().split(' ').slice(-WORDS_AROUND).join(' ');
}

function headOfSentence(text: string): string {
  const sentence = plain(text).split(/[.!?:;\n]\s|[.!?]$/)[0] ?? '';
  return sentence.trim().split(' ').slice(0, WORDS_AROUND).join(' ');
}

export function bodyFor(campaign: Campaign, lang: string): string {
  const text = ownLetterText(campaign, lang) ?? (Object.values(campaign.languages)[0] as LetterText);
  return text.body;
}

/** The body's `{{a|b}}` choices, each with a few words of the sentence it sits in. */
export function wordingChoices(body: string): WordingChoice[] {
  const parts = parseTemplate(body);
  return choicesOf(body).map((choice) => {
    const at = parts.findIndex((p) => p.kind === 'choice' && p.index === choice.index);
    const previous = parts[at - 1];
    const next = parts[at + 1];
    return {
      ...choice,
      before: previous?.kind === 'text' ? tailOfSentence(previous.text) : '',
      after: next?.kind === 'text' ? headOfSentence(next.text) : '',
    };
  });
}

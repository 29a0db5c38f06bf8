/**
 * The body's lines as the campaign's Markdown (campaign-format.md, "The body"): one paragraph per
 * line, blank lines between; list items as `- ` or `1. ` lists; "member/supporter" as the choice
 * `{{member|supporter}}`. Everything else is escaped so that it prints as the letter wrote it: a
 * line "1999. …" stays a sentence, "*" stays a star, and "{{" never becomes a placeholder.
 */
import { listMarkerOf, type ListMarker } from './line-kinds';
import { NOT_A_CHOICE } from './keywords';
import { fold } from './text-fold';

type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'numbers'; items: Array<{ value: number; text: string }> };

type Numbered = Extract<ListMarker, { kind: 'number' }>;

// Characters CommonMark gives a meaning anywhere in a line; `{` and `}` because the template
// reads `{{…}}`. Backslash-escaping ASCII punctuation is always allowed and prints the character.
const INLINE_SPECIAL = /[\\`*_[\]<>&{}]/g;
// At a line's start: headings, quotes, list markers, setext/thematic lines, fences, tables.
const LINE_START_SPECIAL = /^[#>+=~|-]/;
const LINE_START_NUMBER = /^(\d{1,9})([.)])/;

export function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&');
}

export function escapeLineStart(markdown: string): string {
  if (LINE_START_SPECIAL.test(markdown)) return `\\${markdown}`;
  return markdown.replace(LINE_START_NUMBER, '$1\\$2');
}

const CHOICE_WORD = /^\p{L}[\p{L}'’-]*$/u;
const LEADING_PUNCTUATION = /^[("«„“‘']+/;
const TRAILING_PUNCTUATION = /[.,;:!?)"»“”’']+$/;
const NOT_A_CHOICE_PAIRS = new Set(NOT_A_CHOICE.pairs);
const NOT_A_CHOICE_ENDINGS = new Set(NOT_A_CHOICE.endings);
const MAX_CHOICE_TOKEN = 80;

/** "member/supporter," → the options and the punctuation around them; undefined when not a choice. */
function choiceOf(token: string): { lead: string; options: string[]; trail: string } | undefined {
  if (token.length > MAX_CHOICE_TOKEN || !token.includes('/')) return undefined;
  const lead = LEADING_PUNCTUATION.exec(token)?.[0] ?? '';
  const afterLead = token.slice(lead.length);
  const trail = TRAILING_PUNCTUATION.exec(afterLead)?.[0] ?? '';
  const core = afterLead.slice(0, afterLead.length - trail.length);
  const options = core.split('/');
  if (options.length < 2 || !options.every((option) => CHOICE_WORD.test(option) && option.length >= 2)) return undefined;
  if (NOT_A_CHOICE_PAIRS.has(fold(core))) return undefined;
  if (options.slice(1).some((option) => NOT_A_CHOICE_ENDINGS.has(fold(option)))) return undefined;
  return { lead, options, trail };
}

/** One line's text as inline Markdown; counts the choices it made. */
function inlineMarkdown(text: string, counter: { choices: number }): string {
  return text
    .split(/(\s+)/)
    .map((token) => {
      const choice = /\s/.test(token) ? undefined : choiceOf(token);
      if (!choice) return escapeInline(token);
      counter.choices += 1;
      return `${escapeInline(choice.lead)}{{${choice.options.join('|')}}}${escapeInline(choice.trail)}`;
    })
    .join('');
}

/**
 * Numbered lines make a list only as a run counting up (1., 2., 3. or a), b)): a lone "12. März
 * wurde er verhaftet" or "1999. …" is a sentence that starts with a number.
 */
function numberedRunLength(markers: ReadonlyArray<ListMarker | undefined>, start: number): number {
  const first = markers[start];
  if (first?.kind !== 'number') return 0;
  let length = 1;
  for (let i = start + 1; i < markers.length; i++) {
    const marker = markers[i];
    const previous = markers[i - 1] as Numbered;
    if (marker?.kind !== 'number' || marker.style !== first.style || marker.value !== previous.value + 1) break;
    length++;
  }
  return length >= 2 ? length : 0;
}

function blocksOf(lines: readonly string[]): Block[] {
  const markers = lines.map(listMarkerOf);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; ) {
    const marker = markers[i];
    const run = numberedRunLength(markers, i);
    if (run > 0) {
      const items = markers.slice(i, i + run).map((m) => ({ value: (m as Numbered).value, text: (m as Numbered).text }));
      blocks.push({ kind: 'numbers', items });
      i += run;
    } else if (marker?.kind === 'bullet') {
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'bullets') last.items.push(marker.text);
      else blocks.push({ kind: 'bullets', items: [marker.text] });
      i++;
    } else {
      blocks.push({ kind: 'paragraph', text: lines[i] ?? '' });
      i++;
    }
  }
  return blocks;
}

/** The body's non-empty lines (wrapped lines already joined) as Markdown. */
export function bodyMarkdown(lines: readonly string[]): { markdown: string; choices: number } {
  const counter = { choices: 0 };
  const line = (text: string) => escapeLineStart(inlineMarkdown(text, counter));
  let previous: Block['kind'] | undefined;
  const markdown = blocksOf(lines.filter((l) => l.trim()))
    .map((block) => {
      // Two numbered lists in a row would be read as one: the second takes the other delimiter.
      const delimiter = block.kind === 'numbers' && previous === 'numbers' ? ')' : '.';
      previous = block.kind === 'numbers' && delimiter === ')' ? undefined : block.kind;
      if (block.kind === 'paragraph') return line(block.text);
      if (block.kind === 'bullets') return block.items.map((item) => `- ${line(item)}`).join('\n');
      // Letters ("a)", "b)") count as 1, 2: Markdown has no lettered lists.
      return block.items.map((item) => `${item.value}${delimiter} ${line(item.text)}`).join('\n');
    })
    .join('\n\n');
  return { markdown, choices: counter.choices };
}

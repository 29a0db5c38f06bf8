import MarkdownIt from 'markdown-it';

/**
 * The one Markdown reader for campaign texts (the printed body, the summary shown in the app).
 * `html: false` makes raw HTML plain text: campaign text is data and is never interpreted.
 */
export const letterMarkdown = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });

const MAX_NESTING = letterMarkdown.options.maxNesting ?? 20;

/**
 * How many lists inside lists the reader keeps: each list level takes two of its nesting levels
 * (the list and its item) and the item's text one more.
 */
export const MAX_LIST_DEPTH = Math.floor((MAX_NESTING - 1) / 2);

/**
 * A second reader that only measures: where `letterMarkdown` reaches its nesting limit it stops
 * reading and silently drops everything after, so the depth is measured with room to spare.
 */
const measuring = new MarkdownIt('commonmark', { html: false, maxNesting: MAX_NESTING * 10 });

/** Whether `letterMarkdown` would drop text of `source` (lists or quotes nested past its limit). */
export function isNestedTooDeep(source: string): boolean {
  return measuring.parse(source, {}).some((token) => token.level >= MAX_NESTING);
}

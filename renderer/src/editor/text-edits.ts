/**
 * What the body's buttons do to the text, as pure edits: replace [start, end) with `text`, then
 * select [select[0], select[1]) of the new text. Applied by apply-edit.ts, the way typing is.
 */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
  select: [number, number];
}

/** **Bold** around the selected words, or around a placeholder to type over. */
export function boldEdit(value: string, start: number, end: number, placeholder: string): TextEdit {
  const selected = value.slice(start, end);
  const words = selected.trim();
  if (!words) return { start, end, text: `**${placeholder}**`, select: [2, 2 + placeholder.length] };
  // Spaces stay outside the stars: "** word**" is not bold in Markdown.
  const lead = selected.length - selected.trimStart().length;
  const trail = selected.length - selected.trimEnd().length;
  const text = `${selected.slice(0, lead)}**${words}**${selected.slice(selected.length - trail)}`;
  return { start, end, text, select: [lead + 2, lead + 2 + words.length] };
}

/**
 * Every line touched by the selection becomes a list item ("- "). A line after the list that is
 * not part of it is kept apart by an empty line, or Markdown would join it to the last item.
 */
export function listEdit(value: string, start: number, end: number): TextEdit {
  const lineStart = value.lastIndexOf('\n', start - 1) + 1;
  const rawEnd = value.indexOf('\n', end > start && value[end - 1] === '\n' ? end - 1 : end);
  const lineEnd = rawEnd === -1 ? value.length : rawEnd;
  const lines = value.slice(lineStart, lineEnd).split('\n');
  let text = lines.map((line) => (/^\s*[-*] /.test(line) ? line : `- ${line}`)).join('\n');
  const following = value.slice(lineEnd + 1).split('\n')[0] ?? '';
  if (lineEnd < value.length && following.trim() && !/^\s*[-*] /.test(following)) text += '\n';
  const caret = text.trimEnd().length;
  return { start: lineStart, end: lineEnd, text, select: [caret, caret] };
}

/** A choice or field put where the caret is, replacing any selection. */
export function insertEdit(start: number, end: number, snippet: string): TextEdit {
  return { start, end, text: snippet, select: [snippet.length, snippet.length] };
}

/** `{{member|supporter}}` from the options typed; characters that would break it are left out. */
export function choiceSnippet(options: readonly string[]): string {
  const clean = options.map((o) => o.replace(/[{}|]/g, '').trim()).filter(Boolean);
  return `{{${clean.join('|')}}}`;
}

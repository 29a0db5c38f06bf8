import type MarkdownIt from 'markdown-it';
import type { LetterBlock, TextRun } from './model';
import { isNestedTooDeep, letterMarkdown } from './markdown-parser';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/**
 * CommonMark → letter blocks. Only what a letter needs survives: paragraphs, bullet/numbered
 * lists, bold and italic; headings become bold paragraphs, links keep their words and lose the
 * address.
 */
// A coordinator's batch composes the same body hundreds of times with different names: the
// Markdown is parsed once per distinct source and only the text is filled in per letter.
const parsedBodies = new Map<string, LetterBlock[]>();
const MAX_CACHED_BODIES = 50;

export function markdownToBlocks(source: string, fillText: (text: string) => string): LetterBlock[] {
  let blocks = parsedBodies.get(source);
  if (!blocks) {
    blocks = parseBlocks(source);
    if (parsedBodies.size >= MAX_CACHED_BODIES) parsedBodies.clear();
    parsedBodies.set(source, blocks);
  }
  return blocks.flatMap((block) => fillBlock(block, fillText));
}

function fillRuns(runs: TextRun[], fillText: (text: string) => string): TextRun[] {
  return runs.map((run) => ({ ...run, text: fillText(run.text) })).filter((run) => run.text.length > 0);
}

function fillBlock(block: LetterBlock, fillText: (text: string) => string): LetterBlock[] {
  if (block.kind === 'paragraph') {
    const runs = fillRuns(block.runs, fillText);
    return runs.length > 0 ? [{ kind: 'paragraph', runs }] : [];
  }
  if (block.kind === 'list') {
    const items = block.items.map((item) => fillRuns(item, fillText)).filter((item) => item.length > 0);
    return items.length > 0 ? [{ kind: 'list', items }] : [];
  }
  return [block];
}

/**
 * Text nested deeper than the reader goes (refused at import, but a draft may hold it) prints as
 * written, a paragraph per blank-line block: words are never dropped.
 */
function plainBlocks(source: string): LetterBlock[] {
  return source
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => ({ kind: 'paragraph', runs: [{ text }] }));
}

/** Blocks with their text as written (placeholders still marked); filled per letter above. */
function parseBlocks(source: string): LetterBlock[] {
  if (isNestedTooDeep(source)) return plainBlocks(source);
  const fillText = (text: string) => text;
  const tokens = letterMarkdown.parse(source, {});
  const blocks: LetterBlock[] = [];
  let listItems: TextRun[][] | null = null;
  let listDepth = 0;
  let headingOpen = false;

  for (const token of tokens) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        listDepth += 1;
        if (listDepth === 1) listItems = [];
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        listDepth -= 1;
        if (listDepth === 0 && listItems) {
          if (listItems.length > 0) blocks.push({ kind: 'list', items: listItems });
          listItems = null;
        }
        break;
      case 'heading_open':
        headingOpen = true;
        break;
      case 'heading_close':
        headingOpen = false;
        break;
      case 'inline': {
        const runs = inlineRuns(token.children ?? [], fillText, headingOpen);
        if (runs.length === 0) break;
        if (listItems) listItems.push(runs);
        else blocks.push({ kind: 'paragraph', runs });
        break;
      }
      case 'code_block':
      case 'fence': {
        const text = fillText(token.content.trimEnd());
        if (text) blocks.push({ kind: 'paragraph', runs: [{ text }] });
        break;
      }
      default:
        break;
    }
  }
  return blocks;
}

function inlineRuns(children: Token[], fillText: (text: string) => string, allBold: boolean): TextRun[] {
  const runs: TextRun[] = [];
  let bold = 0;
  let italic = 0;
  const push = (raw: string) => {
    const text = fillText(raw);
    if (!text) return;
    const run: TextRun = { text };
    if (bold > 0 || allBold) run.bold = true;
    if (italic > 0) run.italic = true;
    const previous = runs[runs.length - 1];
    if (previous && previous.bold === run.bold && previous.italic === run.italic) previous.text += text;
    else runs.push(run);
  };
  for (const child of children) {
    switch (child.type) {
      case 'strong_open':
        bold += 1;
        break;
      case 'strong_close':
        bold -= 1;
        break;
      case 'em_open':
        italic += 1;
        break;
      case 'em_close':
        italic -= 1;
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        push('\n');
        break;
      case 'image':
        push(child.content);
        break;
      case 'text':
      case 'code_inline':
      case 'html_inline':
        push(child.content);
        break;
      default:
        break;
    }
  }
  const last = runs[runs.length - 1];
  if (last) last.text = last.text.trimEnd();
  return runs.filter((r) => r.text.length > 0);
}

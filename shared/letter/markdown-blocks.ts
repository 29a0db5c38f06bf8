import MarkdownIt from 'markdown-it';
import type { LetterBlock, TextRun } from './model';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/**
 * CommonMark → letter blocks. `html: false` makes raw HTML plain text: campaign text is data and
 * is never interpreted. Only what a letter needs survives: paragraphs, bullet/numbered lists,
 * bold and italic; headings become bold paragraphs, links keep their words and lose the address.
 */
const markdown = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });

export function markdownToBlocks(source: string, fillText: (text: string) => string): LetterBlock[] {
  const tokens = markdown.parse(source, {});
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

import type { Token } from 'markdown-it';
import { createElement, type ReactNode } from 'react';
import { isNestedTooDeep, letterMarkdown } from '../../shared/letter/markdown-parser';

/**
 * Campaign summaries are Markdown written by someone else: we turn markdown-it's tokens into
 * React elements ourselves, so nothing is ever injected as HTML (letterMarkdown reads raw HTML as
 * plain text); links keep their words but lose the address (clicking one would navigate the
 * app's own window away from the letter).
 */

const TAGS: Record<string, string> = {
  paragraph: 'p',
  bullet_list: 'ul',
  ordered_list: 'ol',
  list_item: 'li',
  blockquote: 'blockquote',
  strong: 'strong',
  em: 'em',
  s: 's',
  link: 'span',
};

interface Frame {
  tag: string | null; // null: children go straight to the parent (tight-list paragraphs)
  children: ReactNode[];
}

function headingTag(token: Token, firstLevel: number): string {
  const level = Number(token.tag.slice(1)) + firstLevel - 1;
  return `h${Math.min(6, Math.max(1, level))}`;
}

function leaf(token: Token, key: number): ReactNode {
  switch (token.type) {
    case 'text':
    case 'html_inline':
    case 'html_block':
      return token.content;
    case 'softbreak':
      return '\n';
    case 'hardbreak':
      return <br key={key} />;
    case 'code_inline':
      return <code key={key}>{token.content}</code>;
    case 'code_block':
    case 'fence':
      return (
        <pre key={key}>
          <code>{token.content}</code>
        </pre>
      );
    case 'hr':
      return <hr key={key} />;
    case 'image':
      return token.content; // its alt text: there is nothing to load offline
    default:
      return null;
  }
}

function renderTokens(tokens: Token[], firstHeadingLevel: number): ReactNode[] {
  const root: Frame = { tag: null, children: [] };
  const stack: Frame[] = [root];
  let key = 0;
  const walk = (list: Token[]) => {
    for (const token of list) {
      const top = stack[stack.length - 1] ?? root;
      if (token.type === 'inline') {
        walk(token.children ?? []);
      } else if (token.nesting === 1) {
        const base = token.type.replace(/_open$/, '');
        const tag = base === 'heading' ? headingTag(token, firstHeadingLevel) : (TAGS[base] ?? 'span');
        stack.push({ tag: token.hidden ? null : tag, children: [] });
      } else if (token.nesting === -1) {
        const frame = stack.pop() ?? root;
        const parent = stack[stack.length - 1] ?? root;
        if (frame.tag === null) parent.children.push(...frame.children);
        else parent.children.push(createElement(frame.tag, { key: key++ }, ...frame.children));
      } else {
        top.children.push(leaf(token, key++));
      }
    }
  };
  walk(tokens);
  return root.children;
}

interface MarkdownProps {
  source: string;
  /** The level a `#` heading in the source becomes, to keep the page's headings in order. */
  firstHeadingLevel?: number;
}

export function Markdown({ source, firstHeadingLevel = 3 }: MarkdownProps) {
  // Nested deeper than the reader goes, the text is shown as written rather than cut short.
  if (isNestedTooDeep(source)) return <div className="markdown markdown-as-written">{source}</div>;
  return <div className="markdown">{renderTokens(letterMarkdown.parse(source, {}), firstHeadingLevel)}</div>;
}

import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from '../../renderer/src/markdown';

const nestedList = (depth: number) =>
  `${Array.from({ length: depth }, (_, level) => `${'   '.repeat(level)}- point ${level + 1}`).join('\n')}\n\nLast words.`;

describe('a campaign summary in Markdown', () => {
  it('shows a 3-level list as lists inside lists, every point in it', () => {
    const { container } = render(<Markdown source={nestedList(3)} />);
    expect(container.querySelectorAll('ul ul ul li')).toHaveLength(1);
    expect([...container.querySelectorAll('li')].map((item) => item.firstChild?.textContent)).toEqual(['point 1', 'point 2', 'point 3']);
    expect(container.textContent).toContain('Last words.');
  });

  it('shows text nested past the reader’s limit as written, dropping nothing', () => {
    const { container } = render(<Markdown source={nestedList(25)} />);
    for (let level = 1; level <= 25; level++) expect(container.textContent).toContain(`point ${level}\n`);
    expect(container.textContent).toContain('Last words.');
  });

  it('never turns the text into markup', () => {
    const { container } = render(<Markdown source={'<img src=x onerror=alert(1)> and **bold**'} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('strong')?.textContent).toBe('bold');
  });
});

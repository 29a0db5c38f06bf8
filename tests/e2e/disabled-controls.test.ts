import { afterAll, describe, it } from 'vitest';
import { requireTool } from '../support/tools';
import { closeBrowser, openApp } from './harness';
import { LOOKS, setLook } from './support/accessibility';

const tools = requireTool('chromium', 'chromium');

interface Look {
  background: string;
  color: string;
  border: string;
  cursor: string;
  /** Text against the button's own background. */
  contrast: number;
}

/** How a header button looks: at 100 % text, "Smaller" can do nothing and "Larger" can. */
const LOOK_OF = (name: string) => `(() => {
  const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)});
  const style = getComputedStyle(button);
  const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const channel = (c) => { const s = c / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  const lum = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const [hi, lo] = [lum(rgb(style.color)), lum(rgb(style.backgroundColor))].sort((a, b) => b - a);
  return {
    background: style.backgroundColor,
    color: style.color,
    border: style.borderTopStyle,
    cursor: style.cursor,
    contrast: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100,
    disabled: button.getAttribute('aria-disabled'),
  };
})()`;

describe.runIf(tools)('a control that can do nothing now', () => {
  afterAll(closeBrowser);

  it('is greyed, dashed and not-allowed in both themes, and its words stay readable at 7:1', { timeout: 120_000 }, async ({ expect, onTestFinished }) => {
    const app = await openApp();
    onTestFinished(() => app.close());
    await app.page.getByRole('button', { name: 'Smaller' }).waitFor();
    for (const look of LOOKS.filter((l) => l.zoom === 1)) {
      await setLook(app.page, look);
      const off = await app.page.evaluate<Look & { disabled: string }>(LOOK_OF('Smaller'));
      const on = await app.page.evaluate<Look & { disabled: string }>(LOOK_OF('Larger'));
      expect([off.disabled, on.disabled], look.theme).toEqual(['true', 'false']);
      expect(off.background, look.theme).not.toBe(on.background);
      expect(off.color, look.theme).not.toBe(on.color);
      expect([off.border, off.cursor], look.theme).toEqual(['dashed', 'not-allowed']);
      expect([on.border, on.cursor], look.theme).toEqual(['solid', 'pointer']);
      expect(off.contrast, look.theme).toBeGreaterThanOrEqual(7);
    }
  });
});

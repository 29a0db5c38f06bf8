import axe, { type AxeResults, type RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what issue 7 asks axe to find nothing of. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_RUN_OPTIONS: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS } };

export type Theme = 'standard' | 'high-contrast';
export interface Look {
  theme: Theme;
  zoom: number;
}
/** Both themes, at 100 % and at 200 % text size. */
export const LOOKS: Look[] = [
  { theme: 'standard', zoom: 1 },
  { theme: 'high-contrast', zoom: 1 },
  { theme: 'standard', zoom: 2 },
  { theme: 'high-contrast', zoom: 2 },
];

/**
 * Puts the page in a theme and text size exactly as the app's settings do (use-settings.ts
 * apply(): data-theme and --zoom on <html>). Done directly so that a screen behind an open
 * dialog can be checked in every look without closing the dialog.
 */
export async function setLook(page: Page, { theme, zoom }: Look): Promise<void> {
  // Strings, not functions: this Node project has no DOM types, and the page runs them as they are.
  await page.evaluate(
    `document.documentElement.dataset.theme = ${JSON.stringify(theme)};` +
      `document.documentElement.style.setProperty('--zoom', ${JSON.stringify(String(zoom))});`,
  );
  await page.evaluate('document.fonts.ready');
}

/**
 * axe's violations on the page as it is, one readable line each ("rule: selector, …").
 * axe is injected once per page (a walk never reloads it; the app has no frames) and then run
 * for each check. @axe-core/playwright's AxeBuilder injected it again for every check and merged
 * the results in a blank page of its own: the same findings over 46 checks compared, at 3.9
 * times the time (issue 18).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate<boolean>('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  const result = await page.evaluate<AxeResults>(`axe.run(document, ${JSON.stringify(AXE_RUN_OPTIONS)})`);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Content wider than the window at this text size: something would be cut off or need sideways scrolling. */
export async function pageOverflows(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth > document.documentElement.clientWidth + 1');
}

export interface ContrastFinding {
  ratio: number;
  text: string;
  color: string;
  background: string;
}

/**
 * Runs in the page. Every visible piece of text (text nodes, form control values, SVG text): its
 * colour against the background actually behind it (semi-transparent layers composited down to
 * the first opaque one), by the WCAG relative-luminance formula. Sorted, lowest first.
 */
const CONTRAST_SCRIPT = String.raw`(() => {
  const parse = (value) => {
    const m = /rgba?\(([^)]+)\)/.exec(value);
    if (!m) return null;
    const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  };
  const over = (top, below) => {
    const a = top[3];
    return [top[0] * a + below[0] * (1 - a), top[1] * a + below[1] * (1 - a), top[2] * a + below[2] * (1 - a), 1];
  };
  const background = (element) => {
    const layers = [];
    for (let node = element; node; node = node.parentElement) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour && colour[3] > 0) {
        layers.push(colour);
        if (colour[3] >= 1) break;
      }
    }
    let result = [255, 255, 255, 1]; // the window's canvas under everything
    for (const layer of layers.reverse()) result = over(layer, result);
    return result;
  };
  const channel = (c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const shown = (element) => {
    if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    if (element.closest('option, [inert]')) return false;
    const box = element.getBoundingClientRect();
    // Off-screen on purpose (the skip link until it has focus) is not shown.
    return box.width > 1 && box.height > 1 && box.bottom + window.scrollY > 0 && box.right > 0;
  };
  const texts = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    const text = (walker.currentNode.textContent || '').trim();
    if (parent && text && !['SCRIPT', 'STYLE', 'TITLE'].includes(parent.tagName)) texts.set(parent, text);
  }
  for (const control of document.querySelectorAll('input[type="text"], input:not([type]), select, textarea')) {
    const value = control.tagName === 'SELECT' ? control.selectedOptions[0]?.textContent : control.value;
    if (value && value.trim()) texts.set(control, value.trim());
  }
  const findings = [];
  for (const [element, text] of texts) {
    if (!shown(element)) continue;
    const style = getComputedStyle(element);
    const inSvg = element instanceof SVGElement;
    const colour = parse(inSvg ? style.fill : style.color);
    if (!colour) continue;
    const behind = background(inSvg ? (element.closest('svg')?.parentElement ?? element) : element);
    const fg = over(colour, behind);
    findings.push({
      ratio: Math.round(ratio(fg, behind) * 100) / 100,
      text: text.slice(0, 60),
      color: inSvg ? style.fill : style.color,
      background: 'rgb(' + behind.slice(0, 3).map(Math.round).join(', ') + ')',
    });
  }
  return findings.sort((a, b) => a.ratio - b.ratio);
})()`;

export async function textContrasts(page: Page): Promise<ContrastFinding[]> {
  return page.evaluate<ContrastFinding[]>(CONTRAST_SCRIPT);
}

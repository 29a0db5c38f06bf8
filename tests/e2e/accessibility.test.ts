import { afterAll, describe, it } from 'vitest';
import { requireTool } from '../support/tools';
import { closeBrowser, openApp } from './harness';
import { LOOKS, axeViolations, pageOverflows, setLook, textContrasts, type Look } from './support/accessibility';
import { CATALOGUES, type UiLang } from './support/catalogues';
import { walkEveryScreen } from './support/walk-screens';

const tools = requireTool('chromium', 'chromium');

/**
 * Generous: the cases share the cores, and a machine shared by several people has taken over
 * 400 s for one. A stuck walk fails sooner, at its Playwright action's own 30 s.
 */
const MATRIX_TIMEOUT_MS = 900_000;

/** Issue 7's bar for text: WCAG AAA, in both themes. */
const MIN_CONTRAST = 7;

/**
 * One Chromium for the whole matrix, each case on a page of its own with its own services and
 * profile, several at once (the e2e project's maxConcurrency): while one page waits on the
 * services or on fonts, another is checked. Concurrent tests use the context's expect.
 */
describe.runIf(tools)('every screen for older members, screen-reader and keyboard users', { concurrent: true }, () => {
  afterAll(closeBrowser);

  it.for(Object.keys(CATALOGUES) as UiLang[])(
    'axe finds no WCAG 2.2 A/AA violation on any screen or dialog, in both themes, at 100 % and 200 % (%s)',
    { timeout: MATRIX_TIMEOUT_MS },
    async (lang, { expect, onTestFinished }) => {
      const w = CATALOGUES[lang];
      const app = await openApp({ locale: w.locale });
      onTestFinished(() => app.close());
      const found: string[] = [];
      const checked: string[] = [];
      await walkEveryScreen(app, w, async (screen) => {
        for (const look of LOOKS) {
          await setLook(app.page, look);
          const where = `${lang} · ${screen} · ${look.theme} ${look.zoom * 100} %`;
          for (const violation of await axeViolations(app.page)) found.push(`${where}: ${violation}`);
          if (look.zoom === 2 && (await pageOverflows(app.page))) found.push(`${where}: wider than the window`);
          checked.push(where);
        }
        await setLook(app.page, LOOKS[0] as Look);
      });
      expect(checked.length).toBeGreaterThanOrEqual(17 * LOOKS.length);
      expect(found).toEqual([]);
      expect(app.pageErrors).toEqual([]);
      expect(app.cspViolations).toEqual([]);
    },
  );

  it('keeps every text on the main screens at 7:1 or more against its background, in both themes', { timeout: MATRIX_TIMEOUT_MS }, async ({ expect, onTestFinished }) => {
    const app = await openApp();
    onTestFinished(() => app.close());
    const minimum: Record<string, { ratio: number; text: string }> = {};
    const low: string[] = [];
    await walkEveryScreen(app, CATALOGUES.en, async (screen) => {
      for (const look of LOOKS.filter((l) => l.zoom === 1)) {
        await setLook(app.page, look);
        const findings = await textContrasts(app.page);
        expect(findings.length, `${screen}: text found`).toBeGreaterThan(2);
        const lowest = findings[0];
        if (lowest && (minimum[look.theme]?.ratio ?? Infinity) > lowest.ratio) minimum[look.theme] = lowest;
        for (const f of findings.filter((f) => f.ratio < MIN_CONTRAST)) low.push(`${screen} · ${look.theme}: ${f.ratio}:1 “${f.text}” ${f.color} on ${f.background}`);
      }
      await setLook(app.page, LOOKS[0] as Look);
    });
    console.log('lowest text contrast:', JSON.stringify(minimum));
    expect(low).toEqual([]);
  });
});

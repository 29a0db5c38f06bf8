/**
 * `npm run screens`: a PNG of every screen and dialog into screens/, through the same Chromium
 * harness as the end-to-end tests, so anyone can look at the app without Electron.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../main/paths';
import { closeBrowser, openApp, type AppHarness } from './harness';

const OUT = path.join(PROJECT_ROOT, 'screens');
const FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'campaigns');

async function shot(app: AppHarness, name: string): Promise<void> {
  await app.page.evaluate('document.fonts.ready');
  await app.page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
  console.log(`screens/${name}.png`);
}

async function walkMemberFlow(app: AppHarness, prefix: string): Promise<void> {
  const { page } = app;
  await page.getByRole('heading', { level: 1 }).waitFor();
  await shot(app, `${prefix}1-choose-letter`);
  await page.getByRole('button', { name: /Azerbaijan|Aserbaidschan|Azerbaïdjan|Azerbaigian/ }).first().click();
  await page.getByRole('button', { name: /Write this letter|Écrire|schreiben|Scrivere/i }).waitFor();
  await shot(app, `${prefix}1b-campaign-background`);
  await page.getByRole('button', { name: /Write this letter|Écrire|schreiben|Scrivere/i }).click();
  await shot(app, `${prefix}2-language-and-salutation`);
  await page.getByRole('button', { name: /Next|Suivant|Weiter|Avanti/ }).click();
  await page.getByRole('textbox').first().waitFor();
  const fill = async (index: number, value: string) => page.getByRole('textbox').nth(index).fill(value);
  await fill(1, 'Zoë');
  await fill(2, 'Müller-Lüdenscheidt');
  await fill(3, 'Rue du Lac 1');
  await fill(4, '1003');
  await fill(5, 'Lausanne');
  await shot(app, `${prefix}3-your-details`);
  await page.getByRole('button', { name: /Next|Suivant|Weiter|Avanti/ }).click();
  await shot(app, `${prefix}4-check-and-print`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const app = await openApp();
  try {
    await walkMemberFlow(app, '');

    await app.page.getByRole('button', { name: 'High contrast' }).click();
    await shot(app, '4-check-and-print-high-contrast');
    await app.page.getByRole('button', { name: 'High contrast' }).click();

    await app.page.getByRole('button', { name: /Choose the letter/ }).first().click();
    const backToList = app.page.getByRole('button', { name: 'Back to the list' });
    if (await backToList.isVisible()) await backToList.click();
    app.answerOpenDialog(path.join(FIXTURES, 'valid', 'monthly-bundle.appeal'));
    await app.page.getByRole('button', { name: 'Import a campaign file…' }).click();
    await app.page.getByRole('dialog').waitFor();
    await shot(app, 'dialog-import-preview');
    await app.page.getByRole('button', { name: 'Cancel' }).click();

    app.answerOpenDialog(path.join(FIXTURES, 'invalid', 'truncated.appeal'));
    await app.page.getByRole('button', { name: 'Import a campaign file…' }).click();
    await app.page.getByRole('dialog').waitFor();
    await shot(app, 'dialog-import-problem');
    await app.page.getByRole('button', { name: 'OK' }).click();
  } finally {
    await app.close();
  }

  const french = await openApp({ locale: 'fr-CH' });
  try {
    await walkMemberFlow(french, 'fr-');
  } finally {
    await french.close();
  }
  await closeBrowser();
}

await main();

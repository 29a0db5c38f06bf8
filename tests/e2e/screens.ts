/**
 * `npm run screens`: a PNG of every screen and dialog into screens/, through the same Chromium
 * harness as the end-to-end tests, so anyone can look at the app without Electron.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../main/paths';
import { closeBrowser, openApp, type AppHarness } from './harness';
import { CATALOGUES } from './support/catalogues';
import { walkEveryScreen } from './support/walk-screens';

const OUT = path.join(PROJECT_ROOT, 'screens');
/** The README's pictures of the four steps (committed; a window-sized view, not the whole page). */
const DOCS = path.join(PROJECT_ROOT, 'docs', 'screenshots');
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
  const write = page.getByRole('main').getByRole('button', { name: /Write this letter|Écrire|schreiben|Scrivere/i });
  await write.waitFor();
  await shot(app, `${prefix}1b-campaign-background`);
  await write.click();
  await shot(app, `${prefix}2-language-and-salutation`);
  await page.getByRole('button', { name: /Next|Suivant|Weiter|Avanti/ }).click();
  await page.getByRole('textbox').first().waitFor();
  // By position, as the labels differ per language: title, first name, last name, street, second line, postcode, town.
  const fill = async (index: number, value: string) => page.getByRole('textbox').nth(index).fill(value);
  await fill(1, 'Zoë');
  await fill(2, 'Müller-Lüdenscheidt');
  await fill(3, 'Rue du Lac 1');
  await fill(5, '1003');
  await fill(6, 'Lausanne');
  await shot(app, `${prefix}3-your-details`);
  await page.getByRole('button', { name: /Next|Suivant|Weiter|Avanti/ }).click();
  await shot(app, `${prefix}4-check-and-print`);
}

/** One window's view, as a member sees it on a laptop: 1200 × 800. */
async function docShot(app: AppHarness, name: string): Promise<void> {
  await app.page.evaluate('document.fonts.ready');
  await app.page.evaluate('window.scrollTo(0, 0)');
  await app.page.screenshot({ path: path.join(DOCS, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

async function readmeSteps(): Promise<void> {
  mkdirSync(DOCS, { recursive: true });
  const app = await openApp();
  const { page } = app;
  try {
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await docShot(app, 'step-1-choose-the-letter');
    await page.getByRole('button', { name: 'Got it, let’s start' }).click();
    await page.getByRole('button', { name: /Azerbaijan/ }).first().click();
    await page.getByRole('main').getByRole('button', { name: 'Write this letter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Language and salutation' }).waitFor();
    await docShot(app, 'step-2-language-and-salutation');
    await page.getByRole('button', { name: /Next/ }).click();
    await page.getByRole('textbox', { name: 'First name' }).fill('Zoë');
    await page.getByRole('textbox', { name: 'Last name' }).fill('Müller-Lüdenscheidt');
    await page.getByRole('textbox', { name: 'Street and number' }).fill('Rue du Lac 1');
    await page.getByRole('textbox', { name: 'Postcode' }).fill('1003');
    await page.getByRole('textbox', { name: 'Town' }).fill('Lausanne');
    await docShot(app, 'step-3-your-details');
    await page.getByRole('button', { name: /Next/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Check and print' }).waitFor();
    await docShot(app, 'step-4-check-and-print');
  } finally {
    await app.close();
  }
}

/** Help, settings and shared-computer mode (a letter-writing afternoon), into screens/. */
async function helpAndSharedComputer(): Promise<void> {
  const app = await openApp();
  const { page } = app;
  try {
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    await shot(app, 'help');
    await page.getByRole('button', { name: 'Back to my letter' }).click();
    await page.getByRole('button', { name: 'Settings…' }).click();
    await page.getByRole('checkbox', { name: /Shared computer/ }).check();
    await shot(app, 'dialog-settings');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Got it, let’s start' }).click();
    await page.getByRole('button', { name: /Azerbaijan/ }).first().click();
    await page.getByRole('main').getByRole('button', { name: 'Write this letter' }).click();
    await page.getByRole('button', { name: /Next/ }).click();
    await page.getByRole('textbox', { name: 'First name' }).fill('Zoë');
    await page.getByRole('textbox', { name: 'Last name' }).fill('Müller');
    await page.getByRole('textbox', { name: 'Town' }).fill('Lausanne');
    await page.getByRole('button', { name: /Next/ }).click();
    await page.getByRole('button', { name: 'Print…' }).click();
    await page.getByRole('button', { name: 'Add me to the group' }).click();
    await page.getByText(/was added to the group/).waitFor();
    await shot(app, 'shared-computer-step-4');
  } finally {
    await app.close();
  }
}

/** Every screen and dialog, by the same walk the accessibility test makes, into screens/every-NN-*.png. */
async function everyScreen(): Promise<void> {
  const app = await openApp();
  let n = 0;
  try {
    await walkEveryScreen(app, CATALOGUES.en, async (name) => {
      n += 1;
      await shot(app, `every-${String(n).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '')}`);
    });
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await everyScreen();
  await readmeSteps();
  await helpAndSharedComputer();
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

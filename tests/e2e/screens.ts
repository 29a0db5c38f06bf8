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
const LETTERS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'letters');

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

/** A coordinator's laptop: "Make a campaign" must fit it with the preview beside, at 100 % text. */
const LAPTOP = { width: 1280, height: 720 };

/** Both a window's view (what fits) and, for the README, the same view into docs/screenshots/. */
async function editorShot(app: AppHarness, name: string, readme: boolean): Promise<void> {
  await app.page.evaluate('document.fonts.ready');
  // The page beside is laid out once the fonts are in: wait for it where there is one.
  if (await app.page.getByRole('complementary').count()) await app.page.locator('.preview-pages .sheet').first().waitFor();
  await app.page.screenshot({ path: path.join(OUT, `${name}.png`) });
  console.log(`screens/${name}.png`);
  if (readme) await docShot(app, name);
}

/**
 * "Make a campaign": the start, a campaign read from a letter with what the app was unsure of,
 * the letter's text beside its preview, adding a language, and the last screen. `readme`: also
 * into docs/screenshots/ (only the full run writes there).
 */
async function campaignEditor(readme: boolean): Promise<void> {
  const app = await openApp();
  const { page } = app;
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const section = async (name: string) => {
    await page.getByRole('navigation', { name: 'Parts of the campaign' }).getByRole('button', { name: new RegExp(`^\\d ${name}`) }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
  };
  try {
    await page.setViewportSize(LAPTOP);
    await button('Got it, let’s start').click();
    await button('Make a campaign').click();
    await page.getByRole('heading', { level: 1, name: 'Make a campaign' }).waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
    await editorShot(app, 'editor-1-start', readme);

    app.answerLetterDialog(path.join(LETTERS, 'en-governor-subject.txt'));
    await button('From a letter (Word, PDF or text file)…').click();
    await page.getByRole('radio', { name: 'English' }).check();
    await editorShot(app, 'editor-2-from-a-letter', readme);
    await button('Choose the letter…').click();
    await page.getByRole('heading', { level: 1, name: 'Recipient' }).waitFor();
    await page.getByText(/what the letter said/).first().click();
    await editorShot(app, 'campaign-editor-recipient', readme);

    // A letter with a line the app could not place (its title), and a greeting of its own.
    await button('Back to the campaigns you are writing').click();
    app.answerLetterDialog(path.join(LETTERS, 'en-chief-justice-pdf.txt'));
    await button('From a letter (Word, PDF or text file)…').click();
    await button('Choose the letter…').click();
    await page.getByRole('heading', { level: 1, name: 'Recipient' }).waitFor();
    await section('Letter text');
    await editorShot(app, 'campaign-editor-letter-text', readme);
    await page.getByRole('textbox', { name: 'The letter’s text' }).scrollIntoViewIfNeeded();
    await editorShot(app, 'editor-3-letter-text-body', false);
    await button('Add a language…').click();
    await page.getByRole('dialog').waitFor();
    await editorShot(app, 'editor-4-add-a-language', false);
    await page.keyboard.press('Escape');

    await section('Background and extras');
    await editorShot(app, 'editor-5-background-and-extras', false);
    await section('Save and share');
    await editorShot(app, 'editor-6-save-and-share', false);
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
  // `npx tsx tests/e2e/screens.ts editor`: only the campaign editor's screens, nothing in docs/.
  if (process.argv.includes('editor')) {
    await campaignEditor(false);
    await closeBrowser();
    return;
  }
  await everyScreen();
  await campaignEditor(true);
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

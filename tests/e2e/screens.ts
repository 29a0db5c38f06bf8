/**
 * `npm run screens`: a PNG of every screen and dialog into screens/, through the same Chromium
 * harness as the end-to-end tests, so anyone can look at the app without Electron.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../main/paths';
import { closeBrowser, openApp, type AppHarness, type OpenAppOptions } from './harness';
import { CATALOGUES } from './support/catalogues';
import { SCREENS_TIME, fixNodeClock } from './support/fixed-clock';
import { walkEveryScreen } from './support/walk-screens';

const OUT = path.join(PROJECT_ROOT, 'screens');
/** The README's pictures of the four steps (committed; a window-sized view, not the whole page). */
const DOCS = path.join(PROJECT_ROOT, 'docs', 'screenshots');
const FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'campaigns');
const LETTERS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'letters');
/** The window a member sees on a laptop: every picture is this view, never the whole page. */
const WINDOW = { width: 1280, height: 800 };

/** The app in a laptop's window, on the fixed morning (the services' clock is fixed in main()). */
async function open(options: OpenAppOptions = {}): Promise<AppHarness> {
  const app = await openApp({ ...options, fixedTime: SCREENS_TIME });
  await app.page.setViewportSize(WINDOW);
  // Scrolling is smooth otherwise: a picture taken right after a scroll would catch it halfway.
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
  return app;
}

/** Waits until what the member would see is drawn: the fonts, and the page beside where there is one. */
async function settle(app: AppHarness): Promise<void> {
  // The pointer stays where the last click was: a hover there must not depend on timing.
  await app.page.mouse.move(0, 0);
  await app.page.evaluate('document.fonts.ready');
  const dialog = app.page.getByRole('dialog');
  if (await dialog.count()) await dialog.first().scrollIntoViewIfNeeded();
  else if (await app.page.getByRole('complementary').count()) await app.page.locator('.preview-pages .sheet').first().waitFor();
}

/** The window as the member sees it (a dialog with its dialog in view), into screens/. */
async function shot(app: AppHarness, name: string): Promise<void> {
  await settle(app);
  await app.page.screenshot({ path: path.join(OUT, `${name}.png`), animations: 'disabled' });
  console.log(`screens/${name}.png`);
}

/** Sets the app's text size with the header's buttons (English), as a member does. */
async function textSize(app: AppHarness, percent: 100 | 200): Promise<void> {
  const { page } = app;
  const shown = page.locator('.zoom-value');
  const button = page.getByRole('button', { name: percent > 100 ? 'Larger' : 'Smaller', exact: true });
  for (let i = 0; i < 8 && (await shown.textContent())?.replace(/\s/g, '') !== `${percent}%`; i++) await button.click();
}

/**
 * The screen at 100 %, then the same at 200 % text (`…-text-200`), back at 100 % after. At 200 %
 * the header alone fills the window's top: the picture starts at the step's heading, where focus
 * puts a member who arrives at a step.
 */
async function shotWithLargeText(app: AppHarness, name: string): Promise<void> {
  await shot(app, name);
  await textSize(app, 200);
  await app.page.evaluate(`document.querySelector('#main h1').scrollIntoView({ block: 'start' })`);
  await shot(app, `${name}-text-200`);
  await textSize(app, 100);
  await app.page.evaluate('window.scrollTo(0, 0)');
}

async function walkMemberFlow(app: AppHarness, prefix: string): Promise<void> {
  const { page } = app;
  // The English steps also at 200 % text, as the members who need it most see them.
  const step = (name: string) => (prefix ? shot(app, `${prefix}${name}`) : shotWithLargeText(app, name));
  await page.getByRole('heading', { level: 1 }).waitFor();
  await step('1-choose-letter');
  await page.getByRole('button', { name: /Azerbaijan|Aserbaidschan|Azerbaïdjan|Azerbaigian/ }).first().click();
  const write = page.getByRole('main').getByRole('button', { name: /Write this letter|Écrire|schreiben|Scrivere/i });
  await write.waitFor();
  await shot(app, `${prefix}1b-campaign-background`);
  await write.click();
  await step('2-language-and-salutation');
  await page.getByRole('button', { name: /Next|Suivant|Weiter|Avanti/ }).click();
  await page.getByRole('textbox').first().waitFor();
  // By position, as the labels differ per language: title, first name, last name, street, second line, postcode, town.
  const fill = async (index: number, value: string) => page.getByRole('textbox').nth(index).fill(value);
  await fill(1, 'Zoë');
  await fill(2, 'Müller-Lüdenscheidt');
  await fill(3, 'Rue du Lac 1');
  await fill(5, '1003');
  await fill(6, 'Lausanne');
  await step('3-your-details');
  await page.getByRole('button', { name: /Next|Suivant|Weiter|Avanti/ }).click();
  await step('4-check-and-print');
}

/** The README's picture: the window's view from the top of the screen, into docs/screenshots/. */
async function docShot(app: AppHarness, name: string): Promise<void> {
  await app.page.evaluate('window.scrollTo(0, 0)');
  await settle(app);
  await app.page.screenshot({ path: path.join(DOCS, `${name}.png`), animations: 'disabled' });
  console.log(`docs/screenshots/${name}.png`);
}

async function readmeSteps(): Promise<void> {
  mkdirSync(DOCS, { recursive: true });
  const app = await open();
  const { page } = app;
  try {
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
  const app = await open();
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
    await page.getByRole('textbox', { name: 'Street and number' }).fill('Rue du Lac 1');
    await page.getByRole('textbox', { name: 'Postcode' }).fill('1003');
    await page.getByRole('textbox', { name: 'Town' }).fill('Lausanne');
    await page.getByRole('button', { name: /Next/ }).click();
    await page.getByRole('button', { name: 'Print…' }).click();
    await page.getByRole('button', { name: 'Add me to the group' }).click();
    await page.getByText(/was added to the group/).first().waitFor();
    await shot(app, 'shared-computer-step-4');
  } finally {
    await app.close();
  }
}

/** The window's view into screens/ and, for the README, the same view into docs/screenshots/. */
async function editorShot(app: AppHarness, name: string, readme: boolean): Promise<void> {
  await shot(app, name);
  if (readme) await docShot(app, name);
}

/**
 * "Make a campaign": the start, a campaign read from a letter with what the app was unsure of,
 * the letter's text beside its preview, adding a language, and the last screen. `readme`: also
 * into docs/screenshots/ (only the full run writes there).
 */
async function campaignEditor(readme: boolean): Promise<void> {
  const app = await open();
  const { page } = app;
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const section = async (name: string) => {
    await page.getByRole('navigation', { name: 'Parts of the campaign' }).getByRole('button', { name: new RegExp(`^\\d ${name}`) }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
  };
  try {
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

/**
 * A letter-afternoon: the foyer sheets page with its mailing summary, and the first foyer sheet
 * itself as it prints (the saved PDF's first page, drawn by poppler's pdftoppm).
 */
async function foyerSheets(): Promise<void> {
  const app = await open();
  const { page } = app;
  try {
    await page.getByRole('button', { name: 'Group letters' }).click();
    await page.getByRole('button', { name: 'Foyer sheets…' }).click();
    await page.getByLabel('Sheets in German').fill('12');
    await page.getByLabel('Sheets in French').fill('8');
    await page.getByRole('heading', { level: 3, name: 'Mailing summary' }).waitFor();
    await docShot(app, 'foyer-sheets-and-summary');
    app.answerSaveDialogs('foyer.pdf');
    await page.getByLabel('Sheets in German').fill('1');
    await page.getByLabel('Sheets in French').fill('0');
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await page.getByRole('status').filter({ hasText: 'foyer.pdf' }).waitFor();
    const sheet = path.join(DOCS, 'foyer-sheet');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', path.join(app.outputDir, 'foyer.pdf'), sheet]);
    console.log('docs/screenshots/foyer-sheet.png');
  } finally {
    await app.close();
  }
}

/** Every screen and dialog, by the same walk the accessibility test makes, into screens/every-NN-*.png. */
async function everyScreen(): Promise<void> {
  const app = await open();
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
  fixNodeClock(SCREENS_TIME);
  // `npx tsx tests/e2e/screens.ts editor`: only the campaign editor's screens, nothing in docs/.
  if (process.argv.includes('editor')) {
    await campaignEditor(false);
    await closeBrowser();
    return;
  }
  await everyScreen();
  await campaignEditor(true);
  await readmeSteps();
  await foyerSheets();
  await helpAndSharedComputer();
  const app = await open();
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

  const french = await open({ locale: 'fr-CH' });
  try {
    await walkMemberFlow(french, 'fr-');
  } finally {
    await french.close();
  }
  await closeBrowser();
}

await main();

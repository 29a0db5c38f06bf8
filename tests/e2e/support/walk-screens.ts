import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../../main/paths';
import type { AppHarness } from '../harness';
import type { Words } from './catalogues';

const FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'campaigns');
const LETTERS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'letters');
const LIST = ['First name;Last name;Street;Postcode;City', 'Zoë;Müller;Rue du Lac 1;1003;Lausanne', 'Jürg;Weiss;Gässli 7;3000;Bern'].join('\n');

/** A button in the screen (not the header or the places bar), by its exact words. */
const mainButton = (page: Page, name: string) => page.getByRole('main').getByRole('button', { name, exact: true });
const dialog = (page: Page) => page.getByRole('dialog');

/**
 * Walks every screen and dialog of the app in one language and calls `check` on each, with the
 * screen fully shown (headings found, fonts loaded). The walk itself uses only the words a
 * member reads, from the catalogues.
 */
export async function walkEveryScreen(app: AppHarness, w: Words, check: (name: string) => Promise<void>): Promise<void> {
  const { page } = app;
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const show = async (name: string, ready: () => Promise<unknown>) => {
    await ready();
    await check(name);
  };

  // A first start: the list with the welcome.
  await show('welcome', () => page.getByRole('heading', { name: w.help.welcome.heading }).waitFor());
  await button(w.help.settings.open).click();
  await show('settings dialog', () => dialog(page).waitFor());
  await page.getByRole('checkbox', { name: w.help.settings.sharedComputer }).check();
  await dialog(page).getByRole('button', { name: w.help.settings.close }).click();
  await button(w.help.welcome.start).click();
  await show('list of letters (shared computer)', () => page.getByText(w.help.shared.badge).waitFor());

  await button(w.help.nav.help).click();
  await show('help', () => page.getByRole('heading', { level: 1, name: w.help.page.heading }).waitFor());
  await button(w.help.page.back).click();

  app.answerOpenDialog(path.join(FIXTURES, 'valid', 'monthly-bundle.appeal'));
  await mainButton(page, w.ui.importing.chooseFile).click();
  await show('import dialog', () => dialog(page).waitFor());
  await dialog(page).getByRole('button', { name: w.ui.importing.import }).click();
  await dialog(page).waitFor({ state: 'detached' });
  app.answerOpenDialog(path.join(FIXTURES, 'invalid', 'truncated.appeal'));
  await mainButton(page, w.ui.importing.chooseFile).click();
  await show('import problem dialog', () => dialog(page).waitFor());
  await dialog(page).getByRole('button', { name: w.ui.importing.ok }).click();
  await mainButton(page, w.library.export.several).click();
  await show('export dialog', () => dialog(page).waitFor());
  await page.keyboard.press('Escape');

  // An imported campaign: its page, and the question before deleting it.
  await page.getByRole('main').getByRole('listitem').nth(1).getByRole('button').first().click();
  await show('campaign page', () => mainButton(page, w.ui.campaign.write).waitFor());
  await mainButton(page, w.library.actions.delete).click();
  await show('delete letter dialog', () => dialog(page).waitFor());
  await dialog(page).getByRole('button', { name: w.library.remove.cancel }).click();
  await mainButton(page, w.ui.campaign.backToList).click();

  await page.getByRole('button', { name: /Azerba|Aserba/ }).first().click();
  await mainButton(page, w.ui.campaign.write).click();
  await show('step 2', () => page.getByRole('heading', { level: 1, name: w.ui.steps.language }).waitFor());
  await mainButton(page, w.ui.nav.next).click();
  await page.getByRole('textbox', { name: w.ui.details.firstName, exact: true }).fill('Zoë');
  await page.getByRole('textbox', { name: w.ui.details.lastName, exact: true }).fill('Müller-Lüdenscheidt');
  await page.getByRole('textbox', { name: w.ui.details.city, exact: true }).fill('Lausanne');
  // Without a street and postcode, a shared computer asks before printing.
  await mainButton(page, w.ui.nav.next).click();
  await page.getByRole('heading', { level: 1, name: w.ui.steps.print }).waitFor();
  await mainButton(page, w.ui.print.print).click();
  await show('print anyway? (shared computer)', () => dialog(page).waitFor());
  await dialog(page).getByRole('button', { name: w.ui.askMissing.edit }).click();
  await page.getByRole('textbox', { name: w.ui.details.street, exact: true }).fill('Rue du Lac 1');
  await page.getByRole('textbox', { name: w.ui.details.postcode, exact: true }).fill('1003');
  await show('step 3', () => page.getByRole('heading', { level: 1, name: w.ui.steps.details }).waitFor());
  await mainButton(page, w.ui.nav.next).click();
  await show('step 4 (shared computer)', () => page.getByRole('heading', { level: 2, name: w.help.shared.heading }).waitFor());
  // One link away: envelopes and labels, and the envelope and printer set-up.
  await mainButton(page, w.ui.printerSetup.envelopesLink).click();
  await show('envelopes and labels', () => page.getByRole('heading', { level: 1, name: w.ui.printerSetup.envelopesHeading }).waitFor());
  await mainButton(page, w.ui.printerSetup.backToPrinting).click();
  await mainButton(page, w.ui.printerSetup.open).click();
  await show('envelope and printer', () => page.getByRole('heading', { level: 1, name: w.ui.printerSetup.heading }).waitFor());
  await mainButton(page, w.ui.printerSetup.back).first().click();
  await page.getByRole('heading', { level: 1, name: w.ui.steps.print }).waitFor();
  await mainButton(page, w.ui.print.print).click();
  await mainButton(page, w.help.shared.add).click();
  await show('step 4 printed, added to the group', () => page.getByRole('status').getByText(/1/).first().waitFor());
  await mainButton(page, w.help.shared.next).click();
  await page.getByRole('heading', { level: 1, name: w.ui.campaigns.heading }).waitFor();

  // The coordinator's place.
  await button(w.batch.nav.group).click();
  await show('group letters', () => page.getByRole('heading', { level: 2, name: w.batch.groups.heading }).waitFor());
  await page.getByRole('button', { name: new RegExp(`^${w.batch.groups.delete} – `) }).first().click();
  await show('delete group dialog', () => dialog(page).waitFor());
  await dialog(page).getByRole('button', { name: w.help.confirm.keep }).click();
  await page.getByRole('button', { name: new RegExp(`^${w.batch.groups.edit} – `) }).first().click();
  await show('group editor', () => mainButton(page, w.batch.editor.prepare).waitFor());
  await mainButton(page, w.batch.editor.prepare).click();
  await show('prepare letters', () => page.getByRole('document').first().waitFor());
  await mainButton(page, w.batch.common.backToGroups).click();
  const listFile = path.join(app.outputDir, 'members.csv');
  writeFileSync(listFile, LIST);
  app.answerMemberListDialog(listFile);
  await mainButton(page, w.batch.groups.readList).click();
  await show('member list import', () =>
    page.getByRole('heading', { name: w.batch.import.heading.replace('{{fileName}}', 'members.csv') }).waitFor(),
  );
  await mainButton(page, w.batch.common.cancel).click();
  await mainButton(page, w.batch.log.open).click();
  await show('print log', () => page.getByRole('heading', { level: 2, name: w.batch.log.heading }).waitFor());
  await mainButton(page, w.batch.common.backToGroups).click();
  await mainButton(page, w.mailing.foyer.open).click();
  await page.getByRole('spinbutton').first().fill('3');
  await show('foyer sheets with the mailing summary', () => page.getByRole('heading', { level: 3, name: w.mailing.summary.heading }).waitFor());

  // Making a campaign from the month's letter: what the app read, the letter's text, another language.
  await button(w.editor.nav.make).click();
  await show('make a campaign', () => page.getByRole('heading', { level: 1, name: w.editor.start.heading }).waitFor());
  app.answerLetterDialog(path.join(LETTERS, 'en-governor-subject.txt'));
  await mainButton(page, w.editor.start.new.file).click();
  await mainButton(page, w.editor.fromLetter.chooseFile).click();
  await show('campaign read from a letter', () => page.getByRole('heading', { level: 1, name: w.editor.sections.recipient }).waitFor());
  await page.getByRole('navigation', { name: w.editor.editor.sectionsLabel }).getByRole('button', { name: new RegExp(`^3 ${w.editor.sectionsShort.text}`) }).click();
  await show('campaign letter text', () => page.getByRole('heading', { level: 1, name: w.editor.sections.text }).waitFor());
  await mainButton(page, w.editor.languages.add).click();
  await show('add a language dialog', () => dialog(page).waitFor());
  await page.keyboard.press('Escape');
}

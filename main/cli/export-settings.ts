import type { Campaign } from '../../shared/campaign/schema';
import { choicesOf } from '../../shared/campaign/template';
import { offeredPairs, ownLetterText } from '../../shared/letter/compose';
import { DEFAULT_LAYOUT } from '../../shared/letter/layouts';
import type { BatchSettings } from '../../shared/members/batch-letters';
import type { ChoiceArg, ExportArgs } from './cli-args';

/** A bad input found once the campaign is known: said in one plain sentence, without the usage. */
export class ExportError extends Error {}

type SettingsArgs = Pick<ExportArgs, 'lang' | 'salutation' | 'layout' | 'withCopies'> & { ownLanguage?: boolean; choices?: ChoiceArg[] };

const sameWords = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * The picks for the text's choices in `body`, as batch settings hold them: by an option's words
 * ("supporter") or its number ("2"). Throws an ExportError naming what the text offers.
 */
export function choicePicks(body: string, args: ChoiceArg[]): number[] {
  const offered = choicesOf(body);
  const picks = offered.map(() => 0);
  for (const { choice, option } of args) {
    const options = offered[choice - 1]?.options;
    if (!options) {
      throw new ExportError(`--choice ${choice} does not exist: this letter has ${offered.length} choice(s) of wording.`);
    }
    const byWords = options.findIndex((o) => sameWords(o, option));
    const byNumber = /^\d+$/.test(option) ? Number(option) - 1 : -1;
    const pick = byWords >= 0 ? byWords : byNumber;
    if (pick < 0 || pick >= options.length) {
      throw new ExportError(`--choice ${choice}=${option}: the choice offers ${options.map((o, i) => `${i + 1} "${o}"`).join(', ')}.`);
    }
    picks[choice - 1] = pick;
  }
  return picks;
}

/**
 * The settings the Group letters page would send for these arguments; throws an ExportError for a
 * language, form of address or choice the letter lacks.
 */
export function batchSettingsFor(campaign: Campaign, args: SettingsArgs, date: string): BatchSettings {
  if (!ownLetterText(campaign, args.lang)) {
    throw new ExportError(`This campaign has no letter in "${args.lang}". It offers: ${Object.keys(campaign.languages).join(', ')}.`);
  }
  const pairs = offeredPairs(campaign, args.lang);
  if (args.salutation > pairs.length) {
    throw new ExportError(
      `--salutation ${args.salutation} does not exist: this letter offers ${pairs.length} forms of address (see them with --campaign ${campaign.id} --lang ${args.lang} --help).`,
    );
  }
  return {
    campaignId: campaign.id,
    langMode: args.ownLanguage ? 'own' : 'one',
    lang: args.lang,
    salutationIndex: args.salutation - 1,
    layout: { ...DEFAULT_LAYOUT, preset: args.layout },
    withCopies: args.withCopies,
    choices: choicePicks(ownLetterText(campaign, args.lang)?.body ?? '', args.choices ?? []),
    date,
  };
}

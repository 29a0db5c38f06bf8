import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Campaign } from '../../shared/campaign/schema';
import { choicesOf } from '../../shared/campaign/template';
import { offeredPairs, ownLetterText } from '../../shared/letter/compose';
import type { LetterDocument } from '../../shared/letter/model';
import { DEFAULT_LAYOUT } from '../../shared/letter/layouts';
import { composeMemberLetters, type BatchSettings } from '../../shared/members/batch-letters';
import type { Member } from '../../shared/members/member';
import { writeDocx } from '../export/docx-writer';
import type { PdfEngine } from '../export/pdf-engine';
import { writeFileAtomic } from '../export/write-atomic';
import { readMemberList } from '../members/read-member-list';
import type { ChoiceArg, ExportArgs } from './cli-args';
import { loadCampaignArg } from './load-campaign-arg';

export class ExportError extends Error {}

export interface ExportDeps {
  bundledDir: string;
  fontDir: string;
  pdfEngine: () => PdfEngine;
  today: () => string;
}

type ComposeArgs = Pick<ExportArgs, 'lang' | 'salutation' | 'layout' | 'withCopies'> & { ownLanguage?: boolean; choices?: ChoiceArg[] };

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

/** The batch settings the arguments describe; throws an ExportError for a language or form the letter lacks. */
export function batchSettingsFor(campaign: Campaign, args: ComposeArgs, date: string): BatchSettings {
  if (!ownLetterText(campaign, args.lang)) {
    throw new ExportError(
      `This campaign has no letter in "${args.lang}". It offers: ${Object.keys(campaign.languages).join(', ')}.`,
    );
  }
  const pairs = offeredPairs(campaign, args.lang);
  if (args.salutation > pairs.length) {
    throw new ExportError(`--salutation ${args.salutation} does not exist: this letter offers ${pairs.length} forms of address.`);
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

export function composeForMembers(campaign: Campaign, members: Member[], args: ComposeArgs, date: string): LetterDocument[] {
  const settings = batchSettingsFor(campaign, args, date);
  return members.flatMap((member) => composeMemberLetters(campaign, member, settings));
}

/** The whole command-line export; throws an Error with one plain sentence on any bad input. */
export async function exportLetters(args: ExportArgs, deps: ExportDeps): Promise<{ letters: number; skippedRows: number[] }> {
  const outDir = path.dirname(path.resolve(args.out));
  if (!existsSync(outDir)) throw new ExportError(`The folder for --out does not exist: ${outDir}`);
  const campaign = await loadCampaignArg(args.campaign, args.id, deps.bundledDir);
  const list = await readMemberList(args.members);
  if (list.members.length === 0) {
    throw new ExportError('The member list has no usable rows (each needs a name and a town).');
  }
  const letters = composeForMembers(campaign, list.members.map((m) => m.member), args, deps.today());
  let bytes: Uint8Array;
  if (args.format === 'docx') {
    bytes = await writeDocx(letters, { fontDir: deps.fontDir, padToEven: args.padToEven });
  } else {
    const engine = deps.pdfEngine();
    try {
      bytes = await engine.lettersToPdf(letters, { padToEven: args.padToEven });
    } finally {
      await engine.close();
    }
  }
  await writeFileAtomic(path.resolve(args.out), bytes);
  return { letters: letters.length, skippedRows: list.problems.map((p) => p.row) };
}

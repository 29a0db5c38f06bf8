/**
 * The work of `npm run campaign` (campaign-cli.ts), loaded once the arguments are more than
 * --help: a client of the app's own services (main/services), the letters read, recognised,
 * published and shared exactly as the editor does it.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AppServices, Draft, FromLetterResult, RecognitionReport } from '../../shared/api/contract';
import { languageNamesIn } from '../../shared/campaign/format-problem';
import { campaignIdSchema, isoDateSchema, languageCodeSchema } from '../../shared/campaign/schema';
import editorEnglish from '../../shared/i18n/locales/en/editor.json';
import { localIsoDate } from '../../shared/letter/today';
import { UsageError } from './cli-args';
import { withCliServices } from './cli-services';

interface Letter {
  file: string;
  lang?: string;
}
interface CampaignArgs {
  letters: Letter[];
  out: string;
  publisher?: string;
  published: string;
  id?: string;
}

/** Node's own parser, as cli-args.ts uses it; its tokens say which file each --lang follows. */
function parseCampaignArgs(argv: string[]): CampaignArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      tokens: true,
      options: {
        'from-letter': { type: 'string', multiple: true },
        add: { type: 'string', multiple: true },
        lang: { type: 'string', multiple: true },
        out: { type: 'string' },
        publisher: { type: 'string' },
        published: { type: 'string' },
        id: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const letters: Letter[] = [];
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    if (token.name === 'from-letter' && letters.length > 0) throw new UsageError('Give one --from-letter; add the other languages with --add.');
    if (token.name === 'add' && letters.length === 0) throw new UsageError('Start with --from-letter, then --add the other languages.');
    if (token.name === 'from-letter' || token.name === 'add') letters.push({ file: token.value });
    if (token.name === 'lang') {
      const letter = letters.at(-1);
      if (!letter || letter.lang) throw new UsageError('Put each --lang right after the letter it belongs to.');
      if (!languageCodeSchema.safeParse(token.value).success) throw new UsageError(`--lang must be a language code such as en or fr, not "${token.value}".`);
      letter.lang = token.value.toLowerCase();
    }
  }
  const { out, publisher, published = localIsoDate(), id } = parsed.values;
  if (letters.length === 0) throw new UsageError('Missing --from-letter.');
  if (!out) throw new UsageError('Missing --out.');
  if (!isoDateSchema.safeParse(published).success) throw new UsageError(`--published must be a date such as 2024-05-31, not "${published}".`);
  if (id !== undefined && !campaignIdSchema.safeParse(id).success) {
    throw new UsageError(`--id must be 3 to 81 small letters, digits and dashes, not "${id}".`);
  }
  return { letters, out, publisher, published, id };
}

const languageName = languageNamesIn('en');
const reasons = editorEnglish.recognition.reason as Record<string, string | undefined>;

/** What was recognised, a line per part: the coordinator checks it before sending the file on. */
function report(file: string, language: string, recognition: RecognitionReport | undefined): string[] {
  const lines = [`${path.basename(file)}, read as ${languageName(language)} (${language}):`];
  for (const part of recognition?.parts ?? []) {
    const shown = part.original.replace(/\s*\n\s*/g, ' / ');
    const unsure = part.sure ? '' : `  [unsure: ${part.reasons.map((reason) => reasons[reason] ?? reason).join(' ')}]`;
    lines.push(`  ${part.part}: ${shown.length > 100 ? `${shown.slice(0, 99)}…` : shown}${unsure}`);
  }
  for (const text of recognition?.unplaced ?? []) lines.push(`  not placed: ${text.replace(/\s*\n\s*/g, ' / ')}`);
  return lines;
}

/** A letter read through the app's own service; a refusal is one sentence naming the file. */
function readOrThrow(letter: Letter, result: FromLetterResult | null): Draft {
  if (!result) throw new Error(`${path.basename(letter.file)}: the file could not be opened.`);
  if (!result.ok) throw new Error(`${path.basename(letter.file)}: ${result.message}`);
  return result.draft;
}

/**
 * The campaign made as the app makes it: the letters read into a draft and added as languages by
 * the draft services, published into a library of its own (a temp folder: the member's letters
 * are never touched), and written by the same "Share…" that the editor uses.
 */
async function makeCampaign(args: CampaignArgs, app: AppServices): Promise<{ id: string; languages: string[] }> {
  const [first, ...others] = args.letters as [Letter, ...Letter[]];
  let draft = readOrThrow(first, await app.draftFromLetter({ source: { kind: 'file' }, language: first.lang }));
  const firstLanguage = Object.keys(draft.campaign.languages)[0] ?? '';
  console.log(report(first.file, firstLanguage, draft.recognition[firstLanguage]).join('\n'));
  for (const letter of others) {
    const before = draft;
    const added = await app.addLetterLanguage({ id: draft.id, source: { kind: 'file' }, language: letter.lang });
    draft = readOrThrow(letter, added);
    const code = draft.place?.language ?? '';
    if (before.campaign.languages[code]) throw new UsageError(`Two letters are in ${languageName(code)} (${code}): give each --add its own --lang.`);
    console.log(report(letter.file, code, draft.recognition[code]).join('\n'));
    for (const field of (added?.ok && added.recipientDifferences) || []) {
      console.log(`${code}: the recipient's ${field} differs from the first letter's; the campaign keeps the first letter's recipient, "${draft.campaign.recipient.name}".`);
    }
  }
  const campaign = { ...draft.campaign, published: args.published, ...(args.publisher ? { publisher: args.publisher } : {}), ...(args.id ? { id: args.id } : {}) };
  await app.saveDraft({ draft: { ...draft, campaign } });
  const published = await app.publishDraft({ id: draft.id });
  if (!published.ok) throw new Error(`No campaign file was written. ${published.message}`);
  const saved = await app.exportCampaigns({ ids: [published.campaignId] });
  if (saved.status !== 'saved') throw new Error(saved.status === 'failed' ? saved.message : 'No campaign file was written.');
  return { id: published.campaignId, languages: Object.keys(campaign.languages) };
}

/** Makes the campaign the arguments describe and says where it went; throws one plain sentence on failure. */
export async function campaignCommand(argv: string[]): Promise<void> {
  const args = parseCampaignArgs(argv);
  const made = await withCliServices({ letterFiles: args.letters.map((letter) => letter.file), saveTo: args.out }, (app) => makeCampaign(args, app));
  console.log(`Wrote campaign "${made.id}" (${made.languages.join(', ')}) to ${args.out}.`);
}

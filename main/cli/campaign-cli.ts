/**
 * `npm run campaign -- --from-letter <file> --lang <code> [--add <file> --lang <code>]… --out <file.appeal>`:
 * a campaign file made from the month's appeal letter (Word, PDF or text), in one or more
 * languages, without a window. It says what it recognised and what it was unsure of, checks the
 * campaign as the app's import does, and writes it whole or not at all. Errors print one plain
 * message and exit 1; nothing is written then.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkCampaign } from '../../shared/campaign/check-campaign';
import { tidyDraft, type CampaignDraft } from '../../shared/campaign/draft';
import { encodeCampaignFile } from '../../shared/campaign/encode-file';
import { formatProblemEnglish, languageNamesIn } from '../../shared/campaign/format-problem';
import { addLanguageToDraft, draftFromRecognition, draftIdFor, recogniseLetter } from '../../shared/campaign/from-letter';
import type { LetterRecognition } from '../../shared/campaign/from-letter/types';
import { campaignIdSchema, isoDateSchema, languageCodeSchema } from '../../shared/campaign/schema';
import editorEnglish from '../../shared/i18n/locales/en/editor.json';
import { localIsoDate } from '../../shared/letter/today';
import { writeFileAtomic } from '../export/write-atomic';
import { letterFileFailureText } from '../letter-import/failure-text';
import { readLetterFile } from '../letter-import/read-letter-file';
import { UsageError } from './cli-args';

const USAGE = `Usage: npm run campaign -- --from-letter <file.docx | file.pdf | file.txt> [--lang <code>]
                    [--add <file> [--lang <code>]]…  --out <file.appeal>
                    [--publisher <name>] [--published YYYY-MM-DD] [--id <campaign id>]
Each --lang names the language of the letter before it (en, fr, de, it…); without it the app guesses.`;

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
const reasons = ((editorEnglish as { recognition?: { reason?: Record<string, string> } }).recognition?.reason ?? {}) as Record<string, string | undefined>;

/** What was recognised, a line per part: the member checks it before sending the file on. */
function report(file: string, recognition: LetterRecognition): string[] {
  const lines = [`${path.basename(file)}, read as ${languageName(recognition.language)} (${recognition.language}):`];
  for (const part of recognition.parts) {
    const shown = part.original.replace(/\s*\n\s*/g, ' / ');
    const unsure = part.sure ? '' : `  [unsure: ${part.reasons.map((reason) => reasons[reason] ?? reason).join(' ')}]`;
    lines.push(`  ${part.part}: ${shown.length > 100 ? `${shown.slice(0, 99)}…` : shown}${unsure}`);
  }
  for (const text of recognition.unplaced) lines.push(`  not placed: ${text.replace(/\s*\n\s*/g, ' / ')}`);
  return lines;
}

async function recognise(letter: Letter): Promise<LetterRecognition> {
  const read = await readLetterFile(letter.file);
  if (!read.ok) throw new Error(`${path.basename(letter.file)}: ${letterFileFailureText(read.reason, 'en')}`);
  return recogniseLetter(read.text, { language: letter.lang });
}

function build(args: CampaignArgs, recognitions: LetterRecognition[]): { draft: CampaignDraft; notes: string[] } {
  const [first, ...others] = recognitions as [LetterRecognition, ...LetterRecognition[]];
  let draft = draftFromRecognition(first, { published: args.published, publisher: args.publisher, id: args.id });
  const notes: string[] = [];
  for (const recognition of others) {
    const code = recognition.language;
    if (draft.languages[code]) throw new UsageError(`Two letters are in ${languageName(code)} (${code}): give each --add its own --lang.`);
    const added = addLanguageToDraft(draft, recognition);
    for (const field of added.recipientDifferences) {
      const shown = (person: { [key: string]: unknown } | null | undefined) => [person?.[field]].flat().join(' / ');
      notes.push(`${code}: the recipient's ${field} differs: "${shown(recognition.recipient)}" in this letter; the campaign keeps "${shown(draft.recipient)}".`);
    }
    draft = added.draft;
  }
  const campaign = tidyDraft(draft);
  if (!campaignIdSchema.safeParse(campaign.id).success) {
    const title = Object.values(campaign.languages).find((text) => text.title.trim())?.title ?? '';
    campaign.id = draftIdFor(title, campaign.published);
  }
  return { draft: campaign, notes };
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  try {
    const args = parseCampaignArgs(argv);
    const recognitions: LetterRecognition[] = [];
    for (const letter of args.letters) recognitions.push(await recognise(letter));
    recognitions.forEach((recognition, i) => console.log(report(args.letters[i]?.file ?? '', recognition).join('\n')));
    const { draft, notes } = build(args, recognitions);
    for (const note of notes) console.log(note);
    const checked = checkCampaign(draft as unknown as Record<string, unknown>);
    if (!checked.ok) throw new Error(`No campaign file was written: ${formatProblemEnglish(checked.problem)}`);
    await writeFileAtomic(args.out, encodeCampaignFile([checked.campaign]));
    console.log(`Wrote campaign "${checked.campaign.id}" (${Object.keys(checked.campaign.languages).join(', ')}) to ${args.out}.`);
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    if (error instanceof UsageError) console.error(USAGE);
    return 1;
  }
}

process.exitCode = await main();

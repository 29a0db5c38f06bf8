import { parseArgs } from 'node:util';
import { ENVELOPE_SIZE_IDS, type EnvelopeSizeId } from '../../shared/envelope/sizes';
import { LAYOUT_IDS, type LayoutId } from '../../shared/letter/layouts';

/** `--choice 2=supporter`: the text's second `{{a|b}}` choice, by an option's words or its number. */
export interface ChoiceArg {
  /** 1-based, in the order the choices appear in the text. */
  choice: number;
  option: string;
}

export interface ExportArgs {
  campaign: string;
  id?: string;
  lang: string;
  members: string;
  salutation: number;
  layout: LayoutId;
  withCopies: boolean;
  /** The wording picked for the text's choices, once for every letter; the rest take their first option. */
  choices: ChoiceArg[];
  /** Each member's letter in the language of their list's Language column, where the campaign has it. */
  ownLanguage: boolean;
  padToEven: boolean;
  format: 'pdf' | 'docx';
  /**
   * What the Group letters page would make: every letter in one file, one file per member in the
   * --out folder, or the letters' envelopes (of a size) or address labels as one PDF.
   */
  output:
    | { kind: 'letters' }
    | { kind: 'each' }
    | { kind: 'envelopes'; size: EnvelopeSizeId }
    | { kind: 'labels' }
    /**
     * Foyer sheets (no member list): so many letters per language, with lines for the sender to
     * fill in — or, with --envelopes or --labels, the recipients' envelopes or labels to go with them.
     */
    | { kind: 'foyer'; counts: { lang: string; count: number }[]; envelopes?: { size: EnvelopeSizeId } | 'labels' };
  /** Foyer sheets: the place in the date line; empty leaves a line to fill in. */
  place: string;
  out: string;
}

/** `--list`, with the campaigns of a file (`--campaign file.appeal`) beside those that come with the app. */
export interface ListArgs {
  campaign?: string;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run export -- --campaign <file.appeal | bundled id> [--id <campaign id in a bundle>]
                  --lang <code> --members <file.csv | file.xlsx>
                  [--salutation <n>] [--layout ch-right|ch-left|din-a|din-b|none]
                  [--with-copies] [--own-language] [--pad-even]
                  [--choice <n>=<option words or number>]… --format pdf|docx --out <file>
       Instead of the letters in one file:
                  --one-file-per-member --out <folder>   a PDF or DOCX per member
                  --envelopes c5|c6-5|dl --out <file.pdf> the letters' envelopes
                  --labels --out <file.pdf>              address labels, 16 to an A4 sheet
       Foyer sheets (letters without a sender, to fill in by hand), no member list:
                  --foyer <lang>=<count>[,<lang>=<count>…] [--place <town>] --format pdf|docx --out <file>
                  with --envelopes <size> or --labels: the recipients' envelopes or labels for them
                  the text's choices printed as "a / b" to strike through, unless --choice picks them
       npm run export -- --list [--campaign <file.appeal>]
                  the campaigns, their ids, languages and numbered salutations
       npm run export -- --campaign <id> --lang <code> --help
                  this text, with the salutations --salutation <n> picks from`;

/** The parts of the command line --help reads, whatever else is there (it must never fail). */
export function helpArgs(argv: string[]): { campaign?: string; id?: string; lang?: string } {
  const { values } = parseArgs({ args: argv, strict: false, options: { campaign: { type: 'string' }, id: { type: 'string' }, lang: { type: 'string' } } });
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return { campaign: text(values.campaign), id: text(values.id), lang: text(values.lang) };
}

export function parseListArgs(argv: string[]): ListArgs {
  try {
    const { values } = parseArgs({ args: argv, strict: true, options: { list: { type: 'boolean' }, campaign: { type: 'string' } } });
    return { campaign: values.campaign };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Which output the flags ask for; throws a UsageError for two at once or a format that does not fit. */
function outputOf(values: { 'one-file-per-member'?: boolean; envelopes?: string; labels?: boolean; foyer?: string; format?: string }): ExportArgs['output'] {
  const asked = [
    values['one-file-per-member'] && '--one-file-per-member',
    values.envelopes !== undefined && '--envelopes',
    values.labels && '--labels',
    values.foyer !== undefined && '--foyer',
  ].filter(Boolean);
  // Foyer sheets' envelopes or labels: --foyer with one of them.
  const foyerWith = values.foyer !== undefined && asked.length === 2 && !values['one-file-per-member'];
  if (asked.length > 1 && !foyerWith) throw new UsageError(`Choose one of ${asked.join(' and ')}.`);
  if (values.envelopes !== undefined || values.labels) {
    if (values.format !== undefined && values.format !== 'pdf') throw new UsageError(`Envelopes and labels are made as PDF only, not "${values.format}".`);
    const size = values.labels ? undefined : ENVELOPE_SIZE_IDS.find((id) => id === values.envelopes);
    if (!values.labels && !size) throw new UsageError(`--envelopes must be one of ${ENVELOPE_SIZE_IDS.join(', ')}, not "${values.envelopes}".`);
    if (foyerWith) return { kind: 'foyer', counts: parseFoyerCounts(values.foyer as string), envelopes: size ? { size } : 'labels' };
    return size ? { kind: 'envelopes', size } : { kind: 'labels' };
  }
  if (values.foyer !== undefined) return { kind: 'foyer', counts: parseFoyerCounts(values.foyer) };
  return values['one-file-per-member'] ? { kind: 'each' } : { kind: 'letters' };
}

/** `de=12,fr=8` → 12 sheets in German, 8 in French. */
function parseFoyerCounts(text: string): { lang: string; count: number }[] {
  const counts = text.split(',').map((part) => {
    const match = /^\s*([a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*)\s*=\s*(\d{1,3})\s*$/.exec(part);
    if (!match) throw new UsageError(`--foyer takes <language>=<count>, separated by commas (for example --foyer de=12,fr=8), not "${part}".`);
    return { lang: match[1] as string, count: Number(match[2]) };
  });
  if (counts.every((c) => c.count === 0)) throw new UsageError('--foyer asks for no sheets: give a count above 0 for at least one language.');
  return counts;
}

export function parseExportArgs(argv: string[]): ExportArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        campaign: { type: 'string' },
        id: { type: 'string' },
        lang: { type: 'string' },
        members: { type: 'string' },
        salutation: { type: 'string', default: '1' },
        layout: { type: 'string', default: 'ch-right' },
        'with-copies': { type: 'boolean', default: false },
        'own-language': { type: 'boolean', default: false },
        'pad-even': { type: 'boolean', default: false },
        choice: { type: 'string', multiple: true, default: [] },
        format: { type: 'string' },
        'one-file-per-member': { type: 'boolean', default: false },
        envelopes: { type: 'string' },
        labels: { type: 'boolean', default: false },
        foyer: { type: 'string' },
        place: { type: 'string', default: '' },
        out: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const output = outputOf(values);
  // Envelopes and labels are PDFs whatever --format says.
  const format = output.kind === 'envelopes' || output.kind === 'labels' || (output.kind === 'foyer' && output.envelopes) ? 'pdf' : values.format;
  // Foyer sheets have no member list, and their languages are the counts'.
  const required = output.kind === 'foyer' ? (['campaign', 'format', 'out'] as const) : (['campaign', 'lang', 'members', 'format', 'out'] as const);
  for (const name of required) {
    if (!(name === 'format' ? format : values[name])) throw new UsageError(`Missing --${name}.`);
  }
  const salutation = Number(values.salutation);
  if (!Number.isInteger(salutation) || salutation < 1) {
    throw new UsageError(`--salutation must be a whole number from 1 (the default form), not "${values.salutation}".`);
  }
  if (!(LAYOUT_IDS as readonly string[]).includes(values.layout ?? '')) {
    throw new UsageError(`--layout must be one of ${LAYOUT_IDS.join(', ')}, not "${values.layout}".`);
  }
  if (format !== 'pdf' && format !== 'docx') {
    throw new UsageError(`--format must be pdf or docx, not "${format}".`);
  }
  return {
    campaign: values.campaign as string,
    id: values.id,
    lang: output.kind === 'foyer' ? (output.counts[0]?.lang as string) : (values.lang as string),
    members: values.members ?? '',
    salutation,
    layout: values.layout as LayoutId,
    withCopies: values['with-copies'] ?? false,
    choices: (values.choice ?? []).map(parseChoice),
    ownLanguage: values['own-language'] ?? false,
    padToEven: values['pad-even'] ?? false,
    format,
    output,
    place: values.place ?? '',
    out: values.out as string,
  };
}

function parseChoice(text: string): ChoiceArg {
  const parts = /^\s*(\d+)\s*=\s*(.*\S)\s*$/.exec(text);
  const choice = Number(parts?.[1]);
  if (!parts || !Number.isInteger(choice) || choice < 1) {
    throw new UsageError(`--choice must be <n>=<option>, n counting the text's choices from 1 (for example --choice 1=supporter), not "${text}".`);
  }
  return { choice, option: parts[2] as string };
}

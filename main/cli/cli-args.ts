import { parseArgs } from 'node:util';
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
  out: string;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run export -- --campaign <file.appeal | bundled id> [--id <campaign id in a bundle>]
                  --lang <code> --members <file.csv | file.xlsx>
                  [--salutation <n>] [--layout ch-right|ch-left|din-a|din-b|none]
                  [--with-copies] [--own-language] [--pad-even]
                  [--choice <n>=<option words or number>]… --format pdf|docx --out <file>`;

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
        out: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  for (const name of ['campaign', 'lang', 'members', 'format', 'out'] as const) {
    if (!values[name]) throw new UsageError(`Missing --${name}.`);
  }
  const salutation = Number(values.salutation);
  if (!Number.isInteger(salutation) || salutation < 1) {
    throw new UsageError(`--salutation must be a whole number from 1 (the default form), not "${values.salutation}".`);
  }
  if (!(LAYOUT_IDS as readonly string[]).includes(values.layout ?? '')) {
    throw new UsageError(`--layout must be one of ${LAYOUT_IDS.join(', ')}, not "${values.layout}".`);
  }
  if (values.format !== 'pdf' && values.format !== 'docx') {
    throw new UsageError(`--format must be pdf or docx, not "${values.format}".`);
  }
  return {
    campaign: values.campaign as string,
    id: values.id,
    lang: values.lang as string,
    members: values.members as string,
    salutation,
    layout: values.layout as LayoutId,
    withCopies: values['with-copies'] ?? false,
    choices: (values.choice ?? []).map(parseChoice),
    ownLanguage: values['own-language'] ?? false,
    padToEven: values['pad-even'] ?? false,
    format: values.format,
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

import { UsageError } from './cli-args';

/** Extra help for the arguments given with --help (a campaign's salutations), after the usage. */
export type MoreHelp = (argv: string[]) => Promise<string | null>;

/**
 * The frame every command shares: `--help` prints the usage and succeeds (asked for, so not an
 * error); any failure prints one plain message — and the usage after a usage mistake — and exits 1.
 */
export async function runCommand(usage: string, work: (argv: string[]) => Promise<void>, moreHelp?: MoreHelp): Promise<number> {
  const argv = process.argv.slice(2);
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      console.log(usage);
      const more = moreHelp ? await moreHelp(argv) : null;
      if (more) console.log(`\n${more}`);
      return 0;
    }
    await work(argv);
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    if (error instanceof UsageError) console.error(usage);
    return 1;
  }
}

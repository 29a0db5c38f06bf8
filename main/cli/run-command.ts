import { UsageError } from './cli-args';

/**
 * The frame every command shares: `--help` prints the usage and succeeds (asked for, so not an
 * error); any failure prints one plain message — and the usage after a usage mistake — and exits 1.
 */
export async function runCommand(usage: string, work: (argv: string[]) => Promise<void>): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return 0;
  }
  try {
    await work(argv);
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    if (error instanceof UsageError) console.error(usage);
    return 1;
  }
}

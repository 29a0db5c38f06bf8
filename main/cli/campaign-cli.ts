/**
 * `npm run campaign -- --from-letter <file> --lang <code> [--add <file> --lang <code>]… --out <file.appeal>`:
 * a campaign file made from the month's appeal letter (Word, PDF or text), in one or more
 * languages, without a window. A client of the app's own services (make-campaign.ts): the letters
 * are read, recognised, published and shared exactly as the editor does it. It says what it
 * recognised and what it was unsure of, and writes the file whole or not at all. Errors print
 * one plain message and exit 1; nothing is written then.
 *
 * Only the usage is here: the services and the letter readers load when there is work, so that
 * --help answers at once.
 */
import { runCommand } from './run-command';

const USAGE = `Usage: npm run campaign -- --from-letter <file.docx | file.pdf | file.txt> [--lang <code>]
                    [--add <file> [--lang <code>]]…  --out <file.appeal>
                    [--publisher <name>] [--published YYYY-MM-DD] [--id <campaign id>]
Each --lang names the language of the letter before it (en, fr, de, it…); without it the app guesses.`;

process.exitCode = await runCommand(USAGE, async (argv) => (await import('./make-campaign')).campaignCommand(argv));

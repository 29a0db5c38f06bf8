#!/usr/bin/env node
/**
 * `npm run export` and `npm run campaign`: runs the command line built to out/cli/ by
 * `npm run build` (plain Node, no transpiler, so it starts at once). Without the build it says so
 * in one sentence rather than Node's "Cannot find module" and its stack.
 *
 *   node scripts/run-cli.mjs <export-cli | campaign-cli> [arguments…]
 */
import { existsSync } from 'node:fs';

// The command's own name out of the way: the command reads its arguments from process.argv[2] on.
const [command] = process.argv.splice(2, 1);
const entry = new URL(`../out/cli/${command}.js`, import.meta.url);
if (!/^[a-z-]+$/.test(command ?? '') || !existsSync(entry)) {
  process.stderr.write('The command line is not built yet: run npm run build first, then try again.\n');
  process.exit(1);
}
await import(entry.href);

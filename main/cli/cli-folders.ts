import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkoutFolders } from '../paths';

/**
 * The checkout's root: the nearest folder above this code that holds package.json. Searched, not
 * counted, because the same code runs from main/cli/ (tsx, tests) and bundled into out/cli/
 * (`npm run export`), where main/paths.ts's one-level rule would point inside out/.
 */
function checkoutRoot(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(folder, 'package.json'))) {
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error('Run the command line from inside the Appeal Letters folder.');
    folder = parent;
  }
  return folder;
}

export const CLI_FOLDERS = checkoutFolders(checkoutRoot());

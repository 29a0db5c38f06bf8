import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file under `dir` that holds one of `texts`, as UTF-8 or as JSON's \u escapes: where a
 * member's name could still be found after "Delete all my data".
 */
export function filesMentioning(dir: string, texts: readonly string[]): string[] {
  const forms = texts.flatMap((text) => [text, JSON.stringify(text).slice(1, -1).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)]);
  const found: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at)) {
      const file = path.join(at, entry);
      if (statSync(file).isDirectory()) walk(file);
      else if (forms.some((form) => readFileSync(file).includes(Buffer.from(form, 'utf8')))) found.push(path.relative(dir, file));
    }
  };
  walk(dir);
  return found;
}

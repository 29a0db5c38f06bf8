/**
 * The DOCX package as other programs read it: Python's zipfile (an independent zip reader, which
 * checks every part's CRC), the embedded fonts against the spec's obfuscation (written again here
 * in Python, from ECMA-376 Part 1 §17.8.1), and a batch large enough that the body is compressed
 * in many pieces while it is written.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../main/export/docx-writer';
import { FONTS_DIR } from '../../main/paths';
import type { LetterDocument } from '../../shared/letter/model';
import { docxText } from '../support/docx-text';
import { requireTool } from '../support/tools';

const PYTHON = '/usr/bin/python3';
const hasPythonDocx = requireTool(PYTHON, 'python3-docx', ['-c', 'import docx']);

const dir = mkdtempSync(path.join(tmpdir(), 'appeal-docx-package-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function letter(n: number): LetterDocument {
  return {
    lang: 'en-GB',
    pageLabel: 'Page {n} of {total}',
    layout: { preset: 'ch-right', offsetMm: { x: 0, y: 0 }, foldMarks: true },
    blocks: [
      { kind: 'sender', lines: [`Member ${n}`, 'Rue du Lac 1', '1003 Lausanne'] },
      { kind: 'recipient', lines: ['Mr. Ilham Aliyev', 'Presidential Palace', '1066 Baku'], returnAddress: '' },
      { kind: 'salutation', text: `Dear Mr. President (letter ${n}),` },
      { kind: 'paragraph', runs: [{ text: `Ευάγγελος, Ольга and Արամ ask you, in letter ${n}, to release him. `.repeat(6) }] },
      { kind: 'closing', text: 'Yours sincerely,' },
      { kind: 'printed-name', text: `Member ${n}` },
    ],
  };
}

/** Checks the zip and the fonts in Python; prints one JSON object. */
const CHECK = `
import json, re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
names = z.namelist()
table = z.read('word/fontTable.xml').decode()
rels = z.read('word/_rels/fontTable.xml.rels').decode()
fonts = {}
for element, rid, key in re.findall(r'<w:(embed\\w+) r:id="([^"]+)" w:fontKey="\\{([^}]+)\\}"', table):
    target = re.search(r'Id="%s"[^>]*Target="([^"]+)"' % rid, rels).group(1)
    data = bytearray(z.read('word/' + target))
    key_bytes = bytes.fromhex(key.replace('-', ''))[::-1]
    for i in range(32):
        data[i] ^= key_bytes[i % 16]
    fonts[element] = bytes(data) == open(sys.argv[2] + '/' + {
        'embedRegular': 'DejaVuSerif.ttf', 'embedBold': 'DejaVuSerif-Bold.ttf',
        'embedItalic': 'DejaVuSerif-Italic.ttf', 'embedBoldItalic': 'DejaVuSerif-BoldItalic.ttf'}[element], 'rb').read()
print(json.dumps({
    'bad': bad, 'first': names[0], 'names': names, 'fonts': fonts,
    'embeds': '<w:embedTrueTypeFonts/>' in z.read('word/settings.xml').decode(),
    'bodyBytes': z.getinfo('word/document.xml').file_size,
}))
`;

interface Check {
  bad: string | null;
  first: string;
  names: string[];
  fonts: Record<string, boolean>;
  embeds: boolean;
  bodyBytes: number;
}

async function exportAndCheck(name: string, letters: LetterDocument[]): Promise<{ file: string; check: Check }> {
  const file = path.join(dir, `${name}.docx`);
  writeFileSync(file, await writeDocx(letters, { fontDir: FONTS_DIR }));
  const check = JSON.parse(execFileSync(PYTHON, ['-c', CHECK, file, FONTS_DIR], { encoding: 'utf8' })) as Check;
  return { file, check };
}

describe.skipIf(!hasPythonDocx)('the DOCX package', () => {
  it('is a sound zip whose embedded fonts are DejaVu Serif, obfuscated as the spec says', async () => {
    const { check } = await exportAndCheck('one', [letter(1)]);
    expect(check.bad).toBeNull();
    expect(check.first).toBe('[Content_Types].xml');
    expect(check.fonts).toEqual({ embedRegular: true, embedBold: true, embedItalic: true, embedBoldItalic: true });
    expect(check.embeds).toBe(true);
    expect(check.names.filter((n) => n.startsWith('word/fonts/'))).toHaveLength(4);
  });

  it('keeps every letter of a batch whose body is compressed in many pieces', async () => {
    const letters = Array.from({ length: 300 }, (_, i) => letter(i + 1));
    const { file, check } = await exportAndCheck('batch', letters);
    expect(check.bad).toBeNull();
    // Several of the writer's 256 K-character pieces, so the streamed CRC and size span writes.
    expect(check.bodyBytes).toBeGreaterThan(4 * (1 << 18));
    const text = docxText(file);
    const salutations = text.split('\n').filter((line) => line.startsWith('Dear Mr. President'));
    expect(salutations).toEqual(letters.map((_, i) => `Dear Mr. President (letter ${i + 1}),`));
    expect(text).toContain('Ευάγγελος, Ольга and Արամ ask you, in letter 300, to release him.');
  });

  it('writes the same letters to the same body and fonts each time', async () => {
    const letters = [letter(1), letter(2)];
    const parts = async () => {
      const file = path.join(dir, 'again.docx');
      writeFileSync(file, await writeDocx(letters, { fontDir: FONTS_DIR }));
      const script = `import sys, zipfile, hashlib; z = zipfile.ZipFile(sys.argv[1]); print(' '.join(hashlib.sha256(z.read(n)).hexdigest() for n in sorted(z.namelist()) if n.startswith('word/')))`;
      return execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
    };
    expect(await parts()).toBe(await parts());
  });
});

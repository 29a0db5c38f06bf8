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
import { FONTS_DIR, PROJECT_ROOT } from '../../main/paths';
import { PackageZip } from '../../main/export/docx/package-zip';
import type { LetterDocument } from '../../shared/letter/model';
import { docxText } from '../support/docx-text';
import { requireTool } from '../support/tools';

const PYTHON = '/usr/bin/python3';
const hasPythonDocx = requireTool(PYTHON, 'python3-docx', ['-c', 'import docx']);

const CLI = path.join(PROJECT_ROOT, 'main/cli/export-cli.ts');
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

  it('writes the same letters to the same parts in two separate runs of the command line', () => {
    // Separate processes: nothing cached in one can make the other's output match.
    const members = path.join(dir, 'members.csv');
    writeFileSync(members, 'First name;Last name;Street;Postcode;City\nAnna;Muster;Weg 1;3000;Bern\n');
    const parts = (name: string) => {
      const out = path.join(dir, name);
      const args = ['--campaign', 'azerbaijan-2020-nagorno-karabakh', '--lang', 'en', '--members', members, '--format', 'docx', '--out', out];
      execFileSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' });
      const script = `import sys, zipfile, hashlib; z = zipfile.ZipFile(sys.argv[1]); print(' '.join(n + '=' + hashlib.sha256(z.read(n)).hexdigest() for n in sorted(z.namelist()) if n.startswith('word/')))`;
      return execFileSync(PYTHON, ['-c', script, out], { encoding: 'utf8' });
    };
    const first = parts('first.docx');
    expect(first).toContain('word/fonts/font1.odttf=');
    expect(parts('second.docx')).toBe(first);
  }, 60_000);
});

describe('the body written piece by piece', () => {
  it('fails with the error of a piece that could not be built, and no stray rejection', async () => {
    function* failing(): Generator<string> {
      yield '<w:document>';
      yield 'x'.repeat(1 << 19); // past one write to the compressor
      throw new Error('this letter could not be written');
    }
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await expect(new PackageZip().addStreamed('word/document.xml', failing())).rejects.toThrow('this letter could not be written');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

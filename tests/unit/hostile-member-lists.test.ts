import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readMemberRows, readMemberRowsChecked } from '../../main/members/read-member-list';

/**
 * Member lists made to stop the app: each is read in a CHILD process, so that a reader that
 * balloons shows in that process's peak memory (and cannot take the test runner down with it).
 * The whole child — Node, tsx and the reader — must stay under 400 MB and the read under 10 s.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const temp = mkdtempSync(path.join(tmpdir(), 'hostile-lists-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const MAX_RSS_MB = 400;
const MAX_READ_MS = 10_000;

const readerUrl = pathToFileURL(path.join(ROOT, 'main/members/read-member-list.ts')).href;
const script = path.join(temp, 'read-one.mts');
writeFileSync(
  script,
  `import { readMemberRows } from ${JSON.stringify(readerUrl)};
const started = performance.now();
let outcome;
try {
  outcome = { rows: (await readMemberRows(process.argv[2])).length };
} catch (error) {
  outcome = { reason: error.reason ?? String(error) };
}
const ms = Math.round(performance.now() - started);
console.log(JSON.stringify({ ...outcome, ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
`,
);

interface Measured {
  reason?: string;
  rows?: number;
  ms: number;
  maxRssMb: number;
}

function readInChild(file: string): Measured {
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (child.status !== 0) throw new Error(`the reader died (${child.signal ?? child.status}): ${child.stderr.slice(-2000)}`);
  const measured = JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as Measured;
  console.info(`${path.basename(file)}: ${JSON.stringify(measured)}`);
  return measured;
}

interface Part {
  name: string;
  /** Deflated bytes, made by `deflated` or by hand. */
  packed: Buffer;
  size: number;
  crc: number;
}

const deflated = (name: string, text: string): Part => {
  const data = Buffer.from(text);
  return { name, packed: deflateRawSync(data), size: data.length, crc: crc32(data) };
};

/** A zip as Office writes one (deflate, no data descriptors), each entry claiming `size`. */
function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.packed.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.packed.length, 20);
    central.writeUInt32LE(part.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.packed);
    centrals.push(central, name);
    offset += local.length + name.length + part.packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const SHEET_START = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_END = '</sheetData></worksheet>';

/** The parts around a sheet that Excel (and exceljs) need to open the workbook. */
function workbookParts(sheet: Part): Part[] {
  const ns = 'http://schemas.openxmlformats.org';
  return [
    deflated(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    deflated(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflated(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="Mitglieder" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflated(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    sheet,
  ];
}

const inline = (reference: string, text: string) => `<c r="${reference}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** 600,000 rows, each with one cell in column XFD (16,384): a whole-sheet reader fills every row with empty cells. */
function xfdSheetFile(): string {
  const rows = [`<row r="1">${inline('A1', 'Vorname')}${inline('B1', 'Name')}${inline('C1', 'Ort')}</row>`];
  for (let r = 2; r <= 600_000; r++) rows.push(`<row r="${r}">${inline(`XFD${r}`, 'x')}</row>`);
  const file = path.join(temp, 'xfd-600000-rows.xlsx');
  writeFileSync(file, zip(workbookParts(deflated('xl/worksheets/sheet1.xml', SHEET_START + rows.join('') + SHEET_END))));
  return file;
}

/**
 * A sheet that unpacks to ~3 GB from ~3 MB. One megabyte of rows is deflated with a full flush,
 * which makes its blocks independent of what came before, so the same bytes repeated 3,000 times
 * are a valid deflate stream of 3,000 MB. `claimed` is what the zip says the sheet unpacks to:
 * the truth, or a lie small enough to pass the central-directory check.
 */
function bombFile(name: string, claimed: 'truth' | 'lie'): string {
  const megabyte = Buffer.from('<row/>'.repeat(Math.floor((1024 * 1024) / 6)));
  const start = deflateRawSync(Buffer.from(SHEET_START), { finishFlush: constants.Z_FULL_FLUSH });
  const block = deflateRawSync(megabyte, { finishFlush: constants.Z_FULL_FLUSH });
  const finish = deflateRawSync(Buffer.from(SHEET_END));
  const copies = 3000;
  const packed = Buffer.concat([start, ...Array.from({ length: copies }, () => block), finish]);
  const truth = SHEET_START.length + copies * megabyte.length + SHEET_END.length;
  const size = claimed === 'truth' ? truth : 20 * 1024 * 1024;
  const file = path.join(temp, name);
  writeFileSync(file, zip(workbookParts({ name: 'xl/worksheets/sheet1.xml', packed, size, crc: 0 })));
  return file;
}

/** An honest .xlsx of 200,000 members: far more than a group holds. */
function bigXlsxFile(): string {
  const rows = [`<row r="1">${inline('A1', 'Vorname')}${inline('B1', 'Name')}${inline('C1', 'Ort')}</row>`];
  for (let r = 2; r <= 200_001; r++) rows.push(`<row r="${r}">${inline(`A${r}`, `Anna${r}`)}${inline(`B${r}`, 'Muster')}${inline(`C${r}`, 'Bern')}</row>`);
  const file = path.join(temp, 'members-200000.xlsx');
  writeFileSync(file, zip(workbookParts(deflated('xl/worksheets/sheet1.xml', SHEET_START + rows.join('') + SHEET_END))));
  return file;
}

function bigCsvFile(): string {
  const lines = ['Vorname;Name;Strasse;PLZ;Ort'];
  for (let i = 0; i < 200_000; i++) lines.push(`Anna${i};Muster;Seeweg ${i};${6000 + (i % 1000)};Luzern`);
  const file = path.join(temp, 'members-200000.csv');
  writeFileSync(file, lines.join('\r\n'));
  return file;
}

function randomFile(name: string): string {
  const file = path.join(temp, name);
  writeFileSync(file, randomBytes(2 * 1024 * 1024));
  return file;
}

describe('hostile member lists are refused within bounds, in a child process', () => {
  const cases: [string, () => string, string][] = [
    // Cells right of column 200 are not kept, but their rows count: reading stops at the limit.
    ['a 600,000-row sheet with a cell in column XFD', xfdSheetFile, 'too-many'],
    ['a 3 MB zip bomb that says it unpacks to 3 GB', () => bombFile('bomb-honest.xlsx', 'truth'), 'too-big'],
    ['a 3 MB zip bomb that claims 20 MB but unpacks to 3 GB', () => bombFile('bomb-lying.xlsx', 'lie'), 'too-big'],
    ['a 200,000-row .xlsx', bigXlsxFile, 'too-many'],
    ['a 200,000-row CSV', bigCsvFile, 'too-many'],
    ['random bytes named .csv', () => randomFile('random.csv'), 'unreadable'],
    ['random bytes named .xlsx', () => randomFile('random.xlsx'), 'unreadable'],
  ];

  it.each(cases)('%s', (_, make, reason) => {
    const measured = readInChild(make());
    expect(measured.reason).toBe(reason);
    expect(measured.maxRssMb).toBeLessThan(MAX_RSS_MB);
    expect(measured.ms).toBeLessThan(MAX_READ_MS);
  }, 60_000);
});

describe('hostile member lists read in the test process', () => {
  it('refuses a sheet with a DOCTYPE ("billion laughs") without expanding anything', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>`;
    const sheet = `${laughs}<worksheet><sheetData><row r="1">${inline('A1', 'Vorname')}${inline('B1', 'Ort')}</row><row r="2">${inline('A2', '&lol2;')}${inline('B2', 'Bern')}</row></sheetData></worksheet>`;
    const file = path.join(temp, 'laughs.xlsx');
    writeFileSync(file, zip(workbookParts(deflated('xl/worksheets/sheet1.xml', sheet))));
    await expect(readMemberRows(file)).rejects.toMatchObject({ reason: 'unreadable' });
  });

  it('reads a hand-made sheet with entities, a prefix and no cell references as Excel shows it', async () => {
    const cells = '<x:c t="inlineStr"><x:is><x:t>Tom &amp; J&#233;r&#xF4;me</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Bern</x:t></x:is></x:c>';
    const sheet = `<x:worksheet xmlns:x="s"><x:sheetData><x:row>${inline('A1', 'Name')}${inline('B1', 'Ort')}</x:row><x:row>${cells}</x:row></x:sheetData></x:worksheet>`;
    const file = path.join(temp, 'prefixed.xlsx');
    writeFileSync(file, zip(workbookParts(deflated('xl/worksheets/sheet1.xml', sheet))));
    expect(await readMemberRows(file)).toEqual([
      { row: 1, cells: ['Name', 'Ort'] },
      { row: 2, cells: ['Tom & Jérôme', 'Bern'] },
    ]);
  });
});

describe('hidden direction controls in member lists', () => {
  // "Anna \u202Egnp.exe" shows as "Anna exe.png": the override must not reach the rows read.
  const tricked = 'Anna \u202egnp.exe\u202c';

  it('a CSV list with a right-to-left override in a name gives the name without it', async () => {
    const file = path.join(temp, 'override.csv');
    writeFileSync(file, `Vorname;Nachname;Ort\n${tricked};Muster\u2067;Bern\u200f\n`);
    const rows = await readMemberRows(file);
    expect(rows[1]?.cells).toEqual(['Anna gnp.exe', 'Muster', 'Bern']);
    expect(JSON.stringify(rows)).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
  });

  it('names the rows that had hidden characters removed, and only those', async () => {
    const file = path.join(temp, 'override-rows.csv');
    writeFileSync(file, `Vorname;Nachname;Ort
Beat;Keller;Biel
${tricked};Muster;Bern
Cla;Caduff;Chur
Dora;Egli\u200f;Thun
`);
    expect(await readMemberRowsChecked(file)).toMatchObject({ cleanedRows: [3, 5] });
  });

  it('an Excel list with a right-to-left override in a name gives the name without it', async () => {
    const sheet = `${SHEET_START}<row r="1">${inline('A1', 'Vorname')}${inline('B1', 'Ort')}</row><row r="2">${inline('A2', tricked)}${inline('B2', 'Bern')}</row>${SHEET_END}`;
    const file = path.join(temp, 'override.xlsx');
    writeFileSync(file, zip(workbookParts(deflated('xl/worksheets/sheet1.xml', sheet))));
    expect(await readMemberRows(file)).toEqual([
      { row: 1, cells: ['Vorname', 'Ort'] },
      { row: 2, cells: ['Anna gnp.exe', 'Bern'] },
    ]);
  });
});

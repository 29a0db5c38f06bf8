import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readMemberList, readMemberRows } from '../../main/members/read-member-list';
import type { Member } from '../../shared/members/member';

const corpus = (name: string) => path.join(import.meta.dirname, '../fixtures/members', name);
const temp = mkdtempSync(path.join(tmpdir(), 'member-lists-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Row = [row: number, firstName: string, lastName: string, street: string, postcode: string, city: string];
const rowsOf = (members: { row: number; member: Member }[]): Row[] =>
  members.map(({ row, member: m }) => [row, m.firstName, m.lastName, m.street, m.postcode, m.city]);

/** A character's Windows-1252 byte (the few 0x80–0x9F ones this test uses, else Latin-1). */
function cp1252(c: string): number {
  const high = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
  const at = high.indexOf(c);
  if (at >= 0) return [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f][at] as number;
  if (c.charCodeAt(0) > 0xff) throw new Error(`not in Windows-1252: ${c}`);
  return c.charCodeAt(0);
}

/** Every file of the corpus, and exactly the rows it must give (row numbers as Excel shows them). */
const EXPECTED: Record<string, { members: Row[]; problems?: { row: number; reason: string }[] }> = {
  'utf8-bom-semicolon-crlf.csv': {
    members: [
      [2, 'Anna', 'Müller', 'Bahnhofstrasse 3', '8001', 'Zürich'],
      [3, 'Jörg', 'Weiß', 'Gässli 7', '3000', 'Bern'],
    ],
  },
  'utf8-comma-lf.csv': {
    members: [
      [2, 'Zoë', 'Smith', 'Rue du Lac 1, app. 3', '1003', 'Lausanne'],
      [3, 'Jean "Jeannot"', 'Dupont', 'Chemin Vert 2', '1200', 'Genève'],
    ],
  },
  'windows-1252-semicolon.csv': {
    members: [
      [2, 'Hélène', 'Béguin', "Rue de l'Église 4", '2000', 'Neuchâtel'],
      [3, 'François', 'Müller', 'Grand-Rue 12', '1700', 'Fribourg'],
    ],
  },
  'tab-italian.tsv': {
    members: [
      [2, 'Lucia', 'Bernasconi', 'Via Nassa 5', '6900', 'Lugano'],
      [3, 'Marco', 'Rossi', 'Via del Corso 10', '00184', 'Roma'],
    ],
  },
  'sep-line-semicolon.csv': {
    members: [
      [2, 'Ann', 'Lee', 'Main Street 1, Flat 2', '0123', 'Basel'],
      [3, 'Bo', 'Ek', 'High Street 9', '4000', 'Basel'],
    ],
  },
  'quoted-newlines-crlf.csv': {
    members: [
      // "Seeweg 5⏎Postfach 12" in one cell: the second line becomes the address's second line.
      [2, 'Anna', 'Muster', 'Seeweg 5', '6000', 'Luzern'],
      [3, 'Beat', 'Ritter von Arx', 'Hauptgasse 1', '4500', 'Solothurn'],
      [4, 'Cla', 'Caflisch', 'Via Maistra 3', '7500', 'St. Moritz'],
    ],
  },
  'utf16-tab.txt': { members: [[2, 'René', 'Gärtner', 'Rosenweg 1', '3000', 'Bern']] },
  'broken-rows.csv': {
    members: [
      [2, 'Anna', 'Muster', 'Seeweg 5', '6000', 'Luzern'],
      [5, 'Cla', 'Caflisch', 'Via Maistra 3', '7500', 'St. Moritz'],
      [7, 'Dora', '', 'Dorfstrasse 2', '9000', 'St. Gallen'],
    ],
    problems: [
      { row: 3, reason: 'no-name' },
      { row: 4, reason: 'no-city' },
      { row: 8, reason: 'too-long' },
      // An opening quote never closed swallows the rest of the file: that row has no town.
      { row: 9, reason: 'no-city' },
    ],
  },
};

describe('member lists as Swiss and European exports come', () => {
  it.each(Object.entries(EXPECTED))('%s gives exactly the expected rows', async (file, expected) => {
    const list = await readMemberList(corpus(file));
    expect(rowsOf(list.members)).toEqual(expected.members);
    expect(list.problems).toEqual(expected.problems ?? []);
  });

  it('reads every Windows-1252 character as Excel wrote it: “Dubœuf” and “d’Aubigné” keep their œ and ’', async () => {
    // Node's own windows-1252 decoder turns 0x80–0x9F into control characters; the app's must not.
    const text = 'Vorname;Nachname;Strasse;PLZ;Ort\r\nRené;Dubœuf;Rue d’Aubigné 5;1204;Genève\r\nŠárka;„Müller“ – Žák;Weg 1 € 2;3000;Bern\r\n';
    const bytes = Uint8Array.from([...text].map((c) => cp1252(c)));
    const file = path.join(temp, 'excel-ansi.csv');
    writeFileSync(file, bytes);
    const { members } = await readMemberList(file);
    expect(members.map(({ member: m }) => [m.firstName, m.lastName, m.street])).toEqual([
      ['René', 'Dubœuf', 'Rue d’Aubigné 5'],
      ['Šárka', '„Müller“ – Žák', 'Weg 1 € 2'],
    ]);
  });

  it('keeps the language column and the country as text', async () => {
    const italian = await readMemberList(corpus('tab-italian.tsv'));
    expect(italian.members.map((m) => m.member.language)).toEqual(['it', 'Italiano']);
    const english = await readMemberList(corpus('utf8-comma-lf.csv'));
    expect(english.members.map((m) => m.member.country)).toEqual(['Switzerland', '']);
  });

  it('reads a 10,000-row list, every row, quickly', async () => {
    const lines = ['Vorname;Name;Strasse;PLZ;Ort'];
    for (let i = 0; i < 10_000; i++) lines.push(`Vorname${i};Name ${i};"Weg ${i}\nPostfach";0${i % 1000};Ort ${i}`);
    const file = path.join(temp, 'big.csv');
    writeFileSync(file, `${lines.join('\r\n')}\r\n;;;;\r\n`, 'latin1');
    const started = performance.now();
    const list = await readMemberList(file);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(list.members).toHaveLength(10_000);
    expect(list.problems).toEqual([]);
    expect(rowsOf(list.members.slice(-1))).toEqual([[10_001, 'Vorname9999', 'Name 9999', 'Weg 9999', '0999', 'Ort 9999']]);
  });

  it('reads .xlsx as text cells, keeping leading zeros typed as text, with Excel row numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Mitglieder');
    sheet.addRow(['Anrede', 'Vorname', 'Name', 'Strasse', 'PLZ', 'Ort']);
    sheet.addRow(['Frau', 'Anna', 'Müller', 'Seeweg 5', '00184', 'Roma']);
    sheet.addRow([]);
    sheet.addRow(['Herr', 'Beat', 'Ritter', 'Hauptgasse 1', 4500, 'Solothurn']);
    // Excel's "Zip Code" format on a number: Excel shows 00185, so must the letter.
    sheet.addRow(['Frau', 'Carla', 'Conti', 'Via Po 2', 185, 'Roma']).getCell(5).numFmt = '00000';
    // The same from a formula: what counts is the result Excel shows.
    sheet.addRow(['Herr', 'Dario', 'Bassi', 'Via Po 4', { formula: 'E5+1', result: 186 }, 'Roma']).getCell(5).numFmt = '00000';
    const file = path.join(temp, 'members.xlsx');
    await workbook.xlsx.writeFile(file);
    const list = await readMemberList(file);
    expect(rowsOf(list.members)).toEqual([
      [2, 'Anna', 'Müller', 'Seeweg 5', '00184', 'Roma'],
      [4, 'Beat', 'Ritter', 'Hauptgasse 1', '4500', 'Solothurn'],
      [5, 'Carla', 'Conti', 'Via Po 2', '00185', 'Roma'],
      [6, 'Dario', 'Bassi', 'Via Po 4', '00186', 'Roma'],
    ]);
  });

  it('reads an .xlsx cell in column XFD without making the 16,000 empty cells before it', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Mitglieder');
    sheet.addRow(['Vorname', 'Name', 'Ort']);
    sheet.addRow(['Anna', { richText: [{ text: 'Mül' }, { text: 'ler', font: { bold: true } }] }, 'Bern']);
    sheet.getCell('XFD2').value = 'a stray note';
    sheet.addRow(['Beat', 'Ritter', 'Solothurn']);
    const file = path.join(temp, 'xfd-note.xlsx');
    await workbook.xlsx.writeFile(file);
    const rows = await readMemberRows(file);
    expect(rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ['Vorname', 'Name', 'Ort']],
      [2, ['Anna', 'Müller', 'Bern']],
      [3, ['Beat', 'Ritter', 'Solothurn']],
    ]);
  });

  it('takes a list of exactly 20,000 members and refuses one more while reading, in words', async () => {
    const file = path.join(temp, 'limit.csv');
    const list = (count: number) => ['Vorname;Name;Ort', ...Array.from({ length: count }, (_, i) => `Anna${i};Muster;Bern`)].join('\r\n');
    writeFileSync(file, list(20_000));
    expect((await readMemberList(file)).members).toHaveLength(20_000);
    writeFileSync(file, list(20_001));
    await expect(readMemberRows(file)).rejects.toMatchObject({ reason: 'too-many', message: expect.stringContaining('over 20,000 members') });
  });

  it('refuses random bytes named .csv as not a member list, but keeps a list with one odd character', async () => {
    const file = path.join(temp, 'noise.csv');
    writeFileSync(file, Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    await expect(readMemberRows(file)).rejects.toMatchObject({ reason: 'unreadable' });
    writeFileSync(file, 'Vorname;Name;Ort\r\nAnna;M\u0001uster;Bern\r\nBeat;Ritter;Solothurn\r\n');
    expect((await readMemberList(file)).members).toHaveLength(2);
  });

  it('finds the header below a title line and keeps the spreadsheet row numbers', async () => {
    const file = path.join(temp, 'with-title.csv');
    const lines = ['Mitgliederliste Pfarrei St. Peter;;;;', 'Stand: 1.11.2026;;;;', ';;;;', 'Vorname;Name;Strasse;PLZ;Ort', 'Anna;Muster;Seeweg 5;6000;Luzern', ';Niemand;;;'];
    writeFileSync(file, lines.join('\r\n'));
    const list = await readMemberList(file);
    expect(list.headers).toEqual(['Vorname', 'Name', 'Strasse', 'PLZ', 'Ort']);
    expect(rowsOf(list.members)).toEqual([[5, 'Anna', 'Muster', 'Seeweg 5', '6000', 'Luzern']]);
    expect(list.problems).toEqual([{ row: 6, reason: 'no-city' }]);
    // A list whose first line is its header is read from there, even if a later line looks like one.
    writeFileSync(file, ['Vorname;Name;Ort', 'Name;Ort;Vorname', 'Anna;Muster;Luzern'].join('\n'));
    expect((await readMemberList(file)).members).toHaveLength(2);
  });

  it('says plainly why a list cannot be used', async () => {
    await expect(readMemberRows(path.join(temp, 'missing.csv'))).rejects.toMatchObject({ reason: 'unreadable' });
    const headerOnly = path.join(temp, 'header-only.csv');
    writeFileSync(headerOnly, 'Vorname;Name;Ort\r\n;;\r\n');
    await expect(readMemberRows(headerOnly)).rejects.toMatchObject({ reason: 'empty' });
    const notExcel = path.join(temp, 'not-really.xlsx');
    writeFileSync(notExcel, 'Vorname;Name\nAnna;Muster\n');
    await expect(readMemberRows(notExcel)).rejects.toMatchObject({ reason: 'unreadable' });
  });
});

import { writeFileSync } from 'node:fs';

/**
 * A parish's member list of any length, as a coordinator's CSV (semicolons, UTF-8). Names and
 * towns vary in length and carry accents, so letters differ the way real ones do; a few long
 * street names push the sender block onto extra lines.
 */
const FIRST = ['Anna', 'Jean-Pierre', 'Zoë', 'Marguerite', 'Luca', 'Hans-Ulrich', 'Chloé', 'Bruno', 'Élisabeth', 'Giovanni'];
const LAST = ['Müller', 'Rochat', 'Bianchi', 'Favre-Lüdenscheidt', 'Keller', 'Dubois', 'Rossi', 'Schneider', 'Perret', 'Huber'];
const TOWN = ['Lausanne', 'Bern', 'Fribourg', 'La Chaux-de-Fonds', 'Bellinzona', 'Zürich', 'Neuchâtel', 'Sion'];
const STREET = ['Rue du Lac', 'Bahnhofstrasse', 'Via Nassa', 'Chemin des Vignes-de-la-Côte', 'Marktgasse'];

export function memberListCsv(rows: number): string {
  const lines = ['First name;Last name;Street;Postcode;City'];
  for (let i = 0; i < rows; i++) {
    const pick = <T>(list: T[], step: number) => list[(i * step) % list.length] as T;
    lines.push([pick(FIRST, 1), pick(LAST, 3), `${pick(STREET, 7)} ${(i % 120) + 1}`, String(1000 + (i % 8999)), pick(TOWN, 5)].join(';'));
  }
  return lines.join('\n') + '\n';
}

export function writeMemberList(filePath: string, rows: number): string {
  writeFileSync(filePath, memberListCsv(rows), 'utf8');
  return filePath;
}

import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../main/export/file-names';
import { apiContract } from '../../shared/api/contract';

describe('names that become files', () => {
  it.each([
    ['Pfarrei St. Peter', 'Pfarrei St. Peter.csv'],
    ['nul', 'nul letter.csv'],
    // Windows opens the device for "NUL.txt.csv" too: whatever follows the first dot.
    ['NUL.txt', 'NUL letter.txt.csv'],
    ['com1.backup', 'com1 letter.backup.csv'],
    ['nul .txt', 'nul letter.txt.csv'],
    ['CONOUT$', 'CONOUT$ letter.csv'],
    ['console', 'console.csv'],
    // A leading dot hides a file on macOS and Linux; a trailing one Windows drops.
    ['.bashrc', 'bashrc.csv'],
    ['../../x', 'x.csv'],
    ['Ende. ', 'Ende.csv'],
    ['a<b>c:d"e|f?g*h', 'a b c d e f g h.csv'],
    ['line\nbreak\u0007', 'line break.csv'],
    ['', 'letter.csv'],
  ])('%j is saved as %j', (base, expected) => {
    expect(safeFileName(base, 'csv')).toBe(expected);
  });

  it('cuts a very long name to 120 characters, never inside a character', () => {
    const name = safeFileName('😀'.repeat(200), 'pdf');
    expect(Array.from(name.replace(/\.pdf$/, ''))).toHaveLength(120);
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('refuses group ids that Windows reserves for devices, since a group id names its file', () => {
    const save = (id: string) => apiContract.saveGroup.input.safeParse({ id, name: 'Zug', members: [] }).success;
    for (const id of ['nul', 'con', 'aux', 'prn', 'com1', 'lpt9']) expect(save(id), id).toBe(false);
    expect(save('nul-group')).toBe(true);
    expect(save('3f2b8c1e-0d7a-4c36-9b1e-5a6f0e2d4c11')).toBe(true);
  });
});

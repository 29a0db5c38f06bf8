import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../support/fuzz-runs';
import { decodeText } from '../../main/text/decode-text';
import { parseMemberCsv } from '../../main/members/parse-csv';
import { groupToCsv } from '../../main/services/batch/group-csv';
import { MEMBER_COLUMNS } from '../../shared/members/columns';
import type { Member } from '../../shared/members/member';
import { membersFromRows } from '../../shared/members/member-rows';

/** Text a member list may hold: separators, quotes, line breaks, accents and formula starts. */
const cellText = fc.string({
  unit: fc.constantFrom('a', 'Z', 'ü', 'é', ' ', ';', ',', '\t', '"', "'", '\n', '\r\n', '=', '+', '-', '@', '0', '7', 'ß', '€'),
  maxLength: 20,
});

const member = fc.record(Object.fromEntries(MEMBER_COLUMNS.map((c) => [c, cellText])) as Record<keyof Member, typeof cellText>);

describe('member lists against generated input', () => {
  it('never crashes or hangs on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const rows = parseMemberCsv(decodeText(bytes));
        const list = membersFromRows(rows);
        expect(list.members.length + list.problems.length).toBeLessThanOrEqual(Math.max(rows.length - 1, 0));
      }),
      { numRuns: fuzzRuns(500), interruptAfterTimeLimit: fuzzRuns(20_000) },
    );
  });

  it('never crashes on any text with list-like structure', () => {
    const line = fc.array(cellText, { maxLength: 8 }).map((cells) => cells.join(';'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const rows = parseMemberCsv(`sep=;${eol}Vorname;Name;Ort${eol}${lines.join(eol)}`);
        for (const { row } of rows) expect(row).toBeGreaterThan(0);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });

  it('reads back every group it writes as CSV, cell for cell', () => {
    // Every generated member has a name and a town, so every row must come back as a member.
    const usable = member.map((m) => ({ ...m, lastName: `L${m.lastName}`, city: `C${m.city}` }));
    fc.assert(
      fc.property(fc.array(usable, { minLength: 1, maxLength: 15 }), fc.constantFrom('en', 'fr', 'de', 'it'), (members, lang) => {
        const bytes = new TextEncoder().encode(groupToCsv(members, lang));
        const back = membersFromRows(parseMemberCsv(decodeText(bytes)));
        // Cells are read as one line with single spaces: what a letter's address takes.
        const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
        // A street cell's second line goes to the second address line, before that column's own text.
        const expected = members.map((m) => {
          const [street = '', ...more] = m.street.split(/\r?\n/).filter((line) => line.trim());
          const row = Object.fromEntries(MEMBER_COLUMNS.map((c) => [c, tidy(m[c])]));
          return { ...row, street: tidy(street), addressLine2: [tidy(more.join(' ')), tidy(m.addressLine2)].filter(Boolean).join(' ') };
        });
        expect(back.problems.filter((p) => p.reason !== 'too-long')).toEqual([]);
        expect(back.members.map((m) => m.member)).toEqual(expected.filter((_, i) => !back.problems.some((p) => p.row === i + 2)));
      }),
      { numRuns: fuzzRuns(300) },
    );
  });
});

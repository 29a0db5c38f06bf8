import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { campaignSchema } from '../../shared/campaign/schema';
import { DEFAULT_LAYOUT } from '../../shared/letter/layouts';
import { documentText } from '../../shared/letter/model';
import { composeMemberLetters, type BatchSettings } from '../../shared/members/batch-letters';
import { emptyMember } from '../../shared/members/member-rows';
import { batchSettingsSchema } from '../../shared/api/operations/batch-ops';
import { parseExportArgs, UsageError } from '../../main/cli/cli-args';
import { batchSettingsFor, choicePicks, ExportError } from '../../main/cli/export-settings';
import { BUNDLED_CAMPAIGNS_DIR } from '../../main/paths';

const campaign = campaignSchema.parse(JSON.parse(readFileSync(path.join(BUNDLED_CAMPAIGNS_DIR, 'azerbaijan-2020.appeal'), 'utf8')));
const anna = { ...emptyMember(), firstName: 'Anna', lastName: 'Muster', city: 'Bern', language: 'fr' };
const beat = { ...emptyMember(), firstName: 'Beat', lastName: 'Keller', city: 'Thun', language: 'de' };
const settings: BatchSettings = {
  campaignId: campaign.id,
  langMode: 'one',
  lang: 'en',
  salutationIndex: 0,
  layout: DEFAULT_LAYOUT,
  withCopies: true,
  date: '2026-11-28',
};
const text = (docs: ReturnType<typeof composeMemberLetters>) => docs.map((d) => documentText(d).join('\n'));

describe('the wording picked once for a batch', () => {
  it('is in every letter of the batch, the embassy copies included', () => {
    const letters = [anna, beat].flatMap((m) => composeMemberLetters(campaign, m, { ...settings, choices: [1] }));
    expect(letters).toHaveLength(4);
    for (const letter of text(letters)) expect(letter).toContain('As a supporter of ACAT-Switzerland');
  });

  it('takes the same position in each member’s own language', () => {
    const [fr, de] = [anna, beat].map((m) => text(composeMemberLetters(campaign, m, { ...settings, langMode: 'own', choices: [1] }))[0]);
    expect(fr).toContain('En tant que sympathisant');
    expect(de).toContain('Als Sympathisant');
  });

  it('is the first option when nothing was picked, as in print-log entries saved before', () => {
    expect(text(composeMemberLetters(campaign, anna, settings))[0]).toContain('As a member of ACAT-Switzerland');
    const old = batchSettingsSchema.parse({ ...settings, choices: undefined });
    expect(old.choices).toEqual([]);
  });
});

describe('npm run export … --choice', () => {
  const base = ['--campaign', 'x', '--lang', 'en', '--members', 'm.csv', '--format', 'pdf', '--out', 'o.pdf'];

  it('reads each --choice as a choice number and an option, by its words or its number', () => {
    expect(parseExportArgs([...base, '--choice', '1=supporter', '--choice', '2=1']).choices).toEqual([
      { choice: 1, option: 'supporter' },
      { choice: 2, option: '1' },
    ]);
    expect(parseExportArgs(base).choices).toEqual([]);
    expect(() => parseExportArgs([...base, '--choice', 'supporter'])).toThrow(UsageError);
    expect(() => parseExportArgs([...base, '--choice', '0=member'])).toThrow(UsageError);
  });

  it('writes the picked wording in every letter', () => {
    const args = { lang: 'en', salutation: 1, layout: 'ch-right' as const, withCopies: false };
    const byWords = composeMemberLetters(campaign, anna, batchSettingsFor(campaign, { ...args, choices: [{ choice: 1, option: 'Supporter' }] }, '2026-11-28'));
    const byNumber = composeMemberLetters(campaign, anna, batchSettingsFor(campaign, { ...args, choices: [{ choice: 1, option: '2' }] }, '2026-11-28'));
    for (const docs of [byWords, byNumber]) expect(text(docs)[0]).toContain('As a supporter of ACAT-Switzerland');
  });

  it('says what the text offers when a choice or an option does not exist', () => {
    const body = campaign.languages.en?.body ?? '';
    expect(() => choicePicks(body, [{ choice: 9, option: 'x' }])).toThrow(ExportError);
    expect(() => choicePicks(body, [{ choice: 1, option: 'friend' }])).toThrow(/1 "member", 2 "supporter"/);
    expect(() => choicePicks(body, [{ choice: 1, option: '3' }])).toThrow(ExportError);
  });
});

import { describe, expect, it } from 'vitest';
import type { CampaignDraft } from '../../shared/campaign/draft';
import { draftProblems, isRealIsoDate } from '../../shared/campaign/draft-problems';
import { boldEdit, choiceSnippet, listEdit } from '../../renderer/src/editor/text-edits';
import { sectionOf } from '../../renderer/src/editor/sections';
import en from '../../shared/i18n/locales/en/editor.json';
import fr from '../../shared/i18n/locales/fr/editor.json';
import de from '../../shared/i18n/locales/de/editor.json';
import it_ from '../../shared/i18n/locales/it/editor.json';
import { blankCampaign } from './support/fake-draft-api';

function ready(): CampaignDraft {
  return {
    ...blankCampaign(),
    recipient: { role: 'head-of-state', gender: 'male', name: 'Ilham Aliyev', address: ['Mr. Ilham Aliyev', 'AZ1066 Baku'] },
    languages: { en: { title: 'Free the singer', body: 'As a {{member|supporter}} from {{sender.city}}, I ask you.' } },
  };
}

const keysOf = (draft: CampaignDraft) => draftProblems(draft).map((p) => `${p.field} ${p.key}`);

describe('what stops a draft from becoming a campaign', () => {
  it('finds nothing in a draft with everything a campaign needs', () => {
    expect(draftProblems(ready())).toEqual([]);
  });

  it('names the required fields that are empty, each at its field', () => {
    expect(keysOf(blankCampaign())).toEqual([
      'recipient.name nameMissing',
      'recipient.address addressMissing',
      'languages.en.title titleMissing',
      'languages.en.body bodyMissing',
    ]);
    expect(keysOf({ ...ready(), languages: {} })).toEqual(['languages noLanguage']);
    expect(keysOf({ ...ready(), publisher: ' ', published: '' })).toEqual(['publisher publisherMissing', 'published publishedMissing']);
  });

  it('counts the address lines an envelope prints, blank ones left out, against its six', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i + 1}`);
    expect(keysOf({ ...ready(), recipient: { ...ready().recipient, address: [...lines(6), '', '  '] } })).toEqual([]);
    const seven = draftProblems({ ...ready(), recipient: { ...ready().recipient, address: lines(7) } });
    expect(seven).toEqual([{ field: 'recipient.address', key: 'addressTooLong', params: { count: 7, max: 6 } }]);
  });

  it('checks copies like the recipient, but not one left untouched', () => {
    const copies = [
      { role: 'ambassador' as const, gender: 'unspecified' as const, name: '', address: ['Embassy of Azerbaijan'] },
      { role: 'official' as const, gender: 'unspecified' as const, name: '', address: ['', ''] },
    ];
    expect(keysOf({ ...ready(), copies })).toEqual(['copies.0.name nameMissing']);
  });

  it('names unknown fields, empty choices and unclosed braces in the body', () => {
    const body = 'From {{sender.town}} and {{sender.town}}, a {{member|}} {{}} {{open';
    expect(draftProblems({ ...ready(), languages: { fr: { title: 'T', body } } })).toEqual([
      { field: 'languages.fr.body', key: 'unknownField', params: { field: 'sender.town' } },
      { field: 'languages.fr.body', key: 'emptyPlaceholder', params: { braces: '{{}}' } },
      { field: 'languages.fr.body', key: 'emptyChoice', params: { choice: '{{member|}}' } },
      { field: 'languages.fr.body', key: 'unclosedPlaceholder', params: { open: '{{', close: '}}' } },
    ]);
  });

  it('wants both halves of an own greeting, and a real language code', () => {
    const salutations = [
      { salutation: 'Excellence,', closing: '' },
      { salutation: '', closing: '' },
    ];
    expect(keysOf({ ...ready(), languages: { 'x!': { title: 'T', body: 'B', salutations } } })).toEqual([
      'languages.x! languageCodeInvalid',
      'languages.x!.salutations.0 salutationIncomplete',
    ]);
  });

  it('checks the dates as calendar days, and the deadline after the appeal', () => {
    expect(isRealIsoDate('2026-02-29')).toBe(false);
    expect(isRealIsoDate('2028-02-29')).toBe(true);
    expect(keysOf({ ...ready(), published: '2026-02-30' })).toEqual(['published dateInvalid']);
    expect(keysOf({ ...ready(), published: '2026-03-01', deadline: '2026-02-01' })).toEqual(['deadline deadlineBeforePublished']);
    expect(keysOf({ ...ready(), deadline: '' })).toEqual([]);
  });

  it('puts every problem on the screen of its field', () => {
    expect(['recipient.name', 'copies.2.address', 'languages.fr.body', 'languages.fr.salutations.0', 'deadline'].map(sectionOf)).toEqual([
      'recipient',
      'copies',
      'text',
      'extras',
      'details',
    ]);
  });

  it('words every problem in all four languages', () => {
    const keys = Object.keys(en.problems).sort();
    for (const catalogue of [fr, de, it_]) expect(Object.keys(catalogue.problems).sort()).toEqual(keys);
  });
});

describe('what the body’s buttons do', () => {
  it('makes the selected words bold, spaces outside the stars, or offers words to type over', () => {
    expect(boldEdit('Free him now', 5, 9, 'x')).toEqual({ start: 5, end: 9, text: '**him** ', select: [2, 5] });
    expect(boldEdit('Free him now', 4, 9, 'x').text).toBe(' **him** ');
    expect(boldEdit('Free', 4, 4, 'important words')).toEqual({ start: 4, end: 4, text: '**important words**', select: [2, 17] });
  });

  it('makes the touched lines a list, apart from the paragraph after it', () => {
    const text = 'We ask:\nFree him\nDrop the charges\nThank you.';
    const edit = listEdit(text, text.indexOf('Free'), text.indexOf('charges'));
    expect(edit.text).toBe('- Free him\n- Drop the charges\n');
    const result = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    expect(result).toBe('We ask:\n- Free him\n- Drop the charges\n\nThank you.');
    expect(listEdit('', 0, 0).text).toBe('- ');
  });

  it('makes a choice of the words typed, without the characters that would break it', () => {
    expect(choiceSnippet(['member', ' supporter ', ''])).toBe('{{member|supporter}}');
    expect(choiceSnippet(['a|b', '{c}'])).toBe('{{ab|c}}');
  });
});

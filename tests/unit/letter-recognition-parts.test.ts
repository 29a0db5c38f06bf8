import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { campaignIdSchema } from '../../shared/campaign/schema';
import { choicesOf, unknownFields } from '../../shared/campaign/template';
import { markdownToBlocks } from '../../shared/letter/markdown-blocks';
import {
  BLANK,
  addLanguageToDraft,
  cleanLetterText,
  draftFromRecognition,
  draftIdFor,
  joinWrappedLines,
  recogniseLetter,
} from '../../shared/campaign/from-letter';
import { bodyMarkdown } from '../../shared/campaign/from-letter/body-markdown';
import { fuzzRuns } from '../support/fuzz-runs';

const cleaned = (text: string) => cleanLetterText(text).map((line) => line.text);
const printed = (markdown: string) =>
  markdownToBlocks(markdown, (text) => text).map((block) =>
    block.kind === 'paragraph'
      ? { paragraph: block.runs.map((run) => run.text).join('') }
      : block.kind === 'list'
        ? { list: block.items.map((runs) => runs.map((run) => run.text).join('')) }
        : { other: block.kind },
  );

describe('cleaning the extracted text', () => {
  it('drops bookmarks, field codes, broken references, zero-width and control characters', () => {
    expect(
      cleaned(
        '[bookmark: _Hlk524538026]According to { PAGE } several\u200b sources\u00ad{ IF { MERGEFIELD Gender } = "f" "Frau" "Herr" }\u0007 Error! Bookmark not defined.',
      ),
    ).toEqual(['According to several sources']);
    expect(cleaned('See HYPERLINK "https://www.acat.ch" \\o "ACAT" www.acat.ch')).toEqual(['See www.acat.ch']);
    expect(cleaned('Dear MERGEFIELD Anrede \\* MERGEFORMAT Sir')).toEqual(['Dear Sir']);
    expect(cleaned('Name: FORMTEXT')).toEqual(['Name:']);
  });

  it('makes spaces plain and keeps line structure (CRLF, vertical tab, page break)', () => {
    expect(cleaned('Lieu,\u00a0date\u202f:\ta\r\nb\vc\fd')).toEqual(['Lieu, date : a', 'b', 'c', 'd']);
  });

  it('reads underscores, dot leaders and ellipses as blanks, not as text', () => {
    const lines = cleanLetterText(
      'Ort, Datum: ______\nLieu, date : ……\nName\t.............\nFirma: . . . . . .\nLuogo e data: …\nNo blank... here.',
    );
    expect(lines.map((line) => line.text)).toEqual([
      `Ort, Datum: ${BLANK}`,
      `Lieu, date : ${BLANK}`,
      `Name ${BLANK}`,
      `Firma: ${BLANK}`,
      `Luogo e data: ${BLANK}`,
      'No blank... here.',
    ]);
    expect(lines.map((line) => line.blanks)).toEqual([1, 1, 1, 1, 1, 0]);
  });

  it('joins a paragraph hard-wrapped by a PDF, and nothing else', () => {
    const never = { capitalised: false, keepApart: () => false };
    const join = (text: string, rules = never) => joinWrappedLines(cleanLetterText(text), rules).map((line) => line.text);
    expect(join('I am writing to you regarding the situation of\nthe Armenian population.')).toEqual([
      'I am writing to you regarding the situation of the Armenian population.',
    ]);
    // A sentence's end, a short line, an empty line, a capital: separate lines.
    expect(join('This sentence is complete and ends here.\nthen more')).toHaveLength(2);
    expect(join('Herrn Dmitri Wolkow\nul. Malyschewa 15')).toHaveLength(2);
    expect(join('I am writing to you regarding the situation of\n\nthe Armenian population.')).toHaveLength(3);
    expect(join('I am writing to you regarding the situation of\nThe Armenian population.')).toHaveLength(2);
    // In a body, PDFs also break before capitals (German nouns) once the line is long.
    const body = { capitalised: true, keepApart: () => false };
    expect(join('Nach Angaben seiner Anwältin wurde er in den ersten Tagen seiner Haft\nGeschlagen.', body)).toHaveLength(1);
    expect(join('Die Lage der Menschenrechte in der Region bleibt sehr besorgniserregend-\nderzeit.', body)).toEqual([
      'Die Lage der Menschenrechte in der Region bleibt sehr besorgniserregend-derzeit.',
    ]);
    // Across one empty line only in spaced text, and only for a lower-case continuation.
    const spaced = { capitalised: true, acrossEmptyLine: true, keepApart: () => false };
    expect(join('I am writing to you regarding the situation of\n\nthe Armenian population.', spaced)).toEqual([
      'I am writing to you regarding the situation of the Armenian population.',
    ]);
    expect(join('I am writing to you regarding the situation of\n\nThe Armenian population.', spaced)).toHaveLength(3);
    const apart = { capitalised: true, keepApart: () => true };
    expect(join('I am writing to you regarding the situation of\nthe Armenian population.', apart)).toHaveLength(2);
  });
});

describe('the body as Markdown', () => {
  it('escapes what Markdown would read, so that the letter prints as written', () => {
    const lines = [
      '1999. The year it began.',
      '* Name changed.',
      '# not a heading, > not a quote, + not an item',
      'Use <b>bold</b> &amp; *stars* or _underscores_ and `ticks` [link](x) \\ back',
      '-30 °C in the cells, = worse than ~ last year | says a guard',
      'Literal {{sender.city}} and {{a|b}} stay text.',
    ];
    const { markdown, choices } = bodyMarkdown(lines);
    expect(choices).toBe(0);
    expect(printed(markdown)).toEqual(lines.map((paragraph) => ({ paragraph })));
    expect(choicesOf(markdown)).toEqual([]);
    expect(unknownFields(markdown)).toEqual([]);
  });

  it('makes bullet and numbered lists; a lone numbered line stays a sentence', () => {
    const { markdown } = bodyMarkdown([
      'I urge you to:',
      '• free him;',
      '· protect him;',
      '– investigate.',
      '12. März: er wurde verhaftet.',
      '1) first',
      '2) second',
      'a) alpha',
      'b) beta',
      '(3) third of a list starting at three',
      '(4) fourth',
    ]);
    expect(printed(markdown)).toEqual([
      { paragraph: 'I urge you to:' },
      { list: ['free him;', 'protect him;', 'investigate.'] },
      { paragraph: '12. März: er wurde verhaftet.' },
      { list: ['first', 'second'] },
      { list: ['alpha', 'beta'] },
      { list: ['third of a list starting at three', 'fourth'] },
    ]);
    // Lists in a row alternate their delimiter, or Markdown would make them one list.
    expect(markdown).toContain('1. first\n2. second\n\n1) alpha\n2) beta\n\n3. third');
  });

  it('turns a "word/word" alternative into a choice, and leaves conjunctions, gender endings and addresses alone', () => {
    const { markdown, choices } = bodyMarkdown([
      'As a member/supporter, (Mitglied/Sympathisant), als Unterstützer/in und/oder Bürger/innen.',
      'See www.acat.ch/fr or 12/03 and membre/sympathisant/ami.',
    ]);
    expect(choices).toBe(3);
    expect(choicesOf(markdown).map((choice) => choice.options)).toEqual([
      ['member', 'supporter'],
      ['Mitglied', 'Sympathisant'],
      ['membre', 'sympathisant', 'ami'],
    ]);
    expect(markdown.split('\n\n')[0]).toBe('As a {{member|supporter}}, ({{Mitglied|Sympathisant}}), als Unterstützer/in und/oder Bürger/innen.');
  });
});

const letter = (...lines: string[]) => lines.join('\n');

describe('recognising letters of other shapes', () => {
  it('says what it did not find: no address, no salutation, no closing', () => {
    const result = recogniseLetter(
      letter('I write to you about the journalist who was arrested last week in the capital city.', 'Please release him.'),
      { language: 'en' },
    );
    expect(result.recipient).toBeNull();
    expect(result.parts.map((part) => [part.part, part.reasons])).toEqual([
      ['recipient', ['addressNotFound']],
      ['body', ['salutationNotFound', 'closingNotFound']],
    ]);
    expect(printed(result.body)).toHaveLength(2);
  });

  it('reads a German salutation with a comma and a body in lower case, a written date, a subject under its label', () => {
    const result = recogniseLetter(
      letter(
        'Bern, 12. März 2024',
        'Herrn Präsidenten',
        'Ilham Alijew',
        'Präsidialverwaltung',
        'Istiqlaliyyat-Strasse 19',
        'AZ1066 Baku',
        '',
        'Betreff:',
        'Bergkarabach – Schutz der Bevölkerung',
        '',
        'Sehr geehrter Herr Präsident,',
        'ich schreibe Ihnen wegen der Lage der armenischen Bevölkerung in Bergkarabach.',
        'Mit freundlichen Grüßen',
      ),
    );
    expect(result.language).toBe('de');
    expect(result.senderBlanks).toEqual(['placeDate']);
    expect(result.recipient).toMatchObject({ name: 'Ilham Alijew', role: 'head-of-state', gender: 'male' });
    expect(result.subject).toBe('Bergkarabach – Schutz der Bevölkerung');
    expect(result.parts.find((part) => part.part === 'subject')?.original).toBe('Betreff:\nBergkarabach – Schutz der Bevölkerung');
    expect(result.salutation).toBe('Sehr geehrter Herr Präsident,');
    expect(result.body).toBe('ich schreibe Ihnen wegen der Lage der armenischen Bevölkerung in Bergkarabach.');
    expect(result.closing).toBe('Mit freundlichen Grüßen');
    expect(result.ownSalutations).toBeUndefined();
  });

  it('takes role and gender from the salutation when the address has no title, and marks them', () => {
    const result = recogniseLetter(
      letter('APPEAL LETTER', '', 'Ilham Aliyev', 'Presidential Palace', '1066 Baku', '', 'Dear Madam President,', 'I write to you.', 'Yours respectfully,'),
    );
    expect(result.recipient).toEqual({
      role: 'head-of-state',
      gender: 'female',
      name: 'Ilham Aliyev',
      address: ['Ilham Aliyev', 'Presidential Palace', '1066 Baku'],
    });
    expect(result.unplaced).toEqual(['APPEAL LETTER']);
    expect(result.parts[0]?.reasons).toEqual([]);
    const unsure = recogniseLetter(letter('Ilham Aliyev', 'Istiqlaliyyat Street 19', '1066 Baku', '', 'Your Excellency,', 'I write.', 'Respectfully yours,'));
    expect(unsure.recipient).toMatchObject({ role: 'head-of-state', gender: 'unspecified' });
    expect(unsure.parts[0]?.reasons).toEqual(['roleGuessed', 'genderGuessed']);
  });

  it('keeps a salutation with an office where the tables have a name as the letter\'s own', () => {
    const result = recogniseLetter(letter('Egregio Signor Presidente,', 'le scrivo per chiedere la sua liberazione.', 'Distinti saluti'));
    expect(result.language).toBe('it');
    expect(result.ownSalutations).toEqual([{ salutation: 'Egregio Signor Presidente,', closing: 'Distinti saluti' }]);
    expect(result.parts.map((part) => [part.part, part.reasons])).toEqual([
      ['recipient', ['addressNotFound']],
      ['salutation', ['salutationNotInTables']],
      ['body', ['languageGuessed']],
      ['closing', []],
    ]);
  });

  it('finds the family name a salutation uses ("Dear President Xi,")', () => {
    const result = recogniseLetter(letter('Mr. Xi Jinping', 'President of the People’s Republic of China', 'Zhongnanhai', '100017 Beijing', '', 'Dear President Xi,', 'I write.', 'Yours sincerely,'));
    expect(result.recipient).toMatchObject({ name: 'Xi Jinping', familyName: 'Xi', role: 'head-of-state' });
    expect(result.ownSalutations).toBeUndefined();
  });

  it('recognises offices: court presidents, ambassadors, prime ministers, feminine titles', () => {
    const roleOf = (lines: string[], salutation: string) =>
      recogniseLetter(letter(...lines, '', salutation, 'Texte de la lettre.', 'Veuillez agréer, Madame, mes salutations.')).recipient;
    expect(roleOf(['Monsieur Jean Kamga', 'Président de la Cour suprême', '1000 Yaoundé'], 'Monsieur le Président,')).toMatchObject({
      role: 'judge',
      gender: 'male',
    });
    expect(roleOf(['Botschafterin der Republik X', 'Anna Petrova', 'Thunstrasse 1', '3005 Bern'], 'Exzellenz')).toMatchObject({
      role: 'ambassador',
      gender: 'female',
      name: 'Anna Petrova',
    });
    expect(roleOf(['Herrn Ministerpräsident Viktor Orbán'.replace('Ministerpräsident ', ''), 'Ministerpräsident von Ungarn', '1055 Budapest'], 'Exzellenz')).toMatchObject({
      role: 'head-of-government',
    });
    expect(roleOf(['Mme Awa Diop', 'Directrice de la prison centrale', 'BP 12', 'Dakar'], 'Madame la Directrice,')).toMatchObject({
      role: 'official',
      gender: 'female',
    });
  });

  it('reads copies: "cc" with an embassy, an article after the label, another office (a guess)', () => {
    const result = recogniseLetter(
      letter(
        'Mr. Rajan Thapa',
        'Prime Minister of Nepal',
        'Singha Durbar',
        'Kathmandu 44600',
        '',
        'Dear Prime Minister,',
        'I write.',
        'Yours sincerely,',
        '',
        'cc: Embassy of Nepal, Im Hag 15, 53179 Bonn',
        'Kopie an die Botschaft von Nepal, Im Hag 15, 53179 Bonn',
        'Copy to: UN Special Rapporteur on torture, Palais des Nations, 1211 Geneva 10',
      ),
    );
    expect(result.copies.map(({ name, role }) => [name, role])).toEqual([
      ['Embassy of Nepal', 'ambassador'],
      ['Botschaft von Nepal', 'ambassador'],
      ['UN Special Rapporteur on torture', 'official'],
    ]);
    expect(result.parts.find((part) => part.part === 'copies')?.reasons).toEqual(['copyRoleGuessed']);
  });

  it('reads a copy line directly above the address before the salutation', () => {
    const result = recogniseLetter(
      letter(
        'Copie : Ambassade du Cameroun, Brunnadernrain 29, 3006 Berne',
        'Madame Laurence Mbarga',
        'Ministre de la Justice',
        'BP 466',
        'Yaoundé',
        '',
        'Madame la Ministre,',
        'Je vous écris.',
        "Veuillez agréer, Madame la Ministre, l'expression de ma haute considération.",
      ),
    );
    expect(result.copies.map((copy) => copy.name)).toEqual(['Ambassade du Cameroun']);
    expect(result.recipient?.address).toEqual(['Madame Laurence Mbarga', 'Ministre de la Justice', 'BP 466', 'Yaoundé']);
  });

  it('detects the language from its words when no salutation tells it', () => {
    const lang = (text: string) => recogniseLetter(text).language;
    expect(lang('Wir bitten Sie, die Gefangenen freizulassen, und danken Ihnen für Ihre Aufmerksamkeit.')).toBe('de');
    expect(lang('Nous vous demandons de libérer les prisonniers et vous remercions de votre attention.')).toBe('fr');
    expect(lang('Le chiediamo di liberare i prigionieri e la ringraziamo per la sua attenzione.')).toBe('it');
    expect(lang('We ask you to release the prisoners and thank you for your attention.')).toBe('en');
    expect(recogniseLetter('Bonjour', { language: 'fr-CH' }).language).toBe('fr-CH');
  });
});

describe('draft ids', () => {
  it('are the publication month and the title, in ASCII', () => {
    expect(draftIdFor('Aserbaidschan: Schutz', '2026-12-03')).toBe('2026-12-aserbaidschan-schutz');
    expect(draftIdFor('Côte d’Ivoire – Œuvre ß Ærø', '2026-01-15')).toBe('2026-01-cote-d-ivoire-oeuvre-ss-aero');
    expect(draftIdFor('', '2026-01-15')).toBe('2026-01-letter');
    expect(draftIdFor('!!', 'soon')).toBe('letter');
    const long = draftIdFor('word '.repeat(40), '2026-01-15');
    expect(long.length).toBeLessThanOrEqual(81);
    expect(long.endsWith('-word')).toBe(true);
  });

  it('always match the campaign id pattern', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 12 }), (title, published) => {
        expect(campaignIdSchema.safeParse(draftIdFor(title, published)).success).toBe(true);
      }),
      { numRuns: fuzzRuns(300) },
    );
  });
});

describe('comparing recipients across languages', () => {
  const base = recogniseLetter(
    letter('Mr. Ilham Aliyev', 'President of the Republic of Azerbaijan', 'Istiqlaliyyat Street 19', '1066 Baku', '', 'Dear Mr. President,', 'I write.', 'Yours respectfully,'),
  );
  const draft = draftFromRecognition(base, { published: '2026-12-01' });

  it('ignores titles, accents, case and word order in the name, and translated address words', () => {
    const other = recogniseLetter(
      letter('M. ALIYEV Ilham', 'Président de la République', '19, rue Istiqlaliyyat', '1066 Bakou', '', 'Monsieur le Président,', 'Je vous écris.', 'Veuillez agréer, Monsieur le Président, mes salutations.'),
    );
    expect(addLanguageToDraft(draft, other).recipientDifferences).toEqual([]);
  });

  it('reports a different street number or postcode as a different address', () => {
    const moved = recogniseLetter(
      letter('M. Ilham Aliyev', 'Président de la République', '21, rue Istiqlaliyyat', '1066 Bakou', '', 'Monsieur le Président,', 'Je vous écris.', 'Veuillez agréer, Monsieur le Président, mes salutations.'),
    );
    expect(addLanguageToDraft(draft, moved).recipientDifferences).toEqual(['address']);
  });

  it('reports nothing when the second letter has no address', () => {
    const bare = recogniseLetter('Monsieur le Président,\nJe vous écris.\nVeuillez agréer, Monsieur le Président, mes salutations.');
    const added = addLanguageToDraft(draft, bare);
    expect(added.recipientDifferences).toEqual([]);
    expect(added.draft.recipient).toEqual(draft.recipient);
  });
});

import { describe, expect, it } from 'vitest';
import { GENDERS, ROLES, type Gender, type Person, type Role } from '../../shared/campaign/schema';
import { endonymOf, letterPhrases, offeredForms, salutationFor } from '../../shared/letter/languages';

const LANGS = ['en', 'fr', 'de', 'it', 'es'] as const;
type Lang = (typeof LANGS)[number];
type Pair = readonly [salutation: string, closing: string];

function person(role: Role, gender: Gender, extra: Partial<Person> = {}): Person {
  return { role, gender, name: 'Ilham Aliyev', address: ['Presidential Palace', '1066 Baku'], ...extra };
}

// The first (default) pair a member sees, per language, role and gender, for "Ilham Aliyev".
// Written out from forms-of-address.md and campaign-format.md, not from the implementation.
const FR_VERY_HIGH = (appel: string) => `Veuillez agréer, ${appel}, l'expression de ma très haute considération.`;
const FR_HIGH = (appel: string) => `Veuillez agréer, ${appel}, l'expression de ma haute considération.`;
const IT_HIGHEST = (appel: string) => `Voglia gradire, ${appel}, i sensi della mia più alta considerazione.`;

const FIRST_PAIR: Record<Lang, Record<Role, Record<Gender, Pair>>> = {
  en: {
    'head-of-state': {
      male: ['Dear Mr. President,', 'Yours respectfully,'],
      female: ['Dear Madam President,', 'Yours respectfully,'],
      unspecified: ['Your Excellency,', 'Respectfully yours,'],
    },
    'head-of-government': {
      male: ['Dear Prime Minister,', 'Yours sincerely,'],
      female: ['Dear Prime Minister,', 'Yours sincerely,'],
      unspecified: ['Dear Prime Minister,', 'Yours sincerely,'],
    },
    minister: {
      male: ['Dear Minister,', 'Yours sincerely,'],
      female: ['Dear Minister,', 'Yours sincerely,'],
      unspecified: ['Dear Minister,', 'Yours sincerely,'],
    },
    ambassador: {
      male: ['Your Excellency,', 'Respectfully yours,'],
      female: ['Your Excellency,', 'Respectfully yours,'],
      unspecified: ['Your Excellency,', 'Respectfully yours,'],
    },
    prosecutor: {
      male: ['Dear Attorney General,', 'Yours sincerely,'],
      female: ['Dear Attorney General,', 'Yours sincerely,'],
      unspecified: ['Dear Attorney General,', 'Yours sincerely,'],
    },
    judge: {
      male: ['Dear Judge Aliyev,', 'Yours sincerely,'],
      female: ['Dear Judge Aliyev,', 'Yours sincerely,'],
      unspecified: ['Dear Judge,', 'Yours sincerely,'],
    },
    governor: {
      male: ['Dear Governor,', 'Yours sincerely,'],
      female: ['Dear Governor,', 'Yours sincerely,'],
      unspecified: ['Dear Governor,', 'Yours sincerely,'],
    },
    official: {
      male: ['Dear Mr. Aliyev,', 'Yours sincerely,'],
      female: ['Dear Ms. Aliyev,', 'Yours sincerely,'],
      unspecified: ['Dear Ilham Aliyev,', 'Yours sincerely,'],
    },
    other: {
      male: ['Dear Mr. Aliyev,', 'Yours sincerely,'],
      female: ['Dear Ms. Aliyev,', 'Yours sincerely,'],
      unspecified: ['Dear Ilham Aliyev,', 'Yours sincerely,'],
    },
  },
  fr: {
    'head-of-state': {
      male: ['Monsieur le Président,', FR_VERY_HIGH('Monsieur le Président')],
      female: ['Madame la Présidente,', FR_VERY_HIGH('Madame la Présidente')],
      unspecified: ['Excellence,', FR_VERY_HIGH('Excellence')],
    },
    'head-of-government': {
      male: ['Monsieur le Premier ministre,', FR_VERY_HIGH('Monsieur le Premier ministre')],
      female: ['Madame la Première ministre,', FR_VERY_HIGH('Madame la Première ministre')],
      unspecified: ['Excellence,', FR_VERY_HIGH('Excellence')],
    },
    minister: {
      male: ['Monsieur le Ministre,', FR_HIGH('Monsieur le Ministre')],
      female: ['Madame la Ministre,', FR_HIGH('Madame la Ministre')],
      unspecified: ['Madame la Ministre, Monsieur le Ministre,', FR_HIGH('Madame la Ministre, Monsieur le Ministre')],
    },
    ambassador: {
      male: ["Monsieur l'Ambassadeur,", "Veuillez agréer, Monsieur l'Ambassadeur, les assurances de ma très haute considération."],
      female: ["Madame l'Ambassadrice,", "Veuillez agréer, Madame l'Ambassadrice, les assurances de ma très haute considération."],
      unspecified: ['Excellence,', 'Veuillez agréer, Excellence, les assurances de ma très haute considération.'],
    },
    prosecutor: {
      male: ['Monsieur le Procureur général,', FR_HIGH('Monsieur le Procureur général')],
      female: ['Madame la Procureure générale,', FR_HIGH('Madame la Procureure générale')],
      unspecified: ['Madame, Monsieur,', FR_HIGH('Madame, Monsieur')],
    },
    judge: {
      male: ['Monsieur le Président,', FR_HIGH('Monsieur le Président')],
      female: ['Madame la Présidente,', FR_HIGH('Madame la Présidente')],
      unspecified: ['Madame, Monsieur,', FR_HIGH('Madame, Monsieur')],
    },
    governor: {
      male: ['Monsieur le Gouverneur,', FR_HIGH('Monsieur le Gouverneur')],
      female: ['Madame la Gouverneure,', FR_HIGH('Madame la Gouverneure')],
      unspecified: ['Madame, Monsieur,', FR_HIGH('Madame, Monsieur')],
    },
    official: {
      male: ['Monsieur le Directeur,', "Veuillez agréer, Monsieur le Directeur, l'expression de ma considération distinguée."],
      female: ['Madame la Directrice,', "Veuillez agréer, Madame la Directrice, l'expression de ma considération distinguée."],
      unspecified: ['Madame, Monsieur,', "Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée."],
    },
    other: {
      male: ['Monsieur,', "Veuillez agréer, Monsieur, l'expression de mes salutations distinguées."],
      female: ['Madame,', "Veuillez agréer, Madame, l'expression de mes salutations distinguées."],
      unspecified: ['Madame, Monsieur,', "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées."],
    },
  },
  de: {
    'head-of-state': {
      male: ['Exzellenz', 'Mit vorzüglicher Hochachtung'],
      female: ['Exzellenz', 'Mit vorzüglicher Hochachtung'],
      unspecified: ['Exzellenz', 'Mit vorzüglicher Hochachtung'],
    },
    'head-of-government': {
      male: ['Exzellenz', 'Mit vorzüglicher Hochachtung'],
      female: ['Exzellenz', 'Mit vorzüglicher Hochachtung'],
      unspecified: ['Exzellenz', 'Mit vorzüglicher Hochachtung'],
    },
    minister: {
      male: ['Sehr geehrter Herr Minister', 'Mit vorzüglicher Hochachtung'],
      female: ['Sehr geehrte Frau Ministerin', 'Mit vorzüglicher Hochachtung'],
      unspecified: ['Exzellenz', 'Mit vorzüglicher Hochachtung'],
    },
    ambassador: {
      male: ['Exzellenz', 'Mit ausgezeichneter Hochachtung'],
      female: ['Exzellenz', 'Mit ausgezeichneter Hochachtung'],
      unspecified: ['Exzellenz', 'Mit ausgezeichneter Hochachtung'],
    },
    prosecutor: {
      male: ['Sehr geehrter Herr Generalstaatsanwalt', 'Hochachtungsvoll'],
      female: ['Sehr geehrte Frau Generalstaatsanwältin', 'Hochachtungsvoll'],
      unspecified: ['Sehr geehrte Damen und Herren', 'Hochachtungsvoll'],
    },
    judge: {
      male: ['Sehr geehrter Herr Präsident', 'Hochachtungsvoll'],
      female: ['Sehr geehrte Frau Präsidentin', 'Hochachtungsvoll'],
      unspecified: ['Sehr geehrte Damen und Herren', 'Hochachtungsvoll'],
    },
    governor: {
      male: ['Sehr geehrter Herr Gouverneur', 'Mit vorzüglicher Hochachtung'],
      female: ['Sehr geehrte Frau Gouverneurin', 'Mit vorzüglicher Hochachtung'],
      unspecified: ['Sehr geehrte Damen und Herren', 'Mit vorzüglicher Hochachtung'],
    },
    official: {
      male: ['Sehr geehrter Herr Aliyev', 'Mit freundlichen Grüssen'],
      female: ['Sehr geehrte Frau Aliyev', 'Mit freundlichen Grüssen'],
      unspecified: ['Sehr geehrte Damen und Herren', 'Mit freundlichen Grüssen'],
    },
    other: {
      male: ['Sehr geehrter Herr Aliyev', 'Mit freundlichen Grüssen'],
      female: ['Sehr geehrte Frau Aliyev', 'Mit freundlichen Grüssen'],
      unspecified: ['Sehr geehrte Damen und Herren', 'Mit freundlichen Grüssen'],
    },
  },
  it: {
    'head-of-state': {
      male: ['Signor Presidente,', 'Con osservanza,'],
      female: ['Signora Presidente,', 'Con osservanza,'],
      unspecified: ['Eccellenza,', 'Con osservanza,'],
    },
    'head-of-government': {
      male: ['Signor Primo Ministro,', 'Con osservanza,'],
      female: ['Signora Prima Ministra,', 'Con osservanza,'],
      unspecified: ['Eccellenza,', 'Con osservanza,'],
    },
    minister: {
      male: ['Signor Ministro,', 'Con osservanza,'],
      female: ['Signora Ministra,', 'Con osservanza,'],
      unspecified: ['Signora Ministra, Signor Ministro,', 'Con osservanza,'],
    },
    ambassador: {
      male: ['Eccellenza,', IT_HIGHEST('Eccellenza')],
      female: ['Eccellenza,', IT_HIGHEST('Eccellenza')],
      unspecified: ['Eccellenza,', IT_HIGHEST('Eccellenza')],
    },
    prosecutor: {
      male: ['Signor Procuratore Generale,', 'Con osservanza,'],
      female: ['Signora Procuratrice Generale,', 'Con osservanza,'],
      unspecified: ['Gentile Signora, Egregio Signore,', 'Con osservanza,'],
    },
    judge: {
      male: ['Signor Presidente,', 'Con osservanza,'],
      female: ['Signora Presidente,', 'Con osservanza,'],
      unspecified: ['Gentile Signora, Egregio Signore,', 'Con osservanza,'],
    },
    governor: {
      male: ['Signor Governatore,', 'Con osservanza,'],
      female: ['Signora Governatrice,', 'Con osservanza,'],
      unspecified: ['Gentile Signora, Egregio Signore,', 'Con osservanza,'],
    },
    official: {
      male: ['Egregio Signor Aliyev,', 'Distinti saluti,'],
      female: ['Gentile Signora Aliyev,', 'Distinti saluti,'],
      unspecified: ['Gentile Signora, Egregio Signore,', 'Distinti saluti,'],
    },
    other: {
      male: ['Egregio Signor Aliyev,', 'Distinti saluti,'],
      female: ['Gentile Signora Aliyev,', 'Distinti saluti,'],
      unspecified: ['Gentile Signora, Egregio Signore,', 'Distinti saluti,'],
    },
  },
  es: {
    'head-of-state': {
      male: ['Excelentísimo señor presidente:', 'Atentamente,'],
      female: ['Excelentísima señora presidenta:', 'Atentamente,'],
      unspecified: ['Excelencia:', 'Atentamente,'],
    },
    'head-of-government': {
      male: ['Señor primer ministro:', 'Atentamente,'],
      female: ['Señora primera ministra:', 'Atentamente,'],
      unspecified: ['Excelencia:', 'Atentamente,'],
    },
    minister: {
      male: ['Señor ministro:', 'Atentamente,'],
      female: ['Señora ministra:', 'Atentamente,'],
      unspecified: ['Excelencia:', 'Atentamente,'],
    },
    ambassador: {
      male: [
        'Excelentísimo señor embajador:',
        'Reciba, señor embajador, la expresión de mi más alta y distinguida consideración.',
      ],
      female: [
        'Excelentísima señora embajadora:',
        'Reciba, señora embajadora, la expresión de mi más alta y distinguida consideración.',
      ],
      unspecified: ['Excelencia:', 'Atentamente,'],
    },
    prosecutor: {
      male: ['Señor fiscal general:', 'Atentamente,'],
      female: ['Señora fiscal general:', 'Atentamente,'],
      unspecified: ['Señoría:', 'Atentamente,'],
    },
    judge: {
      male: ['Señoría:', 'Atentamente,'],
      female: ['Señoría:', 'Atentamente,'],
      unspecified: ['Señoría:', 'Atentamente,'],
    },
    governor: {
      male: ['Señor gobernador:', 'Atentamente,'],
      female: ['Señora gobernadora:', 'Atentamente,'],
      unspecified: ['A quien corresponda:', 'Atentamente,'],
    },
    official: {
      male: ['Estimado señor Aliyev:', 'Atentamente,'],
      female: ['Estimada señora Aliyev:', 'Atentamente,'],
      unspecified: ['A quien corresponda:', 'Atentamente,'],
    },
    other: {
      male: ['Estimado señor Aliyev:', 'Atentamente,'],
      female: ['Estimada señora Aliyev:', 'Atentamente,'],
      unspecified: ['A quien corresponda:', 'Atentamente,'],
    },
  },
};

const CELLS = LANGS.flatMap((lang) => ROLES.flatMap((role) => GENDERS.map((gender) => ({ lang, role, gender }))));

describe('offeredForms: every language × role × gender', () => {
  it.each(CELLS)('$lang $role $gender: the default pair is the expected salutation with its closing', ({ lang, role, gender }) => {
    const forms = offeredForms(lang, person(role, gender));
    const [salutation, closing] = FIRST_PAIR[lang][role][gender];
    expect(forms[0]).toEqual({ salutation, closing });
  });

  it.each(CELLS)('$lang $role $gender: no pair is offered twice and none is blank', ({ lang, role, gender }) => {
    const forms = offeredForms(lang, person(role, gender));
    const keys = forms.map((f) => `${f.salutation}|${f.closing}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of forms) {
      expect(f.salutation.trim()).not.toBe('');
      expect(f.closing.trim()).not.toBe('');
      // No placeholder may reach a printed letter.
      expect(`${f.salutation}${f.closing}`).not.toMatch(/[{}[\]]/);
    }
  });
});

describe('offeredForms: the pairs the campaign format names', () => {
  it('offers the seed letter pair first for an English male head of state, then Excellency, then the surname form', () => {
    expect(offeredForms('en', person('head-of-state', 'male')).slice(0, 3)).toEqual([
      { salutation: 'Dear Mr. President,', closing: 'Yours respectfully,' },
      { salutation: 'Your Excellency,', closing: 'Respectfully yours,' },
      { salutation: 'Dear President Aliyev,', closing: 'Yours sincerely,' },
    ]);
  });

  it('repeats the French salutation inside its closing for a male and a female head of state', () => {
    expect(offeredForms('fr', person('head-of-state', 'male'))[0]?.closing).toBe(
      "Veuillez agréer, Monsieur le Président, l'expression de ma très haute considération.",
    );
    expect(offeredForms('fr', person('head-of-state', 'female'))[0]?.closing).toBe(
      "Veuillez agréer, Madame la Présidente, l'expression de ma très haute considération.",
    );
  });

  it('offers "Sehr geehrter Herr Präsident" / "Sehr geehrte Frau Präsidentin" with "Mit vorzüglicher Hochachtung"', () => {
    expect(offeredForms('de', person('head-of-state', 'male'))).toContainEqual({
      salutation: 'Sehr geehrter Herr Präsident',
      closing: 'Mit vorzüglicher Hochachtung',
    });
    expect(offeredForms('de', person('head-of-state', 'female'))).toContainEqual({
      salutation: 'Sehr geehrte Frau Präsidentin',
      closing: 'Mit vorzüglicher Hochachtung',
    });
  });
});

describe('offeredForms: rules that hold for every pair', () => {
  const all = (lang: Lang) =>
    ROLES.flatMap((role) => GENDERS.flatMap((gender) => offeredForms(lang, person(role, gender))));

  it('French closings contain the salutation they answer, between commas', () => {
    for (const { salutation, closing } of all('fr')) {
      expect(closing).toContain(`, ${salutation.replace(/,$/, '')}, `);
    }
  });

  it('Spanish salutations end with a colon, never a comma', () => {
    for (const { salutation } of all('es')) expect(salutation).toMatch(/:$/);
  });

  it('German uses Swiss spelling and leaves the comma to the body', () => {
    for (const { salutation, closing } of all('de')) {
      expect(`${salutation} ${closing}`).not.toContain('ß');
      expect(salutation).not.toMatch(/[,.:]$/);
      expect(closing).not.toMatch(/[,.:]$/);
    }
  });

  it('English and Italian salutations end with a comma', () => {
    for (const { salutation } of [...all('en'), ...all('it')]) expect(salutation).toMatch(/,$/);
  });
});

describe('offeredForms: names and language codes', () => {
  it('uses familyName for [Surname] when the campaign gives one', () => {
    const recipient = person('head-of-state', 'male', { name: 'Gurbanguly Berdimuhamedow Junior', familyName: 'Berdimuhamedow' });
    expect(offeredForms('en', recipient).map((f) => f.salutation)).toContain('Dear President Berdimuhamedow,');
  });

  it('uses the last word of the name for [Surname] otherwise, and the whole name for [First name Surname]', () => {
    const recipient = person('official', 'unspecified', { name: 'Maria  del Carmen Ruiz' });
    expect(offeredForms('en', recipient)[0]?.salutation).toBe('Dear Maria del Carmen Ruiz,');
    expect(offeredForms('es', person('official', 'female', { name: 'Maria del Carmen Ruiz' }))[0]?.salutation).toBe(
      'Estimada señora Ruiz:',
    );
  });

  it('gives regional codes their base language table', () => {
    expect(offeredForms('de-CH', person('minister', 'female'))[0]?.salutation).toBe('Sehr geehrte Frau Ministerin');
    expect(offeredForms('fr-CH', person('ambassador', 'male'))[0]?.salutation).toBe("Monsieur l'Ambassadeur,");
  });

  it('offers nothing for a language it has no table for, so the caller chooses', () => {
    expect(offeredForms('pt', person('head-of-state', 'male'))).toEqual([]);
  });
});

describe('salutationFor: the German comma rule', () => {
  it('adds a comma when the German body continues in lower case', () => {
    expect(salutationFor('de', 'Sehr geehrter Herr Präsident', 'als Mitglied der ACAT-Schweiz …')).toBe(
      'Sehr geehrter Herr Präsident,',
    );
  });

  it('puts no comma when the body starts with a capital (Swiss usage)', () => {
    expect(salutationFor('de-CH', 'Sehr geehrter Herr Präsident', 'Als Mitglied der ACAT-Schweiz …')).toBe(
      'Sehr geehrter Herr Präsident',
    );
  });

  it('looks past Markdown and quotes to the first letter', () => {
    expect(salutationFor('de', 'Exzellenz', '**«ich** schreibe Ihnen')).toBe('Exzellenz,');
    expect(salutationFor('de', 'Exzellenz', '*Ich* schreibe Ihnen')).toBe('Exzellenz');
  });

  it('does not double a comma a campaign already wrote, and drops it before a capital', () => {
    expect(salutationFor('de', 'Sehr geehrte Frau Ministerin,', 'ich schreibe')).toBe('Sehr geehrte Frau Ministerin,');
    expect(salutationFor('de', 'Sehr geehrte Frau Ministerin,', 'Ich schreibe')).toBe('Sehr geehrte Frau Ministerin');
  });

  it('leaves other languages as written', () => {
    expect(salutationFor('en', 'Dear Mr. President,', 'as a member …')).toBe('Dear Mr. President,');
    expect(salutationFor('fr', 'Monsieur le Président,', 'En tant que …')).toBe('Monsieur le Président,');
    expect(salutationFor('es', 'Señor presidente:', 'me dirijo …')).toBe('Señor presidente:');
  });
});

describe('letter phrases', () => {
  it.each([
    ['en', 'Copy:', 'Copy of my letter to Ilham Aliyev', 'Page {n} of {total}', 'English'],
    ['fr', 'Copie\u00a0:', 'Copie de ma lettre à Ilham Aliyev', 'Page {n} sur {total}', 'Français'],
    ['de', 'Kopie:', 'Kopie meines Briefes an Ilham Aliyev', 'Seite {n} von {total}', 'Deutsch'],
    ['it', 'Copia:', 'Copia della mia lettera a Ilham Aliyev', 'Pagina {n} di {total}', 'Italiano'],
    ['es', 'Copia:', 'Copia de mi carta a Ilham Aliyev', 'Página {n} de {total}', 'Español'],
  ])('%s: copy label, embassy copy line, page label and menu name', (lang, label, copyLine, pageLabel, endonym) => {
    const phrases = letterPhrases(lang);
    expect(phrases.copyLabel).toBe(label);
    expect(phrases.copyOfLetter('Ilham Aliyev')).toBe(copyLine);
    expect(phrases.pageLabel).toBe(pageLabel);
    expect(endonymOf(lang)).toBe(endonym);
  });

  it('prints English phrases for a language without a table rather than nothing', () => {
    expect(letterPhrases('pt-BR').copyLabel).toBe('Copy:');
  });
});

import type { LetterLanguage } from './types';

/*
 * Spanish forms of address (forms-of-address.md, "Spanish"). Salutations end with a colon, never a
 * comma. Offices in lower case as the RAE prefers ("señor presidente"); protocol writing often
 * capitalises — a campaign that wants that brings its own `salutations`. "Atentamente," takes a
 * comma; a closing addressed to the reader ends with a full stop; "Le saluda atentamente" takes none.
 * The "Reciba, …" closings repeat the salutation, in lower case inside the sentence, so they are
 * written out here rather than built from {appel}. The neutral "A quien corresponda:" is [GK].
 */

const SINCERELY = 'Atentamente,';
const EXCELLENCY = { salutation: 'Excelencia:', closing: SINCERELY };
const YOUR_HONOUR = { salutation: 'Señoría:', closing: SINCERELY };
const TO_WHOM = { salutation: 'A quien corresponda:', closing: SINCERELY };

export const es: LetterLanguage = {
  code: 'es',
  endonym: 'Español',
  salutationComma: 'as-written',
  forms: {
    'head-of-state': {
      male: [
        { salutation: 'Excelentísimo señor presidente:', closing: SINCERELY },
        {
          salutation: 'Señor presidente:',
          closing: 'Reciba, señor presidente, la expresión de mi más alta y distinguida consideración.',
        },
        EXCELLENCY,
      ],
      female: [
        { salutation: 'Excelentísima señora presidenta:', closing: SINCERELY },
        {
          salutation: 'Señora presidenta:',
          closing: 'Reciba, señora presidenta, la expresión de mi más alta y distinguida consideración.',
        },
        EXCELLENCY,
      ],
      unspecified: [EXCELLENCY],
    },
    'head-of-government': {
      male: [
        { salutation: 'Señor primer ministro:', closing: SINCERELY },
        {
          salutation: 'Excelentísimo señor primer ministro:',
          closing: 'Reciba, señor primer ministro, la expresión de mi más alta y distinguida consideración.',
        },
      ],
      female: [
        { salutation: 'Señora primera ministra:', closing: SINCERELY },
        {
          salutation: 'Excelentísima señora primera ministra:',
          closing: 'Reciba, señora primera ministra, la expresión de mi más alta y distinguida consideración.',
        },
      ],
      unspecified: [EXCELLENCY],
    },
    minister: {
      male: [
        { salutation: 'Señor ministro:', closing: SINCERELY },
        {
          salutation: 'Excelentísimo señor ministro:',
          closing: 'Reciba, señor ministro, la expresión de mi distinguida consideración.',
        },
      ],
      female: [
        { salutation: 'Señora ministra:', closing: SINCERELY },
        {
          salutation: 'Excelentísima señora ministra:',
          closing: 'Reciba, señora ministra, la expresión de mi distinguida consideración.',
        },
      ],
      unspecified: [EXCELLENCY],
    },
    ambassador: {
      male: [
        {
          salutation: 'Excelentísimo señor embajador:',
          closing: 'Reciba, señor embajador, la expresión de mi más alta y distinguida consideración.',
        },
        EXCELLENCY,
      ],
      female: [
        {
          salutation: 'Excelentísima señora embajadora:',
          closing: 'Reciba, señora embajadora, la expresión de mi más alta y distinguida consideración.',
        },
        EXCELLENCY,
      ],
      unspecified: [EXCELLENCY],
    },
    prosecutor: {
      male: [
        { salutation: 'Señor fiscal general:', closing: SINCERELY },
        { salutation: 'Señor fiscal general:', closing: 'Le saluda atentamente' },
      ],
      female: [
        { salutation: 'Señora fiscal general:', closing: SINCERELY },
        { salutation: 'Señora fiscal general:', closing: 'Le saluda atentamente' },
      ],
      unspecified: [YOUR_HONOUR],
    },
    judge: {
      male: [YOUR_HONOUR, { salutation: 'Señor juez:', closing: SINCERELY }, { salutation: 'Señoría:', closing: 'Respetuosamente,' }],
      female: [YOUR_HONOUR, { salutation: 'Señora jueza:', closing: SINCERELY }, { salutation: 'Señoría:', closing: 'Respetuosamente,' }],
      unspecified: [YOUR_HONOUR, { salutation: 'Señoría:', closing: 'Respetuosamente,' }],
    },
    governor: {
      male: [{ salutation: 'Señor gobernador:', closing: SINCERELY }],
      female: [{ salutation: 'Señora gobernadora:', closing: SINCERELY }],
      unspecified: [TO_WHOM],
    },
    official: {
      male: [
        { salutation: 'Estimado señor {surname}:', closing: SINCERELY },
        { salutation: 'Muy señor mío:', closing: SINCERELY },
      ],
      female: [
        { salutation: 'Estimada señora {surname}:', closing: SINCERELY },
        { salutation: 'Muy señora mía:', closing: SINCERELY },
      ],
      unspecified: [TO_WHOM],
    },
    other: {
      male: [
        { salutation: 'Estimado señor {surname}:', closing: SINCERELY },
        { salutation: 'Muy señor mío:', closing: SINCERELY },
      ],
      female: [
        { salutation: 'Estimada señora {surname}:', closing: SINCERELY },
        { salutation: 'Muy señora mía:', closing: SINCERELY },
      ],
      unspecified: [TO_WHOM],
    },
  },
  dateLine: {
    withPlace: '{place}, {day} de {month} de {year}',
    withoutPlace: '{day} de {month} de {year}',
    months: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
  },
  copyLabel: 'Copia:',
  copyOfLetter: (recipient) => `Copia de mi carta a ${recipient}`,
  pageLabel: 'Página {n} de {total}',
  fillIn: { name: 'Nombre', address: 'Dirección', signature: 'Firma' },
  titles: { written: { female: 'Sra.', male: 'Sr.', ms: 'Sra.' }, alsoRead: { female: ['Señora', 'Srta.'], male: ['Señor'] } },
  homeCountry: 'Suiza',
};

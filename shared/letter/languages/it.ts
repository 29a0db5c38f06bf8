import type { LetterLanguage } from './types';

/*
 * Italian forms of address (forms-of-address.md, "Italian"). "Con osservanza," is the usual close of
 * a request, so it comes first for offices an appeal asks something of (and it is the format's own
 * example). The "Voglia gradire, {appel}, i sensi della mia (più) alta considerazione." formulas are
 * marked [GK] in the reference — general knowledge, not from a source: check them against the FDFA
 * "Protocollo epistolare" before relying on them. For ambassadors the reference gives only that formula.
 * "Signora Prima Ministra" and "Signora Ministra" follow the Accademia della Crusca; "Signora Ministro"
 * is the traditional form some offices still use.
 */

const WITH_RESPECT = 'Con osservanza,';
const KIND_REGARDS = 'Distinti saluti,';
// [GK] both formulas.
const HIGHEST = 'Voglia gradire, {appel}, i sensi della mia più alta considerazione.';
const HIGH = 'Voglia gradire, {appel}, i sensi della mia alta considerazione.';

const EXCELLENCY_RESPECT = { salutation: 'Eccellenza,', closing: WITH_RESPECT };
const NEUTRAL = 'Gentile Signora, Egregio Signore,';

export const it: LetterLanguage = {
  code: 'it',
  endonym: 'Italiano',
  salutationComma: 'as-written',
  forms: {
    'head-of-state': {
      male: [
        { salutation: 'Signor Presidente,', closing: WITH_RESPECT },
        EXCELLENCY_RESPECT,
        { salutation: 'Signor Presidente,', closing: HIGHEST },
      ],
      female: [
        { salutation: 'Signora Presidente,', closing: WITH_RESPECT },
        EXCELLENCY_RESPECT,
        { salutation: 'Signora Presidente,', closing: HIGHEST },
      ],
      unspecified: [EXCELLENCY_RESPECT, { salutation: 'Eccellenza,', closing: HIGHEST }],
    },
    'head-of-government': {
      male: [
        { salutation: 'Signor Primo Ministro,', closing: WITH_RESPECT },
        EXCELLENCY_RESPECT,
        { salutation: 'Signor Primo Ministro,', closing: HIGHEST },
      ],
      female: [
        { salutation: 'Signora Prima Ministra,', closing: WITH_RESPECT },
        EXCELLENCY_RESPECT,
        { salutation: 'Signora Prima Ministra,', closing: HIGHEST },
      ],
      unspecified: [EXCELLENCY_RESPECT, { salutation: 'Eccellenza,', closing: HIGHEST }],
    },
    minister: {
      male: [
        { salutation: 'Signor Ministro,', closing: WITH_RESPECT },
        { salutation: 'Signor Ministro,', closing: HIGH },
      ],
      female: [
        { salutation: 'Signora Ministra,', closing: WITH_RESPECT },
        { salutation: 'Signora Ministro,', closing: WITH_RESPECT },
        { salutation: 'Signora Ministra,', closing: HIGH },
      ],
      unspecified: [
        { salutation: 'Signora Ministra, Signor Ministro,', closing: WITH_RESPECT },
        { salutation: 'Signora Ministra, Signor Ministro,', closing: HIGH },
      ],
    },
    ambassador: {
      male: [
        { salutation: 'Eccellenza,', closing: HIGHEST },
        { salutation: 'Signor Ambasciatore,', closing: HIGHEST },
      ],
      female: [
        { salutation: 'Eccellenza,', closing: HIGHEST },
        { salutation: 'Signora Ambasciatrice,', closing: HIGHEST },
      ],
      unspecified: [{ salutation: 'Eccellenza,', closing: HIGHEST }],
    },
    prosecutor: {
      male: [{ salutation: 'Signor Procuratore Generale,', closing: WITH_RESPECT }],
      female: [{ salutation: 'Signora Procuratrice Generale,', closing: WITH_RESPECT }],
      unspecified: [{ salutation: NEUTRAL, closing: WITH_RESPECT }],
    },
    judge: {
      // "Presidente" for the president of a court, who usually receives appeals.
      male: [
        { salutation: 'Signor Presidente,', closing: WITH_RESPECT },
        { salutation: 'Signor Giudice,', closing: WITH_RESPECT },
      ],
      female: [
        { salutation: 'Signora Presidente,', closing: WITH_RESPECT },
        { salutation: 'Signora Giudice,', closing: WITH_RESPECT },
      ],
      unspecified: [{ salutation: NEUTRAL, closing: WITH_RESPECT }],
    },
    governor: {
      male: [{ salutation: 'Signor Governatore,', closing: WITH_RESPECT }],
      female: [{ salutation: 'Signora Governatrice,', closing: WITH_RESPECT }],
      unspecified: [{ salutation: NEUTRAL, closing: WITH_RESPECT }],
    },
    official: {
      male: [
        { salutation: 'Egregio Signor {surname},', closing: KIND_REGARDS },
        { salutation: 'Egregio Signore,', closing: KIND_REGARDS },
      ],
      female: [
        { salutation: 'Gentile Signora {surname},', closing: KIND_REGARDS },
        { salutation: 'Gentile Signora,', closing: KIND_REGARDS },
      ],
      unspecified: [{ salutation: NEUTRAL, closing: KIND_REGARDS }],
    },
    other: {
      male: [
        { salutation: 'Egregio Signor {surname},', closing: KIND_REGARDS },
        { salutation: 'Egregio Signore,', closing: KIND_REGARDS },
      ],
      female: [
        { salutation: 'Gentile Signora {surname},', closing: KIND_REGARDS },
        { salutation: 'Gentile Signora,', closing: KIND_REGARDS },
      ],
      unspecified: [{ salutation: NEUTRAL, closing: KIND_REGARDS }],
    },
  },
  dateLine: {
    withPlace: '{place}, {day} {month} {year}',
    withoutPlace: '{day} {month} {year}',
    months: [
      'gennaio',
      'febbraio',
      'marzo',
      'aprile',
      'maggio',
      'giugno',
      'luglio',
      'agosto',
      'settembre',
      'ottobre',
      'novembre',
      'dicembre',
    ],
    // Italian traditionally writes the first of the month as an ordinal ("1º maggio").
    firstOfMonth: '1º',
  },
  copyLabel: 'Copia:',
  copyOfLetter: (recipient) => `Copia della mia lettera a ${recipient}`,
  pageLabel: 'Pagina {n} di {total}',
  fillIn: { name: 'Nome', address: 'Indirizzo', signature: 'Firma' },
  titles: { written: { female: 'Signora', male: 'Signor', ms: 'Signora' }, alsoRead: { female: ['Sig.ra', 'Sig.a', 'Signorina'], male: ['Sig.', 'Signore'] } },
  homeCountry: 'Svizzera',
};

import enBatch from '../../../shared/i18n/locales/en/batch.json';
import enEditor from '../../../shared/i18n/locales/en/editor.json';
import enHelp from '../../../shared/i18n/locales/en/help.json';
import enLibrary from '../../../shared/i18n/locales/en/library.json';
import enMailing from '../../../shared/i18n/locales/en/mailing.json';
import enUi from '../../../shared/i18n/locales/en/ui.json';
import frBatch from '../../../shared/i18n/locales/fr/batch.json';
import frEditor from '../../../shared/i18n/locales/fr/editor.json';
import frHelp from '../../../shared/i18n/locales/fr/help.json';
import frLibrary from '../../../shared/i18n/locales/fr/library.json';
import frMailing from '../../../shared/i18n/locales/fr/mailing.json';
import frUi from '../../../shared/i18n/locales/fr/ui.json';
import deBatch from '../../../shared/i18n/locales/de/batch.json';
import deEditor from '../../../shared/i18n/locales/de/editor.json';
import deHelp from '../../../shared/i18n/locales/de/help.json';
import deLibrary from '../../../shared/i18n/locales/de/library.json';
import deMailing from '../../../shared/i18n/locales/de/mailing.json';
import deUi from '../../../shared/i18n/locales/de/ui.json';
import itBatch from '../../../shared/i18n/locales/it/batch.json';
import itEditor from '../../../shared/i18n/locales/it/editor.json';
import itHelp from '../../../shared/i18n/locales/it/help.json';
import itLibrary from '../../../shared/i18n/locales/it/library.json';
import itMailing from '../../../shared/i18n/locales/it/mailing.json';
import itUi from '../../../shared/i18n/locales/it/ui.json';

/** The words of the UI per language, so one walk through the app works in all four. */
export const CATALOGUES = {
  en: { ui: enUi, help: enHelp, batch: enBatch, library: enLibrary, editor: enEditor, mailing: enMailing, locale: 'en-GB' },
  fr: { ui: frUi, help: frHelp, batch: frBatch, library: frLibrary, editor: frEditor, mailing: frMailing, locale: 'fr-CH' },
  de: { ui: deUi, help: deHelp, batch: deBatch, library: deLibrary, editor: deEditor, mailing: deMailing, locale: 'de-CH' },
  it: { ui: itUi, help: itHelp, batch: itBatch, library: itLibrary, editor: itEditor, mailing: itMailing, locale: 'it-CH' },
} as const;
export type UiLang = keyof typeof CATALOGUES;
export type Words = (typeof CATALOGUES)[UiLang];

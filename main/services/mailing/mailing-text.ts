import { fillCatalogueEntry } from '../../../shared/campaign/format-problem';
import de from '../../../shared/i18n/locales/de/mailing.json';
import en from '../../../shared/i18n/locales/en/mailing.json';
import fr from '../../../shared/i18n/locales/fr/mailing.json';
import it from '../../../shared/i18n/locales/it/mailing.json';
import { formatPlaceDate } from '../../../shared/letter/languages';
import type { SummaryWords } from '../../../shared/mailing/summary-document';

/** The words main writes itself (the summary page, the CSV's headers), from the renderer's own catalogue. */
const CATALOGUES = { en, fr, de, it } as const;
type Catalogue = (typeof CATALOGUES)['en'];

function catalogue(uiLanguage: string): Catalogue {
  return (CATALOGUES as Record<string, Catalogue>)[uiLanguage] ?? en;
}

export function summaryWords(uiLanguage: string): SummaryWords {
  const page = catalogue(uiLanguage).page;
  return (key, params = {}) => fillCatalogueEntry(page, key, params);
}

export function csvHeaders(uiLanguage: string): Catalogue['sent']['csv'] {
  return catalogue(uiLanguage).sent.csv;
}

/** "3. Dezember 2026": the letter's own date format, without a place. */
export function summaryDate(uiLanguage: string, iso: string): string {
  return formatPlaceDate(uiLanguage, '', iso);
}

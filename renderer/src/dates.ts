/** "Send before this day": the day itself is still shown as current, the day after is passed. */
export function isOverdue(deadline: string | undefined, today: string): boolean {
  return deadline !== undefined && deadline < today;
}

// The members are Swiss: British day-month order in English, Swiss conventions otherwise.
const DATE_LOCALES: Record<string, string> = { en: 'en-GB', fr: 'fr-CH', de: 'de-CH', it: 'it-CH' };

/** The locale every date on screen is written in, for a UI language: one place for all screens. */
export function dateLocale(uiLanguage: string): string {
  return DATE_LOCALES[uiLanguage] ?? uiLanguage;
}

/** A calendar date in words ("31 December 2026"), read as a date, never shifted by time zone. */
export function formatDate(iso: string, uiLanguage: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(dateLocale(uiLanguage), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A moment in words, in this computer's time zone ("3 December 2026 at 10:28"), as the print log shows it. */
export function formatDateTime(iso: string, uiLanguage: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(dateLocale(uiLanguage), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

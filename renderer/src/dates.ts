/** "Send before this day": the day itself is still shown as current, the day after is passed. */
export function isOverdue(deadline: string | undefined, today: string): boolean {
  return deadline !== undefined && deadline < today;
}

// The members are Swiss: British day-month order in English, Swiss conventions otherwise.
const DATE_LOCALES: Record<string, string> = { en: 'en-GB', fr: 'fr-CH', de: 'de-CH', it: 'it-CH' };

/** A calendar date in words ("31 December 2026"), read as a date, never shifted by time zone. */
export function formatDate(iso: string, uiLanguage: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(DATE_LOCALES[uiLanguage] ?? uiLanguage, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

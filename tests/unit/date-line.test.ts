import { describe, expect, it } from 'vitest';
import { formatPlaceDate } from '../../shared/letter/languages';

describe('formatPlaceDate', () => {
  it.each([
    ['fr', 'Lausanne', 'Lausanne, le 28 novembre 2026'],
    ['de', 'Bern', 'Bern, 28. November 2026'],
    ['it', 'Lugano', 'Lugano, 28 novembre 2026'],
    ['en', 'Geneva', 'Geneva, 28 November 2026'],
    ['es', 'Ginebra', 'Ginebra, 28 de noviembre de 2026'],
  ])('%s: writes the place and date as letter-layout.md shows', (lang, place, expected) => {
    expect(formatPlaceDate(lang, place, '2026-11-28')).toBe(expected);
  });

  it.each([
    ['fr', 'Lausanne, le 1er décembre 2026'],
    ['de', 'Bern, 1. Dezember 2026'],
    ['it', 'Bern, 1º dicembre 2026'],
    ['en', 'Bern, 1 December 2026'],
    ['es', 'Bern, 1 de diciembre de 2026'],
  ])('%s: writes the first of the month in its own way', (lang, expected) => {
    const place = lang === 'fr' ? 'Lausanne' : 'Bern';
    expect(formatPlaceDate(lang, place, '2026-12-01')).toBe(expected);
  });

  it.each([
    ['fr', '2027-03-05', 'Sion, le 5 mars 2027'],
    ['de', '2027-03-05', 'Sion, 5. März 2027'],
    ['fr', '2027-08-09', 'Sion, le 9 août 2027'],
    ['es', '2027-08-09', 'Sion, 9 de agosto de 2027'],
    ['it', '2027-01-15', 'Sion, 15 gennaio 2027'],
    ['en', '2027-02-10', 'Sion, 10 February 2027'],
  ])('%s %s: drops the leading zero and spells the month', (lang, date, expected) => {
    expect(formatPlaceDate(lang, 'Sion', date)).toBe(expected);
  });

  it('uses the base language for a regional code', () => {
    expect(formatPlaceDate('de-CH', 'Zürich', '2026-11-28')).toBe('Zürich, 28. November 2026');
    expect(formatPlaceDate('fr-CH', 'Genève', '2026-11-28')).toBe('Genève, le 28 novembre 2026');
  });

  it('prints the date alone when the member gave no place', () => {
    expect(formatPlaceDate('fr', '  ', '2026-11-28')).toBe('Le 28 novembre 2026');
    expect(formatPlaceDate('de', '', '2026-11-28')).toBe('28. November 2026');
  });

  it('falls back to English for a language without a table', () => {
    expect(formatPlaceDate('pt', 'Lisboa', '2026-11-28')).toBe('Lisboa, 28 November 2026');
  });

  it('prints a malformed date as given instead of failing the letter', () => {
    expect(formatPlaceDate('en', 'Geneva', '2026-13-01')).toBe('Geneva, 2026-13-01');
  });
});

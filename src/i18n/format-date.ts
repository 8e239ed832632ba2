import { intl } from './intl-cache.js';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** `Date` for a valid ISO string, else `undefined` (the caller shows the raw text). */
export function parseDate(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function formatDate(date: Date, locale: string): string {
  return intl(`date|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long' })).format(date);
}

/** "3 years ago", "yesterday", "in 2 hours": the largest unit that fits, in the reader's language. */
export function formatRelative(date: Date, locale: string, now: Date = new Date()): string {
  const seconds = (date.getTime() - now.getTime()) / 1000;
  const [unit, size] = UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? ['second', 1];
  return intl(`relative|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(
    Math.round(seconds / size),
    unit,
  );
}

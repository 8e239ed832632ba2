import { en, type Strings } from './strings/en.js';

/**
 * Host overrides of any text, per language: `{ en: { retry: 'Reload' }, de: { retry: 'Neu laden' } }`.
 * Keys are language tags (`de`) or full locales (`de-CH`, which wins over `de`).
 */
export type StringOverrides = Partial<Record<string, Partial<Strings>>>;

// Each language is its own small module, fetched the first time a card needs it, so the
// script-tag module only carries English.
const builtIn: Record<string, () => Promise<{ default: Strings }>> = {
  de: () => import('./strings/de.js'),
  fr: () => import('./strings/fr.js'),
  es: () => import('./strings/es.js'),
  it: () => import('./strings/it.js'),
};

const loaded = new Map<string, Strings>([['en', en]]);
const loading = new Map<string, Promise<void>>();

export function baseLanguage(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}

/**
 * Loads the built-in table of `locale`'s language. Resolves at once for English, languages
 * already loaded and languages the card does not ship (those fall back to English).
 */
export function loadLanguage(locale: string): Promise<void> {
  const language = baseLanguage(locale);
  const load = builtIn[language];
  if (loaded.has(language) || !load) return Promise.resolve();
  let promise = loading.get(language);
  if (!promise) {
    promise = load().then(
      (module) => void loaded.set(language, module.default),
      () => void loading.delete(language), // a failed chunk may be tried again later
    );
    loading.set(language, promise);
  }
  return promise;
}

export function isLanguageLoaded(locale: string): boolean {
  const language = baseLanguage(locale);
  return loaded.has(language) || !builtIn[language];
}

/**
 * The table a card shows: English, then the host's English overrides, then the built-in table of
 * the reader's language (when loaded), then the host's overrides for that language and locale.
 * A missing key anywhere falls back to the layer below, never to a blank.
 */
export function resolveStrings(locale: string, overrides: StringOverrides = {}): Strings {
  const language = baseLanguage(locale);
  return {
    ...en,
    ...overrides.en,
    ...(language === 'en' ? undefined : loaded.get(language)),
    ...overrides[language],
    ...overrides[locale],
  };
}

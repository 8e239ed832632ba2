import type { Strings } from './strings.js';
import { en } from './strings/en.js';

/**
 * Host overrides of any text, per language: `{ en: { retry: 'Reload' }, de: { retry: 'Neu laden' } }`.
 * Keys are language tags (`de`) or full locales (`de-CH`, which wins over `de`).
 */
export type StringOverrides = Partial<Record<string, Partial<Strings>>>;

/** Fetches one language's table (a module of its own, so only the languages in use are loaded). */
export type LanguageLoader = () => Promise<{ default: Strings }>;

export function baseLanguage(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}

/**
 * The languages a page can use: English at once, the others loaded on first use. A language with
 * no loader (one the card does not ship) is English; a load that failed may be tried again.
 */
export function createLanguages(loaders: Record<string, LanguageLoader>) {
  const english: Partial<Strings> = { ...en };
  let revision = 0;
  const loaded = new Map<string, Strings>();
  const loading = new Map<string, Promise<void>>();
  const loaderOf = (language: string) => (Object.hasOwn(loaders, language) ? loaders[language] : undefined);

  return {
    /** Resolves once `locale`'s table is here (at once for English and for languages not shipped). */
    load(locale: string): Promise<void> {
      const language = baseLanguage(locale);
      const load = loaderOf(language);
      if (loaded.has(language) || !load) return Promise.resolve();
      let promise = loading.get(language);
      if (!promise) {
        promise = load().then(
          (module) => void loaded.set(language, module.default),
          () => void loading.delete(language),
        );
        loading.set(language, promise);
      }
      return promise;
    },

    isLoaded(locale: string): boolean {
      const language = baseLanguage(locale);
      return loaded.has(language) || !loaderOf(language);
    },

    /**
     * The table a card shows: English, then the host's English overrides, then the built-in table
     * of the reader's language (when loaded), then the host's overrides for that language and
     * locale. A missing key anywhere falls back to the layer below, never to a blank.
     */
    resolve(locale: string, overrides: StringOverrides = {}): Partial<Strings> {
      const language = baseLanguage(locale);
      return {
        ...english,
        ...overrides.en,
        ...loaded.get(language),
        ...overrides[language],
        ...overrides[locale],
      };
    },

    /** Adds the English words of a region that arrived as a chunk; `revision` counts these. */
    addEnglish(table: Partial<Strings>): void {
      Object.assign(english, table);
      revision++;
    },

    /** Changes whenever `resolve` may answer differently for the same locale (new English words). */
    get revision(): number {
      return revision;
    },
  };
}

// Each language is its own small module, fetched the first time a card needs it, so the
// script-tag module only carries English.
const languages = createLanguages({
  de: () => import('./strings/de.js'),
  fr: () => import('./strings/fr.js'),
  es: () => import('./strings/es.js'),
  it: () => import('./strings/it.js'),
});

export const loadLanguage = languages.load;
export const isLanguageLoaded = languages.isLoaded;
export const resolveStrings = languages.resolve;
export const addEnglish = languages.addEnglish;
export const stringsRevision = () => languages.revision;

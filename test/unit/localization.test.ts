import { expect } from 'chai';
import {
  addEnglish,
  baseLanguage,
  createLanguages,
  isLanguageLoaded,
  loadLanguage,
  resolveStrings,
  stringsRevision,
  type LanguageLoader,
} from '../../src/i18n/localization.js';
import type { Strings } from '../../src/i18n/strings.js';
import { en } from '../../src/i18n/strings/en.js';

// A partial table, so the layers below it stay visible where it says nothing.
const table = (word: string) => ({ loading: word, beta: `${word} beta` }) as Strings;

describe('baseLanguage', () => {
  it('takes the base language of a locale, lower-cased', () => {
    expect(baseLanguage('de-CH')).to.equal('de');
    expect(baseLanguage('FR')).to.equal('fr');
    expect(baseLanguage('en')).to.equal('en');
  });
});

describe('createLanguages', () => {
  it('has English and languages without a loader at once, others after loading', async () => {
    let calls = 0;
    const languages = createLanguages({ xx: () => (calls++, Promise.resolve({ default: table('Xx') })) });
    expect(languages.isLoaded('en-GB')).to.equal(true);
    expect(languages.isLoaded('nl')).to.equal(true);
    expect(languages.isLoaded('xx')).to.equal(false);
    expect(languages.resolve('xx-YY').loading).to.equal(en.loading);
    const first = languages.load('xx-YY');
    expect(first).to.be.instanceOf(Promise);
    expect(languages.load('xx')).to.equal(first, 'one load per language');
    await first;
    expect(calls).to.equal(1);
    expect(languages.isLoaded('xx')).to.equal(true);
    expect(languages.resolve('xx-YY').loading).to.equal('Xx');
    await languages.load('xx');
    expect(calls).to.equal(1, 'no second load once there');
  });

  it('resolves at once, loading nothing, for English and for languages it does not ship', async () => {
    const languages = createLanguages({ en: () => Promise.reject(new Error('never called')) });
    await languages.load('nl');
    expect(languages.resolve('nl')).to.deep.equal(en);
    expect(languages.isLoaded('constructor')).to.equal(true);
    await languages.load('constructor');
  });

  it('tries a failed load again, and stays English meanwhile', async () => {
    let fail = true;
    const loader: LanguageLoader = () =>
      fail ? Promise.reject(new Error('offline')) : Promise.resolve({ default: table('Yy') });
    const languages = createLanguages({ yy: loader });
    await languages.load('yy');
    expect(languages.isLoaded('yy')).to.equal(false);
    expect(languages.resolve('yy').loading).to.equal(en.loading);
    fail = false;
    await languages.load('yy');
    expect(languages.isLoaded('yy')).to.equal(true);
    expect(languages.resolve('yy').loading).to.equal('Yy');
  });

  it('keeps a language it does not ship English after others load', async () => {
    const languages = createLanguages({ xx: () => Promise.resolve({ default: table('Xx') }) });
    await languages.load('xx');
    expect(languages.resolve('nl')).to.deep.equal(en);
    expect(languages.resolve('en')).to.deep.equal(en);
  });

  it('layers English < English overrides < the language < its overrides < the exact locale', async () => {
    const languages = createLanguages({ xx: () => Promise.resolve({ default: table('Xx') }) });
    await languages.load('xx');
    const strings = languages.resolve('xx-CH', {
      en: { retry: 'Reload', beta: 'Preview', loading: 'Wait' },
      xx: { beta: 'Xx preview', refreshing: 'Xx refreshing' },
      'xx-CH': { refreshing: 'Swiss refreshing' },
    });
    expect(strings.loading).to.equal('Xx', 'the language table beats English overrides');
    expect(strings.beta).to.equal('Xx preview');
    expect(strings.refreshing).to.equal('Swiss refreshing');
    expect(strings.retry).to.equal('Reload', 'the language table leaves it out: the English override stays');
    expect(languages.resolve('en', { en: { retry: 'Reload' } }).retry).to.equal('Reload');
    expect(languages.resolve('en-GB', { 'en-GB': { retry: 'Have another go' } }).retry).to.equal('Have another go');
    expect(languages.resolve('nl', { en: { retry: 'Reload' } }).retry).to.equal('Reload');
  });
});

describe('the page’s languages', () => {
  it('count a revision each time a chunk adds English words', () => {
    const before = stringsRevision();
    addEnglish({});
    expect(stringsRevision()).to.equal(before + 1);
  });
});

describe('the built-in languages', () => {
  it('loads German, French, Spanish and Italian on demand', async () => {
    await Promise.all(['de', 'fr-CA', 'es-MX', 'it'].map(loadLanguage));
    for (const locale of ['de', 'fr', 'es', 'it']) expect(isLanguageLoaded(locale), locale).to.equal(true);
    expect(resolveStrings('de-AT').retry).to.equal('Erneut versuchen');
    expect(resolveStrings('fr').retry).to.equal('Réessayer');
    expect(resolveStrings('es').retry).to.equal('Reintentar');
    expect(resolveStrings('it').retry).to.equal('Riprova');
    expect(resolveStrings('nl')).to.deep.equal(en);
  });
});

describe('English that arrives with a chunk', () => {
  it('is added to every resolution and bumps the revision', () => {
    const languages = createLanguages({});
    const before = languages.revision;
    expect((languages.resolve('en') as Record<string, string>)['chunk.word']).to.equal(undefined);
    languages.addEnglish({ ['chunk.word' as 'retry']: 'Word' });
    expect(languages.revision).to.equal(before + 1);
    expect((languages.resolve('de') as Record<string, string>)['chunk.word']).to.equal('Word');
    expect(
      languages.resolve('en', { en: { ['chunk.word' as 'retry']: 'Host word' } })['chunk.word' as 'retry'],
    ).to.equal('Host word');
  });
});

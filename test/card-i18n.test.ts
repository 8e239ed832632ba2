import { expect, fixture, html } from '@open-wc/testing';
import { healthy, setupIncomplete } from '../demo/fixtures.mjs';
import type { KomboIntegrationCard } from '../src/kombo-integration-card.js';
import { loadLanguage, resolveStrings } from '../src/i18n/localization.js';
import type { StringKey } from '../src/i18n/strings.js';
import { allEnglish } from './english.js';
import { part, textOf, waitUntil } from './helpers.js';

async function cardIn(lang: string, data: unknown = healthy, extra: Partial<KomboIntegrationCard> = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><kombo-integration-card .integration=${data}></kombo-integration-card></div>`,
  );
  const card = wrapper.querySelector('kombo-integration-card')!;
  Object.assign(card, extra);
  await card.updateComplete;
  return { wrapper, card };
}

const title = (card: KomboIntegrationCard) => textOf(card.shadowRoot!.querySelector('#summary-title'));

const samples: Record<string, { coverage: string; status: string; date: RegExp }> = {
  de: { coverage: 'Datenabdeckung', status: 'Aktiv', date: /Verbunden am 14\. März 2024 \(vor \d+ Jahren\)/ },
  fr: { coverage: 'Couverture des données', status: 'Active', date: /Connectée le 14 mars 2024 \(il y a \d+ ans\)/ },
  es: { coverage: 'Cobertura de datos', status: 'Activa', date: /Conectada el 14 de marzo de 2024 \(hace \d+ años\)/ },
  it: { coverage: 'Copertura dei dati', status: 'Attiva', date: /Collegata il 14 marzo 2024 \(\d+ anni fa\)/ },
};

describe('languages', () => {
  for (const [lang, sample] of Object.entries(samples)) {
    it(`${lang}: every key translated, a sample differs from English, dates through Intl`, async () => {
      await loadLanguage(lang);
      const table = resolveStrings(lang) as Record<StringKey, string>;
      const keys = Object.keys(allEnglish) as StringKey[];
      expect(Object.keys(table).sort()).to.deep.equal([...keys].sort());
      for (const value of Object.values(table)) expect(value.trim()).to.not.equal('');
      const differing = keys.filter((key) => table[key] !== allEnglish[key]);
      expect(differing.length, 'keys that differ from English').to.be.greaterThan(keys.length * 0.8);
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join();
      for (const key of keys) {
        expect(placeholders(table[key]), `${lang} ${key} placeholders`).to.equal(placeholders(allEnglish[key]));
      }

      const { card } = await cardIn(lang);
      await waitUntil(() => title(card) === sample.coverage, `${lang} rendered`);
      expect(textOf(part(card, 'status')[0]!)).to.equal(sample.status);
      expect(textOf(part(card, 'details')[0]!)).to.match(sample.date);
    });
  }

  it('formats numbers in the reader’s language', async () => {
    const { large } = await import('../demo/fixtures.mjs');
    const { card } = await cardIn('de', large(50, 200));
    await waitUntil(() => title(card) === 'Datenabdeckung');
    expect(textOf(part(card, 'summary')[0]!)).to.contain('6.650 von 10.000 Feldern verfügbar');
  });

  it('prefers the card’s own lang over its ancestors’, and regional tags use their language', async () => {
    const { card } = await cardIn('de');
    card.setAttribute('lang', 'fr-CA');
    await waitUntil(() => title(card) === 'Couverture des données', 'switched to French');
  });

  it('falls back to the document language, then to English', async () => {
    const card = await fixture<KomboIntegrationCard>(
      html`<kombo-integration-card .integration=${healthy}></kombo-integration-card>`,
    );
    expect(document.documentElement.lang).to.equal('');
    expect(title(card)).to.equal('Data coverage');
    document.documentElement.lang = 'es';
    try {
      await waitUntil(() => title(card) === 'Cobertura de datos', 'followed the document');
    } finally {
      document.documentElement.removeAttribute('lang');
    }
    await waitUntil(() => title(card) === 'Data coverage', 'back to English');
  });

  it('keeps a language it does not ship in English after every other language has loaded', async () => {
    const { wrapper, card } = await cardIn('nl');
    for (const lang of ['de', 'fr', 'es', 'it']) {
      const other = await cardIn(lang);
      await waitUntil(() => title(other.card) === samples[lang]!.coverage, `${lang} loaded`);
    }
    wrapper.lang = 'nl-BE'; // a language change makes the card look its words up again
    await card.updateComplete;
    expect(title(card)).to.equal('Data coverage');
    expect(textOf(part(card, 'status')[0]!)).to.equal('Active');
  });

  it('speaks English for languages it does not ship and for invalid tags', async () => {
    for (const lang of ['nl', 'not a tag!']) {
      const { card } = await cardIn(lang);
      expect(title(card)).to.equal('Data coverage');
    }
  });

  it('follows a language change at runtime', async () => {
    const { wrapper, card } = await cardIn('en', setupIncomplete);
    expect(textOf(part(card, 'setup-status')[0]!)).to.equal('Setup incomplete');
    wrapper.lang = 'it';
    await waitUntil(
      () => textOf(part(card, 'setup-status')[0]!) === 'Configurazione incompleta',
      'switched to Italian',
    );
    wrapper.lang = 'de';
    await waitUntil(() => textOf(part(card, 'setup-status')[0]!) === 'Einrichtung unvollständig', 'switched to German');
  });

  it('re-words models, actions and open field rows on a language change, not only the header', async () => {
    const { wrapper, card } = await cardIn('en');
    const model = () => part(card, 'model')[0]!;
    model().querySelector('summary')!.click();
    await waitUntil(() => model().querySelector('table'), 'field rows');
    const english = textOf(model());
    expect(english).to.match(/\d+ of \d+ fields available/);
    expect(textOf(part(card, 'field')[0]!)).to.match(/Available|Not available/);
    wrapper.lang = 'de';
    await waitUntil(() => title(card) === 'Datenabdeckung', 'switched to German');
    expect(textOf(model())).to.match(/\d+ von \d+ Feldern verfügbar/);
    expect(textOf(model().querySelector('table'))).to.contain('Feld');
    expect(textOf(part(card, 'field')[0]!)).to.match(/Verfügbar|Nicht verfügbar/);
    expect(textOf(part(card, 'action')[0]!)).to.match(/Verfügbar|Nicht verfügbar/);
  });

  it('finds lang across a shadow root the card is rendered in', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const card = document.createElement('kombo-integration-card');
    card.integration = healthy;
    root.append(card);
    await waitUntil(() => title(card) === 'Couverture des données', 'French through the shadow root');
  });
});

describe('strings overrides', () => {
  it('override any text for English, for a language and for a full locale', async () => {
    const strings = {
      en: { 'coverage.title': 'What we can read' },
      de: { 'coverage.title': 'Was wir lesen können' },
      'de-CH': { 'details.organization': 'Firma' },
    };
    const { card } = await cardIn('en', healthy, { strings });
    expect(title(card)).to.equal('What we can read');
    card.setAttribute('lang', 'de-CH');
    await waitUntil(() => title(card) === 'Was wir lesen können');
    expect(textOf(part(card, 'details')[0]!)).to.contain('Firma');
    card.setAttribute('lang', 'fr');
    await waitUntil(() => title(card) === 'Couverture des données', 'built-in French beats English overrides');
  });

  it('re-renders when the overrides change', async () => {
    const { card } = await cardIn('en');
    card.strings = { en: { 'coverage.title': 'Coverage at a glance' } };
    await card.updateComplete;
    expect(title(card)).to.equal('Coverage at a glance');
    // Every item too, not only the text that changed first.
    card.strings = { en: { available: 'Readable', unavailable: 'Unreadable' } };
    await card.updateComplete;
    for (const item of [...part(card, 'model'), ...part(card, 'action')])
      expect(textOf(item.querySelector('.badge'))).to.match(/^(Readable|Unreadable)$/);
  });
});

describe('right-to-left', () => {
  it('lays out mirrored under dir="rtl"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl" style="width: 600px">
        <kombo-integration-card .integration=${healthy}></kombo-integration-card>
      </div>`,
    );
    const card = wrapper.querySelector('kombo-integration-card')!;
    await card.updateComplete;
    const logo = part(card, 'logo')[0]!.getBoundingClientRect();
    const heading = part(card, 'title')[0]!.getBoundingClientRect();
    expect(logo.left).to.be.greaterThan(heading.left);
    const label = card.shadowRoot!.querySelector('.item-label')!.getBoundingClientRect();
    const meta = card.shadowRoot!.querySelector('.item-meta')!.getBoundingClientRect();
    expect(label.left).to.be.greaterThan(meta.left);
  });
});

describe('white-label words', () => {
  it('never names the integration provider in any default text, in any language', async () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'it']) {
      await loadLanguage(lang);
      const table = resolveStrings(lang) as Record<StringKey, string>;
      if (lang !== 'en') expect(Object.keys(table).length, lang).to.equal(Object.keys(allEnglish).length);
      const naming = Object.entries(table).filter(([, text]) => /kombo/i.test(text));
      expect(naming, lang).to.deep.equal([]);
    }
    for (const [key, text] of Object.entries(allEnglish)) expect(text, key).to.not.match(/kombo/i);
  });
});

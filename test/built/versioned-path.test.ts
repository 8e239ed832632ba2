// The module under a versioned path (as unpkg and jsDelivr serve it), in its own page: one copy of
// the module however many chunks load.
import { expect } from '@open-wc/testing';
import { large } from '../../demo/fixtures.mjs';
import { part, textOf, waitUntil } from '../dom.js';

const MODULE = '/cdn/kombo-integration-card@0.2.0/kombo-integration-card.js';
const paths = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('the module under a versioned path (built)', () => {
  it('loads once, with its chunks beside it, and no warning', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await import(MODULE);
    } finally {
      console.warn = warn;
    }
    const card = document.createElement('kombo-integration-card');
    card.setAttribute('lang', 'it');
    card.integration = large(2, 25);
    document.body.append(card);
    await waitUntil(() => textOf(card.shadowRoot!.querySelector('#summary-title')) === 'Copertura dei dati', 'Italian');
    card.shadowRoot!.querySelector('summary')!.click();
    await waitUntil(() => part(card, 'field').length === 25, 'field rows');
    expect(paths().filter((path) => path.endsWith('/kombo-integration-card.js'))).to.deep.equal([MODULE]);
    expect(paths().some((path) => path.startsWith('/cdn/kombo-integration-card@0.2.0/chunks/'))).to.equal(true);
    expect(warnings).to.deep.equal([]);
  });
});

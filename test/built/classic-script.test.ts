// The built classic script (dist/cdn/kombo-integration-card.iife.js), as a tag manager loads it:
// its own page, nothing of the sources imported (npm test builds before the browser tests).
import { expect } from '@open-wc/testing';
import { healthy, large } from '../../demo/fixtures.mjs';
import { part, textOf, waitUntil } from '../dom.js';

const SCRIPT = '/dist/cdn/kombo-integration-card.iife.js';
const errors: unknown[] = [];
addEventListener('error', (event) => errors.push(event.message));

function load(src: string) {
  return new Promise<void>((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src });
    script.onload = () => resolve();
    script.onerror = reject;
    document.head.append(script);
  });
}

describe('the classic script (built)', () => {
  before(() => load(SCRIPT));

  it('defines the element and exposes its class as window.KomboIntegrationCard', () => {
    expect(typeof window.KomboIntegrationCard).to.equal('function');
    expect(window.KomboIntegrationCard).to.equal(customElements.get('kombo-integration-card'));
  });

  it('renders, with everything inside: field rows, other languages, search', async () => {
    const card = document.createElement('kombo-integration-card');
    card.setAttribute('lang', 'de');
    card.integration = large(3, 20);
    document.body.append(card);
    await waitUntil(() => textOf(card.shadowRoot!.querySelector('#summary-title')) === 'Datenabdeckung', 'German');
    expect(part(card, 'search')).to.have.length(1);
    const details = card.shadowRoot!.querySelector('details')!;
    details.querySelector('summary')!.click();
    await waitUntil(() => part(card, 'field').length === 20, 'field rows');
    expect(textOf(part(card, 'title')[0]!)).to.equal('SAP SuccessFactors');
    card.remove();
  });

  it('is harmless loaded a second time: same class, same global, no error', async () => {
    const before = customElements.get('kombo-integration-card');
    await load(`${SCRIPT}?again`);
    expect(customElements.get('kombo-integration-card')).to.equal(before);
    expect(window.KomboIntegrationCard).to.equal(before);
    const card = document.createElement('kombo-integration-card');
    card.integration = healthy;
    document.body.append(card);
    await card.updateComplete;
    expect(card.state).to.equal('ready');
    card.remove();
    expect(errors).to.deep.equal([]);
  });
});

// The built module (dist/cdn/kombo-integration-card.js) and its chunks, as one <script type="module">
// loads it from a CDN: its own page, nothing of the sources imported.
import { expect, oneEvent } from '@open-wc/testing';
import { large } from '../../demo/fixtures.mjs';
import type { KomboIntegrationCard } from '../../src/kombo-integration-card.js';
import { part, textOf, waitUntil } from '../dom.js';
import { offscreenItemProblems } from '../layout.js';

const MODULE = '/dist/cdn/kombo-integration-card.js';

function requested(path: string) {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname === path);
}

describe('the module (built)', () => {
  let exports: Record<string, unknown>;
  before(async () => {
    exports = await import(MODULE);
  });

  it('defines the element and exports its class and parseIntegration', () => {
    expect(exports.KomboIntegrationCard).to.equal(customElements.get('kombo-integration-card'));
    expect(typeof exports.parseIntegration).to.equal('function');
  });

  it('loads every region from beside itself: the src lifecycle, field rows, languages, search, required data, errors', async () => {
    const card = document.createElement('kombo-integration-card') as KomboIntegrationCard;
    card.setAttribute('lang', 'fr');
    card.requirements = ['hris_employees.ssn'];
    card.src = '/api/integrations/healthy';
    const loaded = oneEvent(card, 'kombo-load');
    document.body.append(card);
    await loaded;
    await waitUntil(
      () => textOf(card.shadowRoot!.querySelector('#summary-title')) === 'Couverture des données',
      'French',
    );
    expect(part(card, 'requirements')).to.have.length(1);
    await waitUntil(() => part(card, 'search').length === 1, 'search arrived');
    card.shadowRoot!.querySelector('summary')!.click();
    await waitUntil(() => part(card, 'field').length === 10, 'field rows');
    card.src = '/api/integrations/healthy?fail=http';
    await oneEvent(card, 'kombo-error');
    expect(textOf(part(card, 'error')[0]!)).to.contain('HTTP 502');
    const chunks = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/dist/cdn/chunks/'));
    for (const chunk of ['source-loader', 'field-table', 'fr-', 'find-view', 'requirements-view', 'error-view'])
      expect(
        chunks.some((path) => path.includes(chunk)),
        chunk,
      ).to.equal(true);
    card.remove();
  });

  it('loads the module once: no chunk fetches a second copy of it', async () => {
    const card = document.createElement('kombo-integration-card');
    card.integration = large(2, 30);
    document.body.append(card);
    await card.updateComplete;
    expect(requested(MODULE)).to.have.length(1);
    card.remove();
  });

  it('lays out only the items near the screen, with the built styles', async () => {
    const card = document.createElement('kombo-integration-card');
    card.integration = large(200, 5);
    document.body.append(card);
    await card.updateComplete;
    expect(await offscreenItemProblems(card)).to.deep.equal([]);
    card.remove();
  });
});

// Its own file, so its page has loaded no chunk yet: the card meets each region for the first time.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { healthy } from '../demo/fixtures.mjs';
import { part, textOf, waitUntil } from './helpers.js';

describe('regions that arrive as chunks, on first use', () => {
  // First in this file: any card showing data preloads the field rows' chunk.
  it('a model opened before the field rows arrived shows them once they do', async () => {
    const card = document.createElement('kombo-integration-card');
    card.integration = healthy;
    document.body.append(card);
    try {
      await card.updateComplete;
      const details = part(card, 'model')[0]!.querySelector('details')!;
      details.open = true;
      await oneEvent(details, 'toggle');
      await card.updateComplete;
      expect(textOf(details.querySelector('[role="status"]'))).to.equal('Loading fields…');
      await waitUntil(() => details.querySelector('table'), 'the rows, once their chunk is here');
      expect(part(card, 'field').length).to.equal(healthy.read_models[0]!.fields.length);
    } finally {
      card.remove();
    }
  });

  it('kombo-load waits for the required-data region: the listener reads its block and the status', async () => {
    const card = document.createElement('kombo-integration-card');
    card.requirements = ['hris_employees.ssn'];
    card.integration = healthy;
    const seen: unknown[] = [];
    card.addEventListener('kombo-load', (event) =>
      seen.push([
        event.detail.requirementsStatus?.available,
        textOf(part(card, 'requirements')[0]?.querySelector('.needs-headline') ?? null),
        card.requirementsStatus === event.detail.requirementsStatus,
      ]),
    );
    await fixture(html`<div>${card}</div>`);
    await card.updateComplete;
    expect(seen).to.deep.equal([[0, '0 of 1 data points this app needs are available', true]]);
  });
});

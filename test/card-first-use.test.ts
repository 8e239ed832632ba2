// Its own file, so its page has loaded no chunk yet: the card meets each region for the first time.
import { expect, fixture, html } from '@open-wc/testing';
import { healthy } from '../demo/fixtures.mjs';
import { part, textOf } from './helpers.js';

describe('regions that arrive as chunks, on first use', () => {
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

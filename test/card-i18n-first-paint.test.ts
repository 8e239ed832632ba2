// Its own file, so its page starts with no language loaded: the first paint below is the card's
// very first in Italian, before the Italian table (a chunk of its own) has arrived.
import { expect, fixture, html } from '@open-wc/testing';
import { healthy } from '../demo/fixtures.mjs';
import type { KomboIntegrationCard } from '../src/kombo-integration-card.js';
import { part, textOf, waitUntil } from './helpers.js';

describe('a language on demand', () => {
  it('speaks English until the table arrives, never a blank, then the reader’s language', async () => {
    const card = await fixture<KomboIntegrationCard>(
      html`<kombo-integration-card lang="it" .integration=${healthy}></kombo-integration-card>`,
    );
    await card.updateComplete;
    expect(textOf(part(card, 'status')[0]!)).to.equal('Active');
    await waitUntil(() => textOf(part(card, 'status')[0]!) === 'Attiva', 'Italian arrived');
  });
});

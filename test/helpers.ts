import { fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { KomboIntegrationCard } from '../src/kombo-integration-card.js';

export { expectAccessible } from './axe.js';

export async function cardWith(integration?: unknown): Promise<KomboIntegrationCard> {
  const card = await fixture<KomboIntegrationCard>(
    html`<kombo-integration-card .integration=${integration}></kombo-integration-card>`,
  );
  await card.updateComplete;
  return card;
}

export { $, $$, clone, expand, part, textOf, waitUntil } from './dom.js';

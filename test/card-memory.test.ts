import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { large } from '../demo/fixtures.mjs';
import '../src/define.js';
import type { KomboIntegrationCard } from '../src/kombo-integration-card.js';
import { trackPageResources } from './page-resources.js';

interface Memory {
  heap: number;
  nodes: number;
  listeners: number;
  documents: number;
}

/** Garbage collected through the DevTools protocol, then what the page holds; `false` outside Chromium. */
const memory = () => executeServerCommand<Memory | false, undefined>('memory');

const MOUNTS = 1000;
const MB = 1024 * 1024;

describe('memory', () => {
  it(`leaves the heap and the DOM where they were after ${MOUNTS} cards of 200 × 100 fields came and went`, async function () {
    this.timeout(240_000);
    if (!(await memory())) this.skip(); // the protocol's forced collection is Chromium's
    const data = large(200, 100);
    // The logo from this server: an image still loading keeps its element, so its card, alive (logos
    // on an unreachable host kept random cards for seconds, and a reading taken then says nothing).
    data.tool.logo_url = data.tool.icon_url = `${location.origin}/test/logo.svg`;
    const text = JSON.stringify({ status: 'success', data });
    const removed: WeakRef<KomboIntegrationCard>[] = [];
    const alive = () => removed.filter((card) => card.deref()).length;
    const host = document.createElement('div');
    document.body.append(host);
    // Every mount gets data of its own (as a page that fetches it would), so anything the card keeps
    // per integration would pile up. Every 50th also opens a model, filters and is removed while
    // its filter still builds rows: the controllers' frames and timers must go with it.
    const mount = async (i: number) => {
      const card = document.createElement('kombo-integration-card') as KomboIntegrationCard;
      card.integration = JSON.parse(text);
      host.append(card);
      await card.updateComplete;
      if (i % 50 === 0) {
        card.shadowRoot!.querySelector('summary')!.click();
        card.filter = 'custom field 1';
        await card.updateComplete;
      }
      card.remove();
      removed.push(new WeakRef(card));
    };
    // Warm-up: chunks, templates and formatters that any card loads once and keeps for all.
    for (let i = 0; i < 20; i++) await mount(i);
    const before = (await memory()) as Memory;
    // A baseline that still holds a card would let anything pass.
    expect(alive(), 'warm-up cards alive when the baseline was read').to.equal(0);
    const resources = trackPageResources();
    let live;
    try {
      for (let i = 0; i < MOUNTS; i++) {
        await mount(i);
        // Collected along the way (in the page: the runner launches Chromium with --expose-gc), so
        // the last collection, through the protocol, stays well within the runner's 20 s per command.
        if (i % 100 === 99) (globalThis as { gc?: () => void }).gc?.();
      }
      await resources.sleep(100);
      live = resources.live;
    } finally {
      resources.stop();
      host.remove();
    }
    // Measured outside the tracking: the test runner's own command keeps a timer of its own.
    const after = (await memory()) as Memory;
    expect(alive(), 'cards alive after their removal').to.equal(0);
    expect(live, 'listeners on window or document, observers and timers').to.deep.equal({
      listeners: [],
      observers: 0,
      timers: 0,
    });
    // One card's integration, parsed, is several times its JSON (over 1 MB): the margin is far below it.
    expect(new Blob([text]).size).to.be.above(MB);
    expect(after.heap - before.heap, `heap grew from ${before.heap} to ${after.heap} bytes`).to.be.below(MB);
    expect(after.nodes - before.nodes, 'DOM nodes left behind').to.be.at.most(0);
    expect(after.listeners - before.listeners, 'event listeners left behind').to.be.at.most(0);
  });
});

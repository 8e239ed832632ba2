// The card inside real frameworks: React 19, Vue 3, Svelte 5 (a component compiled by svelte/compiler
// in the test runner) and Preact 10. Each checks that the
// `integration` object reaches the element as a property, how `src` reaches it (React and Preact
// set it as a property, which the card reflects; Vue is told to set the attribute), and that
// kombo-load / kombo-error reach the framework's handlers. The README copies these.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './dom.js';
import { h as preactH, render as preactRender } from 'preact';
import { flushSync as svelteFlush, mount, unmount } from 'svelte';
import Card from './frameworks/Card.svelte';
import { createElement, createRoot, flushSync } from '/__vendor/react.js';
import { createApp, h } from '/__vendor/vue.js';
import { seed } from '../demo/fixtures.mjs';
import type { KomboErrorEvent, KomboLoadEvent } from '../src/events.js';
import type { KomboIntegrationCard } from '../src/kombo-integration-card.js';
import './helpers.js';

/**
 * Records `setAttribute` calls a framework makes on cards, to tell an attribute binding from a
 * property one. Calls from the card's own update (Lit reflecting `src`) are not the framework's.
 */
function spyOnSetAttribute() {
  const native = Element.prototype.setAttribute;
  const proto = customElements.get('kombo-integration-card')!.prototype as unknown as { update(...a: unknown[]): void };
  const update = proto.update;
  let updating = 0;
  proto.update = function (this: unknown, ...args: unknown[]) {
    updating++;
    try {
      return update.apply(this, args);
    } finally {
      updating--;
    }
  };
  const calls: [string, string][] = [];
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (this.localName === 'kombo-integration-card' && updating === 0) calls.push([name, value]);
    return native.call(this, name, value);
  };
  return {
    calls,
    restore() {
      Element.prototype.setAttribute = native;
      proto.update = update;
    },
  };
}

const mountPoint = () => fixture<HTMLDivElement>(html`<div></div>`);
const cardIn = (container: Element) => container.querySelector('kombo-integration-card') as KomboIntegrationCard;

describe('React 19', () => {
  it('sets integration as a property and hears kombo-load', async () => {
    const container = await mountPoint();
    const loaded: string[] = [];
    // React 19 sets props the element has as properties and `on<event>` props as listeners.
    const root = createRoot(container);
    flushSync(() =>
      root.render(
        createElement('kombo-integration-card', {
          integration: seed,
          'onkombo-load': (event: KomboLoadEvent) => loaded.push(event.detail.integration.id),
        }),
      ),
    );
    await waitUntil(() => loaded.length === 1, 'kombo-load reached React');
    expect(loaded).to.deep.equal([seed.data.id]);
    expect(cardIn(container).integration).to.equal(seed);
    root.unmount();
  });

  it('sets src as a property (the card reflects it) and hears kombo-error', async () => {
    const container = await mountPoint();
    const errors: string[] = [];
    const root = createRoot(container);
    flushSync(() =>
      root.render(
        createElement('kombo-integration-card', {
          src: '/api/integrations/does-not-exist',
          'onkombo-error': (event: KomboErrorEvent) => errors.push(event.detail.error.kind),
        }),
      ),
    );
    await waitUntil(() => errors.length === 1, 'kombo-error reached React');
    expect(errors).to.deep.equal(['api']);
    expect(cardIn(container).src).to.equal('/api/integrations/does-not-exist');
    expect(cardIn(container).getAttribute('src')).to.equal('/api/integrations/does-not-exist');
    root.unmount();
  });
});

describe('Vue 3', () => {
  it('sets integration as a property, src as an attribute (^src), and hears both events', async () => {
    const container = await mountPoint();
    const heard: string[] = [];
    const setAttribute = spyOnSetAttribute();
    // Vue sets props the element has as DOM properties (`^` forces an attribute); onKomboLoad
    // listens to `kombo-load`.
    const app = createApp({
      render: () => [
        h('kombo-integration-card', {
          integration: seed,
          onKomboLoad: (event: KomboLoadEvent) => heard.push(`load ${event.detail.integration.tool.label}`),
        }),
        h('kombo-integration-card', {
          '^src': '/api/integrations/healthy?fail=http',
          onKomboError: (event: KomboErrorEvent) => heard.push(`error ${event.detail.error.kind}`),
        }),
      ],
    });
    app.mount(container);
    await waitUntil(() => heard.length === 2, 'both events reached Vue');
    expect(heard.sort()).to.deep.equal(['error http', 'load Factorial']);
    const [first, second] = container.querySelectorAll('kombo-integration-card');
    expect((first as KomboIntegrationCard).integration).to.deep.equal(seed);
    expect(second!.getAttribute('src')).to.equal('/api/integrations/healthy?fail=http');
    expect(setAttribute.calls).to.deep.include(['src', '/api/integrations/healthy?fail=http']);
    setAttribute.restore();
    app.unmount();
  });
});

describe('Preact 10', () => {
  it('sets integration and src as properties, and hears both events', async () => {
    const container = await mountPoint();
    const heard: string[] = [];
    preactRender(
      [
        preactH('kombo-integration-card', {
          integration: seed,
          'onkombo-load': (event: KomboLoadEvent) => heard.push(`load ${event.detail.integration.id}`),
        }),
        preactH('kombo-integration-card', {
          src: '/api/integrations/beta',
          'onkombo-load': (event: KomboLoadEvent) => heard.push(`load ${event.detail.integration.tool.label}`),
        }),
      ],
      container,
    );
    await waitUntil(() => heard.length === 2, 'both events reached Preact');
    expect(heard.sort()).to.deep.equal(['load Docebo', `load ${seed.data.id}`]);
    expect(container.querySelectorAll('kombo-integration-card')[1]!.getAttribute('src')).to.equal(
      '/api/integrations/beta',
    );
    preactRender(null, container);
  });
});

describe('Svelte 5', () => {
  it('sets integration as a property, src as an attribute, and hears both events', async () => {
    const container = await mountPoint();
    const heard: string[] = [];
    const setAttribute = spyOnSetAttribute();
    const props = { heard };
    const first = mount(Card, { target: container, props: { ...props, integration: seed } });
    const second = mount(Card, { target: container, props: { ...props, src: '/api/integrations/healthy?fail=http' } });
    svelteFlush();
    await waitUntil(() => heard.length === 2, 'both events reached Svelte');
    expect(heard.sort()).to.deep.equal(['error http', 'load Factorial']);
    const [withData, withSrc] = container.querySelectorAll('kombo-integration-card');
    expect((withData as KomboIntegrationCard).integration).to.equal(seed);
    expect(withSrc!.getAttribute('src')).to.equal('/api/integrations/healthy?fail=http');
    setAttribute.restore();
    unmount(first);
    unmount(second);
  });
});

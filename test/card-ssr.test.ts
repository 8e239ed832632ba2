// Must come first: teaches LitElement to hydrate server-rendered shadow roots instead of replacing them.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, fixture, html } from '@open-wc/testing';
import { KomboIntegrationCard } from '../src/index.js';
import { expand, part, textOf, waitUntil } from './dom.js';

async function serverRendered(path: string): Promise<KomboIntegrationCard> {
  const markup = await (await fetch(path)).text();
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  // setHTMLUnsafe parses declarative shadow DOM, as the HTML parser does for a page load.
  (container as HTMLDivElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
  return container.querySelector('kombo-integration-card') as KomboIntegrationCard;
}

describe('server-side rendering and hydration', () => {
  it('shows the content before the element is defined, then hydrates without re-rendering', async () => {
    const tag = 'kombo-integration-card';
    const card = await serverRendered('/ssr/healthy');
    const root = card.shadowRoot!;
    expect(root, 'declarative shadow root').to.not.equal(null);
    const title = root.querySelector('h2')!;
    expect(textOf(title)).to.equal('Factorial');
    expect(textOf(root)).to.contain('17 of 23 fields available');

    KomboIntegrationCard.define(tag);
    await customElements.whenDefined(tag);
    await waitUntil(() => card.state === 'ready', 'hydrated');
    await card.updateComplete;
    expect(card.shadowRoot).to.equal(root);
    expect(root.querySelector('h2')).to.equal(title, 'the server-rendered heading is kept, not replaced');
    expect(card.data!.tool.label).to.equal('Factorial');

    // It is live: a disclosure renders its field rows on the client.
    await expand(card, part(card, 'model')[0]!.querySelector('details')!);
    expect(part(card, 'field')).to.have.length(10);

    // And it still reacts to new data.
    card.integration = { ...card.data!, tool: { ...card.data!.tool, label: 'Factorial Pro' } };
    await card.updateComplete;
    expect(textOf(root.querySelector('h2'))).to.equal('Factorial Pro');
  });

  it('a card with src renders its loading state on the server and fetches once hydrated', async () => {
    const card = await serverRendered('/ssr-src/beta');
    const root = card.shadowRoot!;
    expect(textOf(root)).to.contain('Loading integration…');
    KomboIntegrationCard.define('kombo-integration-card');
    await waitUntil(() => card.state === 'ready', 'fetched in the browser after hydration');
    await card.updateComplete;
    expect(card.shadowRoot).to.equal(root);
    expect(textOf(part(card, 'title')[0]!)).to.equal('Docebo');
  });

  it('hydrates a German server render in German, keeping its elements, then adds the regions that arrive as chunks', async () => {
    const markup = await (await fetch('/ssr/healthy?lang=de')).text();
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const english: string[] = [];
    const watch = new MutationObserver((records) => {
      for (const record of records) {
        const text = record.target.textContent ?? '';
        if (/Data coverage|Connection health/.test(text)) english.push(text.slice(0, 40));
      }
    });
    (container as HTMLDivElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup);
    const card = container.querySelector('kombo-integration-card') as KomboIntegrationCard;
    const root = card.shadowRoot!;
    watch.observe(root, { subtree: true, childList: true, characterData: true });
    const title = root.querySelector('#summary-title')!;
    expect(textOf(title)).to.equal('Datenabdeckung');
    KomboIntegrationCard.define('kombo-integration-card');
    await waitUntil(() => card.state === 'ready', 'hydrated');
    await card.updateComplete;
    expect(root.querySelector('#summary-title')).to.equal(title, 'kept, not replaced');
    await waitUntil(() => part(card, 'search').length === 1, 'search arrives after hydration');
    expect(textOf(title)).to.equal('Datenabdeckung');
    watch.disconnect();
    expect(english).to.deep.equal([], 'never English on the way');
  });
});

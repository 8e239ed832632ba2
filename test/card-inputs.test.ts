import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { dataExpired, healthy, seed } from '../demo/fixtures.mjs';
import { KomboIntegrationCard } from '../src/kombo-integration-card.js';
import { $, cardWith, clone, expand, part, textOf, waitUntil } from './helpers.js';
import { matchesState } from './states.js';

describe('inputs', () => {
  it('starts empty with an empty state that says what will appear', async () => {
    const card = await cardWith();
    expect(card.state).to.equal('empty');
    expect(card.data).to.equal(undefined);
    expect(card.error).to.equal(undefined);
    expect(textOf(part(card, 'empty')[0]!)).to.contain('No integration to show yet');
    expect(matchesState(card, 'empty')).to.equal(true);
  });

  it('takes the envelope, the bare object or a JSON string through `integration`', async () => {
    for (const input of [seed, seed.data, JSON.stringify(seed), JSON.stringify(seed.data)]) {
      const card = await cardWith(input);
      expect(card.state).to.equal('ready');
      expect(card.data!.tool.label).to.equal('Factorial');
      expect(matchesState(card, 'ready')).to.equal(true);
      expect(matchesState(card, 'empty')).to.equal(false);
    }
  });

  it('fires kombo-load only once the data is on screen: a listener reads the rendered card synchronously', async () => {
    const card = document.createElement('kombo-integration-card');
    await fixture(html`<div>${card}</div>`);
    const seen: { title: string; state: string; detail: unknown }[] = [];
    card.addEventListener('kombo-load', (event) => {
      seen.push({ title: textOf(part(card, 'title')[0] ?? null), state: card.state, detail: event.detail.integration });
    });
    card.integration = seed;
    await card.updateComplete;
    expect(seen).to.deep.equal([{ title: 'Factorial', state: 'ready', detail: card.data }]);
  });

  it('fires kombo-error only once the error is on screen', async () => {
    const card = await cardWith(seed);
    const seen: string[] = [];
    card.addEventListener('kombo-error', () => seen.push(textOf(part(card, 'error')[0] ?? null)));
    card.integration = '{ nope';
    await card.updateComplete;
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('This integration can’t be shown');
  });

  it('dispatches all its events bubbling and composed, so they leave any shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const heard: string[] = [];
    for (const type of ['kombo-loadstart', 'kombo-load', 'kombo-error'])
      outer.parentElement!.addEventListener(type, (event) => {
        if (event.bubbles && event.composed) heard.push(type);
      });
    const card = document.createElement('kombo-integration-card');
    card.fetcher = async () => new Response(JSON.stringify(seed), { headers: { 'content-type': 'application/json' } });
    card.src = '/vendor/integration';
    root.append(card);
    await waitUntil(() => heard.length === 2, 'loadstart and load heard outside');
    card.integration = 42;
    await waitUntil(() => heard.length === 3, 'error heard outside');
    expect(heard).to.deep.equal(['kombo-loadstart', 'kombo-load', 'kombo-error']);
  });

  it('goes back to empty when the integration is cleared', async () => {
    const card = await cardWith(seed);
    card.integration = undefined;
    await card.updateComplete;
    expect(card.state).to.equal('empty');
    expect(card.data).to.equal(undefined);
    expect(part(card, 'title')).to.have.length(0);
  });

  it('reads JSON from the integration attribute, like the property given a string', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><kombo-integration-card integration=${JSON.stringify(seed)}></kombo-integration-card></div>`,
    );
    const card = wrapper.querySelector('kombo-integration-card')!;
    await card.updateComplete;
    expect(card.state).to.equal('ready');
    expect(card.data!.tool.label).to.equal('Factorial');
    card.setAttribute('integration', JSON.stringify(dataExpired));
    await card.updateComplete;
    expect(textOf(part(card, 'title')[0]!)).to.equal('Workday');
    card.setAttribute('integration', '{ broken');
    await card.updateComplete;
    expect(card.error!.kind).to.equal('parse');
    expect(textOf(part(card, 'error')[0]!)).to.contain('The data is not valid JSON.');
    card.removeAttribute('integration');
    await card.updateComplete;
    expect(card.state).to.equal('empty');
  });

  it('reads inline JSON, and reads it again when it changes', async () => {
    const card = await fixture<KomboIntegrationCard>(
      html`<kombo-integration-card>
        <script type="application/json">
          ${JSON.stringify(seed)}
        </script>
      </kombo-integration-card>`,
    );
    await card.updateComplete;
    expect(card.state).to.equal('ready');
    expect(card.data!.tool.label).to.equal('Factorial');
    const loaded = oneEvent(card, 'kombo-load');
    card.querySelector('script')!.textContent = JSON.stringify(dataExpired);
    await loaded;
    expect(textOf(part(card, 'title')[0]!)).to.equal('Workday');
  });

  it('reads inline JSON added after the element was created', async () => {
    const card = await cardWith();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(seed.data);
    const loaded = oneEvent(card, 'kombo-load');
    card.append(script);
    await loaded;
    expect(card.state).to.equal('ready');
  });

  it('lets the most recently set input win between property and inline JSON', async () => {
    const card = await fixture<KomboIntegrationCard>(
      html`<kombo-integration-card>
        <script type="application/json">
          ${JSON.stringify(seed)}
        </script>
      </kombo-integration-card>`,
    );
    card.integration = dataExpired;
    await card.updateComplete;
    expect(card.data!.tool.label).to.equal('Workday');
    card.integration = undefined;
    await card.updateComplete;
    expect(card.data!.tool.label).to.equal('Factorial');
  });

  it('does not treat other scripts as data', async () => {
    const card = await fixture<KomboIntegrationCard>(
      html`<kombo-integration-card>
        <script type="text/plain">
          {"not": "data"}
        </script>
      </kombo-integration-card>`,
    );
    expect(card.state).to.equal('empty');
  });
});

describe('bad input', () => {
  const bad: [string, unknown, string][] = [
    ['not JSON', '{"status": "succ', 'parse'],
    ['no tool label', { ...seed.data, tool: { id: 'factorial' } }, 'invalid-data'],
    ['read_models not an array', { ...seed.data, read_models: {} }, 'invalid-data'],
    ['a number', 42, 'invalid-data'],
    [
      'a Kombo error envelope',
      {
        status: 'error',
        error: { code: 'PLATFORM.UNKNOWN_ERROR', title: 'Unknown error', message: 'Something broke.', log_url: null },
      },
      'api',
    ],
  ];
  for (const [name, input, kind] of bad) {
    it(`${name}: error state, one kombo-error, no stale integration, nothing thrown`, async () => {
      const card = await cardWith(seed);
      const errors: CustomEvent[] = [];
      card.addEventListener('kombo-error', (event) => errors.push(event));
      card.integration = input;
      await card.updateComplete;
      await nextFrame();
      expect(card.state).to.equal('error');
      expect(card.data).to.equal(undefined);
      expect(card.error!.kind).to.equal(kind);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.error).to.equal(card.error);
      expect(part(card, 'title')).to.have.length(0);
      const box = part(card, 'error')[0]!;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(textOf(box)).to.contain('This integration can’t be shown');
      expect(matchesState(card, 'error')).to.equal(true);
    });
  }

  it('words a broken JSON string as not JSON, given through the property or inline', async () => {
    const card = await cardWith('{"status": "succ');
    expect(textOf(part(card, 'error')[0]!)).to.contain('The data is not valid JSON.');
    expect(textOf(part(card, 'error')[0]!)).to.not.contain('server');
    const inline = await fixture<KomboIntegrationCard>(
      html`<kombo-integration-card
        ><script type="application/json">
          { nope
        </script></kombo-integration-card
      >`,
    );
    await inline.updateComplete;
    expect(inline.error!.kind).to.equal('parse');
    expect(textOf(part(inline, 'error')[0]!)).to.contain('The data is not valid JSON.');
  });

  it('says the integration service reported an error when an error envelope says nothing else', async () => {
    const card = await cardWith({ status: 'error', error: { code: 'PLATFORM.UNKNOWN_ERROR' } });
    expect(card.error).to.include({ kind: 'api', code: 'PLATFORM.UNKNOWN_ERROR' });
    expect(textOf(part(card, 'error')[0]!)).to.contain('The integration service reported an error.');
    expect(textOf(part(card, 'error')[0]!)).to.not.contain('PLATFORM.UNKNOWN_ERROR');
  });

  it('lists the invalid paths on screen', async () => {
    const card = await cardWith({ ...seed.data, read_models: {} });
    const error = card.error!;
    if (error.kind !== 'invalid-data') throw new Error(error.kind);
    expect(error.issues[0]!.path).to.equal('read_models');
    expect(textOf(part(card, 'error')[0]!)).to.contain('The integration data is incomplete or malformed.');
    expect(textOf($(card, '.issues'))).to.contain('read_models');
  });

  it('shows Kombo’s own title and message for an error envelope', async () => {
    const card = await cardWith(bad[4]![1]);
    expect(textOf(part(card, 'error')[0]!)).to.contain('Unknown error: Something broke.');
  });

  it('recovers from an error when good data arrives', async () => {
    const card = await cardWith('nope');
    expect(card.state).to.equal('error');
    card.integration = seed;
    await card.updateComplete;
    expect(card.state).to.equal('ready');
    expect(card.error).to.equal(undefined);
  });

  it('does not offer a retry button for data given through the property', async () => {
    const card = await cardWith('nope');
    expect(part(card, 'retry')).to.have.length(0);
  });
});

describe('definition and upgrade', () => {
  it('keeps a property set before the element was defined', async () => {
    const tag = 'kombo-upgrade-test';
    const card = document.createElement(tag) as KomboIntegrationCard;
    (card as { integration?: unknown }).integration = seed;
    document.body.append(card);
    class Late extends KomboIntegrationCard {}
    Late.define(tag);
    expect(customElements.get(tag)).to.equal(Late);
    await (card as KomboIntegrationCard).updateComplete;
    expect(card.state).to.equal('ready');
    expect(card.data!.tool.label).to.equal('Factorial');
    card.remove();
  });

  it('does not throw when the script defines the element a second time', async () => {
    const first = customElements.get('kombo-integration-card');
    class Copy extends KomboIntegrationCard {}
    expect(() => Copy.define()).to.not.throw();
    expect(customElements.get('kombo-integration-card')).to.equal(first);
    // Loading the registering module again (a second <script>) is just as harmless.
    await import(`../src/define.ts?again=${Date.now()}`);
    expect(customElements.get('kombo-integration-card')).to.equal(first);
  });

  it('is registered in the tag map under its name', () => {
    const card: KomboIntegrationCard = document.createElement('kombo-integration-card');
    expect(card).to.be.instanceOf(KomboIntegrationCard);
  });
});

describe('changes over time', () => {
  it('forgets expanded models when a different integration arrives', async () => {
    const card = await cardWith(healthy);
    await expand(card, part(card, 'model')[0]!.querySelector('details')!);
    expect(part(card, 'field').length).to.be.greaterThan(0);
    const other = clone(healthy);
    other.id = 'factorial:another';
    card.integration = other;
    await card.updateComplete;
    expect(part(card, 'field')).to.have.length(0);
  });
});

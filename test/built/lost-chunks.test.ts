// The built module from a CDN that serves it but none of its chunks (every `chunks/` file a 404; see
// `versionedPath` in web-test-runner.config.mjs), in its own page. A chunk that cannot load is asked
// for once: the card settles without it (events fire, `updateComplete` resolves) and the page stays
// responsive. Asked again on every render, it froze Firefox (which keeps a failed module failed) and
// made hundreds of requests a second in Chromium.
import { expect, oneEvent } from '@open-wc/testing';
import { large, seed } from '../../demo/fixtures.mjs';
import type { KomboIntegrationCard } from '../../src/kombo-integration-card.js';
import { expectAccessible } from '../axe.js';
import { part, textOf, waitUntil } from '../dom.js';

const BASE = '/cdn/kombo-integration-card@lost-chunks/';

/** How often a chunk was asked for (a failed request is a resource entry too). */
const requests = (chunk: string) =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.startsWith(`${BASE}chunks/${chunk}`)).length;

/**
 * What the card shows for an error without the error views: their title as an alert, never the
 * loading state (whose "Loading integration…" would never end).
 */
async function expectErrorTitle(card: KomboIntegrationCard): Promise<void> {
  const [base, ...more] = part(card, 'base');
  expect(more).to.have.length(0);
  expect(base!.getAttribute('part')).to.equal('base error');
  expect(base!.getAttribute('role')).to.equal('alert');
  expect(textOf(base!)).to.equal('This integration can’t be shown');
  expect(card.shadowRoot!.querySelector('[aria-busy="true"], [role="status"]')).to.equal(null);
  await expectAccessible(card);
}

/** The page still runs its tasks (a card asking for a chunk in a loop starves them). */
const responsive = () => new Promise((resolve) => setTimeout(resolve, 50));

function card(setup: (card: KomboIntegrationCard) => void): KomboIntegrationCard {
  const element = document.createElement('kombo-integration-card') as KomboIntegrationCard;
  setup(element);
  document.body.append(element);
  return element;
}

describe('the module when its chunks cannot load (built)', () => {
  before(async () => {
    await import(`${BASE}kombo-integration-card.js`);
  });

  afterEach(() => {
    for (const element of document.querySelectorAll('kombo-integration-card')) element.remove();
  });

  it('still reports bad data without the error view: kombo-error once, state error, its title, updateComplete settles', async () => {
    const shown = card((element) => (element.integration = seed));
    await shown.updateComplete;
    const errors: unknown[] = [];
    shown.addEventListener('kombo-error', (event) => errors.push(event.detail.error));
    shown.integration = '{ nope';
    await shown.updateComplete;
    await responsive();
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ kind: 'parse' });
    expect(shown.state).to.equal('error');
    await expectErrorTitle(shown);
    // The next bad input is reported too, once.
    shown.integration = 42;
    await shown.updateComplete;
    await responsive();
    expect(errors).to.have.length(2);
    expect(errors[1]).to.include({ kind: 'invalid-data' });
    await expectErrorTitle(shown);
    expect(requests('error-view')).to.be.at.most(1);
  });

  it('turns a src card whose request code cannot load into a network error and its title, not endless loading', async () => {
    const shown = card((element) => (element.src = '/api/integrations/healthy'));
    const { detail } = await oneEvent(shown, 'kombo-error');
    expect(detail.error.kind).to.equal('network');
    expect(shown.state).to.equal('error');
    await shown.updateComplete;
    await responsive();
    await expectErrorTitle(shown);
    // Another URL cannot be asked for either: it says so too, rather than loading forever.
    const next = oneEvent(shown, 'kombo-error');
    shown.src = '/api/integrations/credentials-invalid';
    expect((await next).detail.error.kind).to.equal('network');
    expect(shown.state).to.equal('error');
    await shown.updateComplete;
    await expectErrorTitle(shown);
    expect(requests('source-loader')).to.be.at.most(1);
  });

  it('shows the data without the required-data region or search when theirs cannot load', async () => {
    const loaded: unknown[] = [];
    const shown = card((element) => {
      element.requirements = ['hris_employees.ssn'];
      element.filter = 'custom_field_1';
      element.integration = large(3, 25);
      element.addEventListener('kombo-load', () => loaded.push(textOf(part(element, 'title')[0] ?? null)));
    });
    await shown.updateComplete;
    await responsive();
    expect(loaded).to.deep.equal(['SAP SuccessFactors'], 'kombo-load once, with the card drawn');
    expect(shown.state).to.equal('ready');
    expect(shown.requirementsStatus).to.equal(undefined);
    expect(part(shown, 'requirements')).to.have.length(0);
    expect(part(shown, 'model')).to.have.length(3, 'every model, unfiltered');
    expect(requests('requirements-view')).to.be.at.most(1);
    expect(requests('find-view')).to.be.at.most(1);
  });

  it('stays in English without its language, and an open model says its fields cannot be shown', async () => {
    const shown = card((element) => {
      element.setAttribute('lang', 'fr');
      element.integration = large(2, 25);
    });
    await shown.updateComplete;
    part(shown, 'model')[0]!.querySelector('summary')!.click();
    await shown.updateComplete;
    // "Loading fields…" until the rows' chunk has failed, then never again.
    const status = () => part(shown, 'model')[0]!.querySelector('[role="status"]');
    await waitUntil(() => textOf(status()) === 'The fields can’t be shown.', 'the open model says so');
    await responsive();
    expect(textOf(shown.shadowRoot!.querySelector('#summary-title'))).to.equal('Data coverage');
    expect(textOf(part(shown, 'model')[0]!)).not.to.contain('Loading fields…');
    expect(part(shown, 'field')).to.have.length(0);
    // A model opened later says it in the render that opens it.
    const second = part(shown, 'model')[1]!.querySelector('details')!;
    second.querySelector('summary')!.click();
    await oneEvent(second, 'toggle');
    await shown.updateComplete;
    expect(textOf(second.querySelector('[role="status"]'))).to.equal('The fields can’t be shown.');
    await expectAccessible(shown);
    expect(requests('fr-')).to.be.at.most(1);
    expect(requests('field-table')).to.be.at.most(1);
  });
});

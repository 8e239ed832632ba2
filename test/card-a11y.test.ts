import { expect, fixture, html } from '@open-wc/testing';
import { credentialsInvalid, dataExpired, healthy, unknownValues } from '../demo/fixtures.mjs';
import { cardWith, expand, expectAccessible, part } from './helpers.js';

describe('accessibility (axe, WCAG 2.0–2.2 A and AA)', () => {
  it('empty state', async () => {
    await expectAccessible(await cardWith());
  });

  it('loading state', async () => {
    const card = document.createElement('kombo-integration-card');
    card.fetcher = () => new Promise(() => {});
    card.src = '/never-answers';
    await fixture(html`<div>${card}</div>`);
    await card.updateComplete;
    expect(card.state).to.equal('loading');
    await expectAccessible(card);
  });

  it('announces loading and errors once: re-renders keep the same live region and text', async () => {
    const card = document.createElement('kombo-integration-card');
    card.fetcher = () => new Promise(() => {});
    card.src = '/never-answers';
    await fixture(html`<div>${card}</div>`);
    const status = card.shadowRoot!.querySelector('[role="status"]')!;
    card.requestUpdate();
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[role="status"]')).to.equal(status);
    card.integration = 'not json';
    await card.updateComplete;
    const alert = card.shadowRoot!.querySelector('[role="alert"]')!;
    const text = alert.textContent;
    card.requestUpdate();
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[role="alert"]')).to.equal(alert);
    expect(alert.textContent).to.equal(text);
  });

  it('error state', async () => {
    await expectAccessible(await cardWith({ nope: true }));
  });

  for (const [name, data] of Object.entries({ healthy, credentialsInvalid, dataExpired, unknownValues })) {
    it(`ready state, collapsed: ${name}`, async () => {
      await expectAccessible(await cardWith(data));
    });
  }

  it('ready state with every model and action expanded', async () => {
    const card = await cardWith(healthy);
    for (const details of card.shadowRoot!.querySelectorAll('details')) await expand(card, details);
    expect(part(card, 'field').length).to.be.greaterThan(20);
    await expectAccessible(card);
  });

  it('says every status in words, not by colour alone', async () => {
    const card = await cardWith(credentialsInvalid);
    const badges = part(card, 'badge');
    expect(badges.length).to.be.greaterThan(credentialsInvalid.read_models.length);
    for (const badge of badges) {
      const words = [...badge.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent!.trim())
        .join('');
      expect(words, badge.outerHTML).to.not.equal('');
    }
  });

  it('makes every disclosure keyboard-reachable through native summary elements', async () => {
    const card = await cardWith(healthy);
    const summaries = card.shadowRoot!.querySelectorAll('details > summary');
    expect(summaries.length).to.equal(healthy.read_models.length + healthy.write_actions.length);
    for (const summary of summaries) expect((summary as HTMLElement).tabIndex).to.equal(0);
  });
});

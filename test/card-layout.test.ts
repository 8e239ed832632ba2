import { expect, fixture, html } from '@open-wc/testing';
import { credentialsInvalid, healthy, large } from '../demo/fixtures.mjs';
import { expand, expectAccessible, part, waitUntil } from './helpers.js';
import type { KomboIntegrationCard } from '../src/kombo-integration-card.js';
import { applyTextSpacing, clipped, offscreenItemProblems, outside, smallTargets } from './layout.js';

const WIDTHS = [280, 320, 360, 480, 720, 1024];

/** The worst strings a customer's data may hold: very long, and with no place to break. */
function hostile() {
  const data = structuredClone(credentialsInvalid);
  data.tool.label = 'Enterprise Human Capital Management Suite Professional Edition for Global Payroll!!';
  data.end_user.organization_name = 'Nordlicht Aktiengesellschaft für Personaldienstleistungen '.repeat(4);
  data.end_user.creator_email =
    'the.person.who.connected.this.integration.for.everyone@a-very-long-company-domain.example.com';
  data.end_user.origin_id = 'cust_'.padEnd(90, 'x');
  data.id = `enterprise:${'Q'.repeat(80)}`;
  data.setup_status = 'INCOMPLETE';
  data.read_models[0]!.fields.push({
    id: `custom_${'field'.repeat(30)}`,
    is_available: false,
    coverage_status: 'NOT_IMPLEMENTED',
    scope_config_setting: 'ENABLED',
    opted_out_by_customer: false,
  });
  data.read_models[0]!.label = 'Employees with an unreasonably long model label that goes on and on and on';
  return data;
}

/** A card in a container `width` px wide, with every region on: repair buttons, required data, search. */
async function cardIn(width: number, data: unknown, attrs: Record<string, string> = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><kombo-integration-card></kombo-integration-card></div>`,
  );
  const card = wrapper.querySelector('kombo-integration-card')!;
  card.createConnectLink = async () => 'https://connect.example/x';
  card.requirements = ['hris_employees.date_of_birth', 'hris_employees.ssn', 'hris_teams', 'hris_payroll_runs'];
  for (const [name, value] of Object.entries(attrs)) card.setAttribute(name, value);
  card.integration = data;
  await card.updateComplete;
  await waitUntil(() => part(card, 'search').length > 0, 'search arrived');
  await expand(card, part(card, 'model')[0]!.querySelector('details')!);
  return card;
}

describe('layout: any container width', () => {
  for (const width of WIDTHS) {
    it(`${width}px: nothing leaves the card, nothing scrolls sideways, hostile data wraps`, async () => {
      for (const data of [healthy, hostile()]) {
        const card = await cardIn(width, data);
        expect(card.getBoundingClientRect().width).to.equal(width);
        expect(outside(card), `${width}px`).to.deep.equal([]);
        expect(clipped(card), `${width}px`).to.deep.equal([]);
      }
    });
  }

  it('never hides hostile text: the full strings are on screen', async () => {
    const data = hostile();
    const card = await cardIn(280, data);
    const text = card.shadowRoot!.textContent!;
    for (const value of [data.tool.label, data.end_user.creator_email, data.id, data.end_user.origin_id])
      expect(text).to.contain(value);
    for (const element of card.shadowRoot!.querySelectorAll('*'))
      expect(getComputedStyle(element).textOverflow, element.localName).to.not.equal('ellipsis');
  });

  it('reads the field table as one block per field, label first, when it does not fit', async () => {
    const card = await cardIn(320, healthy);
    const row = part(card, 'field')[0]!;
    const [label, availability] = [row.querySelector('.field-label')!, row.querySelector('[part~="badge"]')!];
    expect(label.getBoundingClientRect().top).to.be.lessThan(availability.getBoundingClientRect().top);
    expect(row.getBoundingClientRect().width).to.be.closeTo(row.parentElement!.getBoundingClientRect().width, 1);
    await expectAccessible(card);
    const wide = await cardIn(1024, healthy);
    const wideRow = part(wide, 'field')[0]!;
    const top = (selector: string) => wideRow.querySelector(selector)!.getBoundingClientRect().top;
    expect(Math.abs(top('.field-label') - top('[part~="badge"]'))).to.be.lessThan(8, 'a table row when it fits');
  });

  it('uses a wide container: health beside the coverage summary, models in two columns, markedly shorter', async () => {
    const narrow = await cardIn(480, healthy);
    const wide = await cardIn(1024, healthy);
    for (const card of [narrow, wide]) part(card, 'model')[0]!.querySelector('details')!.open = false;
    await Promise.all([narrow.updateComplete, wide.updateComplete]);
    const health = wide.shadowRoot!.querySelector('.health')!.getBoundingClientRect();
    const summary = part(wide, 'summary')[0]!.getBoundingClientRect();
    expect(summary.left).to.be.greaterThan(health.right - 1, 'beside, not below');
    const [first, second] = part(wide, 'model').map((model) => model.getBoundingClientRect());
    expect(second!.top).to.be.closeTo(first!.top, 1, 'two columns');
    expect(wide.getBoundingClientRect().height).to.be.lessThan(narrow.getBoundingClientRect().height * 0.75);
  });

  it('keeps the summary variant compact at every width', async () => {
    for (const width of WIDTHS) {
      const [summary, full] = await Promise.all(
        ['summary', 'full'].map(async (variant) => {
          const card = document.createElement('kombo-integration-card');
          card.variant = variant as 'summary' | 'full';
          card.integration = credentialsInvalid;
          await fixture(html`<div style="width: ${width}px">${card}</div>`);
          await card.updateComplete;
          return card;
        }),
      );
      expect(outside(summary!), `${width}px`).to.deep.equal([]);
      const height = summary!.getBoundingClientRect().height;
      expect(height, `${width}px`).to.be.lessThan(full!.getBoundingClientRect().height / 3);
      if (width >= 720) expect(height, `${width}px: health beside the summary`).to.be.lessThan(260);
    }
  });

  it('keeps every target at least 24 × 24 px, at every width and density', async () => {
    for (const width of [280, 1024]) {
      for (const density of ['comfortable', 'compact']) {
        const card = await cardIn(width, hostile(), { density });
        expect(smallTargets(card), `${width}px ${density}`).to.deep.equal([]);
      }
    }
  });

  it('holds at 280px right-to-left and in every language', async () => {
    for (const [lang, dir] of [
      ['de', 'ltr'],
      ['fr', 'ltr'],
      ['es', 'ltr'],
      ['it', 'ltr'],
      ['en', 'rtl'],
    ] as const) {
      const card = await cardIn(280, hostile(), { lang, dir });
      await waitUntil(() => lang === 'en' || !card.shadowRoot!.textContent!.includes('Connection health'), lang);
      await card.updateComplete;
      expect(outside(card), `${lang} ${dir}`).to.deep.equal([]);
      expect(clipped(card), `${lang} ${dir}`).to.deep.equal([]);
    }
  });

  it('at 200% text spacing (WCAG 1.4.12) nothing leaves the card or is cut off', async () => {
    for (const width of [320, 1024]) {
      const card = await cardIn(width, hostile());
      applyTextSpacing(card);
      await new Promise(requestAnimationFrame);
      expect(outside(card), `${width}px`).to.deep.equal([]);
      expect(clipped(card), `${width}px`).to.deep.equal([]);
    }
  });

  it('lays out only the items near the screen: the rest wait until they come near, still readable', async () => {
    const card = await fixture<KomboIntegrationCard>(
      html`<kombo-integration-card style="width: 1024px" .integration=${large(200, 5)}></kombo-integration-card>`,
    );
    await card.updateComplete;
    expect(await offscreenItemProblems(card)).to.deep.equal([]);
  });

  it('is axe clean in the narrow layout, a large integration with search included', async () => {
    const card = await cardIn(320, large(12, 30));
    await expectAccessible(card);
  });
});

import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { beta, healthy, large } from '../demo/fixtures.mjs';
import type { KomboIntegrationCard } from '../src/kombo-integration-card.js';
import { expand, expectAccessible, part, textOf, waitUntil } from './helpers.js';

/** A card with `data`, its search chunk arrived (its field shows for 20 fields or more). */
async function searchable(data: unknown = healthy, attrs: Record<string, string> = {}) {
  const card = document.createElement('kombo-integration-card');
  for (const [name, value] of Object.entries(attrs)) card.setAttribute(name, value);
  card.integration = data;
  await fixture(html`<div><button>before</button>${card}</div>`);
  await waitUntil(() => part(card, 'search').length > 0 || part(card, 'find-result').length > 0, 'search arrived');
  await card.updateComplete;
  return card;
}

const input = (card: KomboIntegrationCard) => part(card, 'search')[0] as HTMLInputElement;
const shownItems = (card: KomboIntegrationCard) =>
  [...part(card, 'model'), ...part(card, 'action')].map((item) => textOf(item.querySelector('.item-label')));
const openItems = (card: KomboIntegrationCard) =>
  [...card.shadowRoot!.querySelectorAll('details[open]')].map((details) => (details as HTMLElement).dataset.key);
const result = (card: KomboIntegrationCard) => textOf(part(card, 'find-result')[0] ?? null);

async function type(card: KomboIntegrationCard, text: string) {
  const field = input(card);
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await card.updateComplete;
  await waitUntil(() => !card.shadowRoot!.querySelector('details[open] p[role="status"]'), 'rows rendered');
}

describe('search', () => {
  it('offers a labelled search field and an availability choice above the lists, for 20 fields or more', async () => {
    const card = await searchable();
    const field = input(card);
    expect(field.type).to.equal('search');
    const label = card.shadowRoot!.querySelector(`label[for="${field.id}"]`);
    expect(textOf(label)).to.equal('Find a data model or field');
    const choices = [...part(card, 'availability-filter')[0]!.querySelectorAll('label')].map((each) => textOf(each));
    expect(choices).to.deep.equal(['All', 'Available', 'Not available']);
    expect(textOf(part(card, 'availability-filter')[0]!.querySelector('legend'))).to.equal('Show');
    const search = field.closest('.find')!;
    const lists = card.shadowRoot!.querySelector('.list')!;
    expect(search.compareDocumentPosition(lists) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(part(card, 'summary')[0]!.compareDocumentPosition(search) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
      0,
    );
    await expectAccessible(card);
  });

  it('keeps the lists (and the focus in them) when the search arrives above them', async () => {
    const card = document.createElement('kombo-integration-card');
    card.integration = large(2, 9); // 18 fields: no search yet
    await fixture(html`<div>${card}</div>`);
    await card.updateComplete;
    const summary = card.shadowRoot!.querySelector('summary')!;
    summary.focus();
    card.integration = large(2, 12); // 24 fields, the same models: the search comes
    await waitUntil(() => part(card, 'search').length > 0, 'search arrived');
    expect(summary.isConnected, 'the first model keeps its disclosure').to.equal(true);
    expect(card.shadowRoot!.activeElement).to.equal(summary);
    expect(textOf(summary.querySelector('.item-meta'))).to.equal('8 of 12 fields available');
  });

  it('hides them for a small integration, where the properties still work', async () => {
    const card = document.createElement('kombo-integration-card');
    card.integration = beta; // 5 fields
    await fixture(html`<div>${card}</div>`);
    await aTimeout(100);
    expect(part(card, 'search')).to.have.length(0);
    card.filter = 'title';
    await waitUntil(() => part(card, 'find-result').length > 0, 'filtered');
    expect(shownItems(card)).to.deep.equal(['Courses']);
    expect(part(card, 'search')).to.have.length(1, 'the field shows while a filter is on');
  });

  it('finds a field by its readable label or id, opens its model with only that field, and marks the words', async () => {
    const card = await searchable();
    for (const query of ['date of birth', 'DATE_OF_BIRTH', 'birth']) {
      await type(card, query);
      expect(shownItems(card)).to.deep.equal(['Employees']);
      expect(openItems(card)).to.deep.equal(['model:hris_employees']);
      const rows = part(card, 'field');
      expect(rows.map((row) => row.querySelector('.field-id')!.textContent)).to.deep.equal(['date_of_birth']);
      const marks = [...rows[0]!.querySelectorAll('mark')];
      expect(marks.length).to.be.greaterThan(0);
      for (const mark of marks) expect(mark.getAttribute('part')).to.equal('match');
    }
    expect(textOf(part(card, 'field')[0]!.querySelector('.field-label mark'))).to.equal('birth');
    expect(result(card)).to.equal('Showing 1 field in 1 data model.');
  });

  it('ignores accents and case, needs every word, and keeps a model that matches by name with all its fields', async () => {
    const card = await searchable();
    await type(card, 'Émployées  Bírth');
    expect(part(card, 'field').map((row) => row.querySelector('.field-id')!.textContent)).to.deep.equal([
      'date_of_birth',
    ]);
    await type(card, 'teams');
    expect(shownItems(card)).to.deep.equal(['Teams']);
    expect(openItems(card)).to.deep.equal([], 'matched by its own name: not opened for the reader');
    expect(textOf(part(card, 'model')[0]!.querySelector('.item-label mark'))).to.equal('Teams');
    await expand(card, part(card, 'model')[0]!.querySelector('details')!);
    expect(part(card, 'field')).to.have.length(3);
  });

  it('filters by availability, for models, actions and fields alike, with or without text', async () => {
    const card = await searchable();
    const choose = async (value: string) => {
      part(card, 'availability-filter')[0]!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
      await card.updateComplete;
    };
    await choose('unavailable');
    expect(card.availability).to.equal('unavailable');
    expect(shownItems(card)).to.include.members(['Timesheets', 'Create absence', 'Employees']);
    expect(shownItems(card)).to.not.include('Teams');
    await waitUntil(() => part(card, 'field').length > 0);
    expect(part(card, 'field').every((row) => textOf(row).includes('Not available'))).to.equal(true);
    await type(card, 'employees');
    expect(shownItems(card)).to.deep.equal(['Employees']);
    expect(part(card, 'field').map((row) => row.querySelector('.field-id')!.textContent)).to.deep.equal([
      'date_of_birth',
      'ssn',
      'nationality',
      'bank_accounts',
    ]);
    await choose('all');
    expect(part(card, 'field')).to.have.length(0, 'matched by name: closed again, all fields there to open');
  });

  it('says when nothing matches, with the query, offers to clear, and the coverage numbers never change', async () => {
    const card = await searchable();
    const summary = textOf(part(card, 'summary')[0]!);
    await type(card, 'zebra');
    expect(shownItems(card)).to.deep.equal([]);
    const status = part(card, 'find-result')[0]!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(textOf(status)).to.equal('Nothing matches “zebra”.');
    expect(textOf(part(card, 'summary')[0]!)).to.equal(summary);
    await expectAccessible(card);
    const clear = [...card.shadowRoot!.querySelectorAll('button')].find(
      (button) => textOf(button) === 'Clear the filter',
    )!;
    clear.click();
    await card.updateComplete;
    await waitUntil(() => card.shadowRoot!.activeElement === input(card), 'focus back in the search field');
    expect(card.filter).to.equal('');
    expect(shownItems(card)).to.have.length(healthy.read_models.length + healthy.write_actions.length);
    expect(part(card, 'find-result')).to.have.length(0);
  });

  it('clears with Escape in the search field', async () => {
    const card = await searchable();
    await type(card, 'birth');
    input(card).focus();
    await sendKeys({ press: 'Escape' });
    await card.updateComplete;
    expect(card.filter).to.equal('');
    expect(input(card).value).to.equal('');
    expect(shownItems(card)).to.have.length(9);
  });

  it('clears with Escape at once for the host, and leaves Escape in an empty field to the page', async () => {
    const card = await searchable();
    const heard: { filter: string }[] = [];
    let toldAt = 0;
    card.addEventListener('kombo-filter', (event) => {
      heard.push(event.detail);
      toldAt = performance.now();
    });
    await type(card, 'birth');
    input(card).focus();
    let prevented: boolean | undefined;
    let pressedAt = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      prevented = event.defaultPrevented;
      pressedAt = performance.now();
    };
    document.addEventListener('keydown', onKey);
    try {
      await sendKeys({ press: 'Escape' });
      expect(prevented, 'the card took this Escape').to.equal(true);
      // Right away, not after the typing pause (400 ms): the reader chose to clear. Timed from the
      // key's event, not from sendKeys (WebDriver alone took longer than that under load).
      await waitUntil(() => heard.some((detail) => detail.filter === ''), 'told', { timeout: 2000, interval: 10 });
      expect(toldAt - pressedAt).to.be.within(0, 350);
      const fields = [...healthy.read_models, ...healthy.write_actions].reduce((n, item) => n + item.fields.length, 0);
      expect(heard.at(-1)).to.deep.equal({
        filter: '',
        availability: 'all',
        matches: { models: healthy.read_models.length, actions: healthy.write_actions.length, fields },
      });
      const told = heard.length;
      await sendKeys({ press: 'Escape' });
      expect(prevented, 'an Escape with nothing to clear is the page’s (a dialog may close)').to.equal(false);
      await aTimeout(500);
      expect(heard).to.have.length(told);
    } finally {
      document.removeEventListener('keydown', onKey);
    }
  });

  it('forgets the reader’s toggles under one filter when the text or the availability changes', async () => {
    const card = await searchable();
    const employees = () =>
      card.shadowRoot!.querySelector<HTMLDetailsElement>('details[data-key="model:hris_employees"]')!;
    const close = async () => {
      expect(employees().open, 'opened by the filter').to.equal(true);
      employees().open = false;
      await oneEvent(employees(), 'toggle');
      await card.updateComplete;
      expect(employees().open).to.equal(false);
    };
    await type(card, 'date');
    await close();
    card.availability = 'available'; // the text stays
    await card.updateComplete;
    expect(employees().open, 'a new availability opens it again').to.equal(true);
    await close();
    await type(card, 'termination'); // the availability stays
    expect(employees().open, 'new text opens it again').to.equal(true);
  });

  it('keeps the reader’s toggles under a filter through a refresh of the same integration', async () => {
    const card = await searchable();
    await type(card, 'date');
    const employees = () =>
      card.shadowRoot!.querySelector<HTMLDetailsElement>('details[data-key="model:hris_employees"]')!;
    expect(employees().open).to.equal(true);
    employees().open = false;
    await oneEvent(employees(), 'toggle');
    await card.updateComplete;
    card.integration = structuredClone(healthy); // the same integration, fetched again
    await card.updateComplete;
    expect(employees().open).to.equal(false);
  });

  it('tells the host an empty filter when only the availability was chosen', async () => {
    const card = await searchable();
    const told = oneEvent(card, 'kombo-filter');
    part(card, 'availability-filter')[0]!.querySelector<HTMLInputElement>('input[value="available"]')!.click();
    expect((await told).detail).to.include({ filter: '', availability: 'available' });
  });

  it('tells nobody and builds nothing more once removed, and the rest once back', async function () {
    // 20,000 rows: WebKit under CI's load once needed more than 15 s.
    this.timeout(40000);
    // No logo: its failed load (no network here) would re-render and hide whether coming back does.
    const data = large(200, 100);
    const card = await searchable({ ...data, tool: { ...data.tool, logo_url: null, icon_url: null } });
    const heard: unknown[] = [];
    card.addEventListener('kombo-filter', (event) => heard.push(event.detail));
    const field = input(card);
    field.value = 'custom field';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await card.updateComplete;
    const rows = part(card, 'field').length;
    expect(rows).to.be.below(20000, 'rows still to build');
    const parent = card.parentElement!;
    card.remove();
    await aTimeout(600);
    expect(heard, 'no kombo-filter after the typing pause').to.deep.equal([]);
    expect(part(card, 'field').length, 'no frames after removal').to.equal(rows);
    parent.append(card); // moved back: the rest gets built
    await waitUntil(() => part(card, 'field').length === 20000, 'every row after all', { timeout: 35000 });
  });

  it('rests once the filter’s rows are built: no further renders', async () => {
    // No logo: a logo that fails to load (no network here) re-renders for the icon, in its own time.
    const data = large(3, 300);
    const card = await searchable({ ...data, tool: { ...data.tool, logo_url: null, icon_url: null } });
    await type(card, 'custom field');
    await waitUntil(() => part(card, 'field').length === 900, 'every row');
    await card.updateComplete;
    let requests = 0;
    const request = card.requestUpdate.bind(card);
    card.requestUpdate = (...args: Parameters<typeof request>) => {
      requests++;
      return request(...args);
    };
    for (let i = 0; i < 5; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(requests).to.equal(0);
  });

  it('builds the first frame’s rows whole: the first table even beyond the frame’s 400, then as many as fit', async () => {
    for (const [data, expected] of [
      [large(1, 500), [500]], // one table larger than a frame's rows: still whole in the first frame
      [large(2, 200), [200, 200]], // exactly a frame's rows: both in the first frame
      [large(3, 200), [200, 200, 0]], // the third waits for the next frame
    ] as const) {
      const card = await searchable(data);
      const field = input(card);
      field.value = 'custom field';
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await card.updateComplete;
      const tables = [...card.shadowRoot!.querySelectorAll('details[open]')].map(
        (details) => details.querySelectorAll('[part~="field"]').length,
      );
      expect(tables).to.deep.equal(expected);
      card.remove();
    }
  });

  it('after clearing a small integration’s filter, where the field goes away, focus goes to the heading', async () => {
    const card = document.createElement('kombo-integration-card');
    card.integration = beta; // 5 fields: the field shows only while a filter is on
    card.filter = 'zebra';
    await fixture(html`<div>${card}</div>`);
    await waitUntil(() => part(card, 'find-result').length > 0, 'the filter answered');
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    addEventListener('unhandledrejection', onRejection);
    try {
      [...card.shadowRoot!.querySelectorAll('button')].find((button) => textOf(button) === 'Clear the filter')!.click();
      await card.updateComplete;
      await waitUntil(() => card.shadowRoot!.activeElement === part(card, 'title')[0], 'focus on the heading');
      expect(part(card, 'search')).to.have.length(0);
      expect(rejections).to.deep.equal([]);
    } finally {
      removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('restores exactly the disclosures the reader had opened when the filter is cleared', async () => {
    const card = await searchable();
    const teams = part(card, 'model')[1]!.querySelector('details')!;
    await expand(card, teams);
    await type(card, 'date');
    expect(openItems(card)).to.include('model:hris_employees');
    // The reader closes one the filter opened, and opens one it kept closed.
    const employees = card.shadowRoot!.querySelector<HTMLDetailsElement>('details[data-key="model:hris_employees"]')!;
    employees.open = false;
    await oneEvent(employees, 'toggle');
    await card.updateComplete;
    expect(openItems(card)).to.not.include('model:hris_employees');
    await type(card, '');
    expect(openItems(card)).to.deep.equal(['model:hris_teams']);
  });

  it('filters from the page through the property and the attribute, from the first paint', async () => {
    const card = document.createElement('kombo-integration-card');
    card.setAttribute('filter', 'birth');
    card.integration = healthy;
    await fixture(html`<div>${card}</div>`);
    await card.updateComplete;
    expect(shownItems(card)).to.deep.equal(['Employees'], 'never shown unfiltered');
    expect(input(card).value).to.equal('birth');
    card.filter = 'teams';
    card.availability = 'available';
    await card.updateComplete;
    expect(shownItems(card)).to.deep.equal(['Teams']);
    expect(
      part(card, 'availability-filter')[0]!.querySelector<HTMLInputElement>('input[value="available"]')!.checked,
    ).to.equal(true);
  });

  it('tells the host once typing pauses, and right away for the availability choice', async () => {
    const card = await searchable();
    const heard: unknown[] = [];
    card.addEventListener('kombo-filter', (event) => heard.push(event.detail));
    for (const text of ['b', 'bi', 'bir', 'birth']) await type(card, text);
    expect(heard).to.deep.equal([]);
    await waitUntil(() => heard.length === 1, 'after the pause');
    expect(heard[0]).to.deep.equal({
      filter: 'birth',
      availability: 'all',
      matches: { models: 1, actions: 0, fields: 1 },
    });
    part(card, 'availability-filter')[0]!.querySelector<HTMLInputElement>('input[value="unavailable"]')!.click();
    await waitUntil(() => heard.length === 2);
    expect(heard[1]).to.deep.equal({
      filter: 'birth',
      availability: 'unavailable',
      matches: { models: 1, actions: 0, fields: 1 },
    });
    card.filter = 'teams';
    await aTimeout(600);
    expect(heard).to.have.length(2, 'a filter set by the page is not news to the page');
  });

  it('keeps the filter for a new integration and applies it', async () => {
    const card = await searchable();
    await type(card, 'birth');
    const other = structuredClone(healthy);
    other.read_models = other.read_models.filter((model) => model.id !== 'hris_employees');
    card.integration = other;
    await card.updateComplete;
    expect(card.filter).to.equal('birth');
    expect(shownItems(card)).to.deep.equal([]);
    expect(result(card)).to.equal('Nothing matches “birth”.');
  });

  it('answers a filter that opens 200 models at once in the first frame, then builds the remaining rows', async function () {
    this.timeout(30000);
    const card = await searchable(large(200, 100));
    const field = input(card);
    field.value = 'custom field';
    const started = performance.now();
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await card.updateComplete;
    const answered = performance.now() - started;
    const details = card.shadowRoot!.querySelectorAll('details[open]');
    expect(details.length).to.equal(200);
    expect(result(card)).to.equal('Showing 20,000 fields in 200 data models.');
    const firstFrame = part(card, 'field').length;
    expect(firstFrame).to.be.within(1, 1000, 'a first frame of rows, not all 20,000');
    await waitUntil(() => part(card, 'field').length === 20000, 'every row, frame by frame', { timeout: 25000 });
    console.log(`filter answered in ${answered.toFixed(0)} ms with ${firstFrame} rows`);
  });

  it('is axe clean with a filter on, and works with the keyboard alone', async () => {
    const card = await searchable();
    const before = card.parentElement!.querySelector('button')!;
    before.focus();
    for (let i = 0; i < 20 && card.shadowRoot!.activeElement !== input(card); i++) await sendKeys({ press: 'Tab' });
    expect(card.shadowRoot!.activeElement).to.equal(input(card));
    await sendKeys({ type: 'teams' });
    await card.updateComplete;
    expect(shownItems(card)).to.deep.equal(['Teams']);
    await sendKeys({ press: 'Tab' });
    expect((card.shadowRoot!.activeElement as HTMLInputElement).type).to.equal('radio');
    await sendKeys({ press: 'ArrowRight' });
    await card.updateComplete;
    expect(card.availability).to.equal('available');
    await expectAccessible(card);
  });

  it('speaks the reader’s language', async () => {
    const card = await searchable(healthy, { lang: 'de' });
    await waitUntil(() => textOf(card.shadowRoot!.querySelector('.find-label')) === 'Datenmodell oder Feld suchen');
    await type(card, 'date');
    expect(result(card)).to.equal('Angezeigt: 7 Felder in 3 Datenmodellen und 1 Aktion.');
  });
});

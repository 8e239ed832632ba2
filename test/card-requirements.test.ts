import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { credentialsInvalid, healthy } from '../demo/fixtures.mjs';
import { expand, expectAccessible, part, textOf } from './helpers.js';
import { matchesState } from './states.js';

/** What a payroll app needs: an available model, an opted-out and a disabled field, a missing model. */
const payroll = [
  'hris_employees',
  'hris_employees.first_name',
  'hris_employees.date_of_birth',
  'hris_employees.ssn',
  'hris_payroll_runs',
];

async function cardNeeding(
  requirements: string[] | string,
  data: unknown = healthy,
  attrs: Record<string, string> = {},
) {
  const card = document.createElement('kombo-integration-card');
  if (typeof requirements === 'string') card.setAttribute('requirements', requirements);
  else card.requirements = requirements;
  for (const [name, value] of Object.entries(attrs)) card.setAttribute(name, value);
  const loaded = oneEvent(card, 'kombo-load');
  card.integration = data;
  await fixture(html`<div>${card}</div>`);
  const event = await loaded;
  await card.updateComplete;
  return { card, event };
}

describe('required data', () => {
  it('shows a block right after the health section: the count, and each missing data point with why and what next', async () => {
    const { card } = await cardNeeding(payroll);
    const block = part(card, 'requirements')[0]!;
    expect(block.previousElementSibling!.classList.contains('health')).to.equal(true);
    expect(textOf(block.querySelector('.needs-headline'))).to.equal('2 of 5 data points this app needs are available');
    expect(block.classList.contains('danger')).to.equal(true);
    const items = [...block.querySelectorAll('li')].map((item) => textOf(item));
    expect(items).to.deep.equal([
      'Employees › Date of birth It was left out when the integration was connected. Reconnect and allow it.',
      'Employees › SSN It is switched off in this app’s settings for the integration. The app’s provider has to switch it on; there is nothing to do on your side.',
      'HRIS payroll runs This integration doesn’t list it. This can’t be fixed from here.',
    ]);
    expect(part(card, 'reconnect')).to.have.length(0, 'no way to get a link configured');
    await expectAccessible(card);
  });

  it('offers Reconnect in the block when an opted-out data point is missing and a relink source is set', async () => {
    const { card } = await cardNeeding(payroll, healthy, { 'relink-src': '/api/integrations/healthy/relink' });
    const block = part(card, 'requirements')[0]!;
    const button = block.querySelector('[part~="reconnect"]');
    expect(textOf(button)).to.equal('Reconnect');
    expect(part(card, 'reconnect')).to.have.length(1, 'the status is fine: only the block offers it');
  });

  it('words what the tool lacks or this integration does not offer as not fixable from here, naming the tool', async () => {
    const { card } = await cardNeeding([
      'hris_employees.nationality',
      'hris_employees.bank_accounts',
      'hris_timesheets',
    ]);
    const items = [...part(card, 'requirements')[0]!.querySelectorAll('li')].map((item) => textOf(item));
    expect(items).to.deep.equal([
      'Employees › Nationality Factorial doesn’t offer it. This can’t be fixed from here.',
      'Employees › Bank accounts Factorial offers it, but it isn’t available through this integration yet. This can’t be fixed from here.',
      'Timesheets Factorial doesn’t offer it. This can’t be fixed from here.',
    ]);
  });

  it('says all is well in a success tone when every data point is available', async () => {
    const { card } = await cardNeeding(['hris_employees', 'hris_teams.name', 'hris_create_employee']);
    const block = part(card, 'requirements')[0]!;
    expect(textOf(block)).to.equal('Data this app needs 3 of 3 data points this app needs are available');
    expect(block.classList.contains('success')).to.equal(true);
    expect(block.querySelector('ul')).to.equal(null);
    expect(matchesState(card, 'requirements-unmet')).to.equal(false);
  });

  it('marks required models, actions and fields with a word, and a model holding a missing one on its row', async () => {
    const { card } = await cardNeeding([...payroll, 'hris_create_employee']);
    const [employees, teams] = part(card, 'model');
    const summary = employees!.querySelector('summary')!;
    expect(textOf(summary.querySelector('[part~="required"]'))).to.equal('Required');
    expect(textOf(summary.querySelector('[part~="required-missing"]'))).to.equal('Required data missing');
    expect(teams!.querySelector('[part~="required"], [part~="required-missing"]')).to.equal(null);
    expect(textOf(part(card, 'action')[0]!.querySelector('[part~="required"]'))).to.equal('Required');
    await expand(card, employees!.querySelector('details')!);
    const rows = part(card, 'field');
    const marked = rows
      .filter((row) => row.querySelector('[part~="required"]'))
      .map((row) => textOf(row.querySelector('.field-id')));
    expect(marked).to.deep.equal(['first_name', 'date_of_birth', 'ssn']);
    await expectAccessible(card);
  });

  it('in the summary variant shows the headline and the missing count, nothing more', async () => {
    const { card } = await cardNeeding(payroll, healthy, { variant: 'summary' });
    const block = part(card, 'requirements')[0]!;
    expect(textOf(block)).to.equal('Data this app needs 2 of 5 data points this app needs are available · 3 missing');
    expect(part(card, 'model')).to.have.length(0);
  });

  it('reads the attribute as a space- or comma-separated list', async () => {
    const { card } = await cardNeeding('hris_employees, hris_teams  hris_payroll_runs');
    expect(card.requirements).to.deep.equal(['hris_employees', 'hris_teams', 'hris_payroll_runs']);
    expect(card.requirementsStatus).to.deep.include({ met: false, total: 3, available: 2 });
  });

  it('gives requirementsStatus, the event detail and :state(requirements-unmet)', async () => {
    const { card, event } = await cardNeeding(payroll);
    expect(card.requirementsStatus).to.deep.equal({
      met: false,
      total: 5,
      available: 2,
      missing: [
        { requirement: 'hris_employees.date_of_birth', label: 'Employees › Date of birth', reason: 'OPTED_OUT' },
        { requirement: 'hris_employees.ssn', label: 'Employees › SSN', reason: 'DISABLED' },
        { requirement: 'hris_payroll_runs', label: 'HRIS payroll runs', reason: 'NOT_LISTED' },
      ],
    });
    expect(event.detail.requirementsStatus).to.deep.equal(card.requirementsStatus);
    expect(matchesState(card, 'requirements-unmet')).to.equal(true);
  });

  it('is undefined without requirements, and shows no block', async () => {
    const card = document.createElement('kombo-integration-card');
    const loaded = oneEvent(card, 'kombo-load');
    card.integration = healthy;
    await fixture(html`<div>${card}</div>`);
    expect((await loaded).detail.requirementsStatus).to.equal(undefined);
    expect(card.requirementsStatus).to.equal(undefined);
    expect(part(card, 'requirements')).to.have.length(0);
    card.requirements = [];
    await card.updateComplete;
    expect(part(card, 'requirements')).to.have.length(0);
  });

  it('re-evaluates when the requirements change at runtime, without a new request', async () => {
    const requests: string[] = [];
    const card = document.createElement('kombo-integration-card');
    card.fetcher = (url, init) => (requests.push(url), fetch(url, init));
    card.src = '/api/integrations/healthy';
    card.requirements = ['hris_employees'];
    const loaded = oneEvent(card, 'kombo-load');
    await fixture(html`<div>${card}</div>`);
    await loaded;
    await card.updateComplete;
    expect(card.requirementsStatus!.met).to.equal(true);
    // The marks on the lists follow too.
    const marks = () =>
      part(card, 'model').map((model) =>
        textOf(model.querySelector('summary [part~="required"], summary [part~="required-missing"]')),
      );
    expect(marks()[0]).to.equal('Required');
    card.requirements = ['hris_employees.ssn'];
    await card.updateComplete;
    expect(card.requirementsStatus).to.deep.include({ met: false, total: 1 });
    expect(textOf(part(card, 'requirements')[0]!)).to.contain('0 of 1');
    expect(matchesState(card, 'requirements-unmet')).to.equal(true);
    expect(marks()[0]).to.equal('Required data missing');
    card.removeAttribute('requirements');
    card.requirements = undefined;
    await card.updateComplete;
    expect(part(card, 'requirements')).to.have.length(0);
    expect(matchesState(card, 'requirements-unmet')).to.equal(false);
    expect(marks().every((mark) => mark === '')).to.equal(true);
    expect(requests).to.have.length(1);
  });

  it('checks a new integration against the same requirements', async () => {
    const { card } = await cardNeeding(['hris_employees.date_of_birth']);
    expect(card.requirementsStatus!.met).to.equal(false);
    const fixed = structuredClone(healthy);
    fixed.read_models[0]!.fields[3] = {
      ...fixed.read_models[0]!.fields[3]!,
      is_available: true,
      opted_out_by_customer: false,
    };
    card.integration = fixed;
    await card.updateComplete;
    expect(card.requirementsStatus!.met).to.equal(true);
    expect(part(card, 'requirements')[0]!.classList.contains('success')).to.equal(true);
  });

  for (const theme of ['light', 'dark']) {
    it(`is axe clean in the ${theme} theme, met and unmet`, async () => {
      for (const requirements of [payroll, ['hris_employees']]) {
        const { card } = await cardNeeding(requirements, credentialsInvalid, { theme });
        await expectAccessible(card);
      }
    });
  }
});

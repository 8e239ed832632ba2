import { expect, nextFrame, oneEvent } from '@open-wc/testing';
import {
  beta,
  credentialsInvalid,
  dataExpired,
  finalSyncPending,
  healthy,
  large,
  seed,
  setupIncomplete,
  unknownValues,
} from '../demo/fixtures.mjs';
import { cardWith, clone, expand, part, textOf } from './helpers.js';

describe('the ready card', () => {
  it('shows the tool, its category and no beta mark for a normal integration', async () => {
    const card = await cardWith(seed);
    expect(textOf(part(card, 'title')[0]!)).to.equal('Factorial');
    expect(part(card, 'title')[0]!.tagName).to.equal('H2');
    expect(textOf(part(card, 'category')[0]!)).to.equal('HR software');
    expect(part(card, 'beta')).to.have.length(0);
  });

  it('marks beta integrations and words the LMS category', async () => {
    const card = await cardWith(beta);
    expect(textOf(part(card, 'beta')[0]!)).to.equal('Beta');
    expect(textOf(part(card, 'category')[0]!)).to.equal('Learning management');
  });

  it('never shows tool.internal_label', async () => {
    const card = await cardWith(healthy);
    expect(card.shadowRoot!.textContent).to.not.contain('factorial-v2-debug');
    expect(JSON.stringify(card.data)).to.not.contain('factorial-v2-debug');
  });

  const statuses: [unknown, string, string, string][] = [
    [healthy, 'Active', 'badge-success', 'Data is syncing as expected.'],
    [credentialsInvalid, 'Credentials invalid', 'badge-danger', 'Reconnect the integration to resume.'],
    [dataExpired, 'Inactive', 'badge-neutral', 'It can be switched back on.'],
    [unknownValues, 'PAUSED_BY_VENDOR', 'badge-neutral', ''],
  ];
  for (const [data, label, tone, hint] of statuses) {
    it(`words status ${label} with text, a tone and ${hint ? 'what to do' : 'no made-up advice'}`, async () => {
      const card = await cardWith(data);
      const badge = part(card, 'status')[0]!;
      expect(textOf(badge)).to.equal(label);
      expect(badge.getAttribute('part')!.split(' ')).to.include(tone);
      const hintText = badge.parentElement!.querySelector('.hint');
      if (hint) expect(textOf(hintText)).to.contain(hint);
      else expect(hintText, 'an unknown status has no hint').to.equal(null);
    });
  }

  const setups: [unknown, string, string][] = [
    [healthy, 'Setup complete', 'data is available'],
    [setupIncomplete, 'Setup incomplete', 'Finish the setup to start syncing.'],
    [finalSyncPending, 'Final sync pending', 'Data arrives when it finishes.'],
    [unknownValues, 'AWAITING_APPROVAL', ''],
  ];
  for (const [data, label, hint] of setups) {
    it(`words setup status ${label}`, async () => {
      const card = await cardWith(data);
      const badge = part(card, 'setup-status')[0]!;
      expect(textOf(badge)).to.equal(label);
      const hintText = badge.parentElement!.querySelector('.hint');
      if (hint) expect(textOf(hintText)).to.contain(hint);
      else expect(hintText, 'an unknown setup status has no hint').to.equal(null);
    });
  }

  it('shows no setup badge when setup_status is null', async () => {
    const card = await cardWith({ ...healthy, setup_status: null });
    expect(part(card, 'setup-status')).to.have.length(0);
  });

  it('shows a notice only when data_expired_at is set', async () => {
    const expired = await cardWith(dataExpired);
    expect(textOf(part(expired, 'notice')[0]!)).to.contain('Synced data is out of date');
    expect(textOf(part(expired, 'notice')[0]!)).to.contain('2026');
    const fresh = await cardWith(healthy);
    expect(part(fresh, 'notice')).to.have.length(0);
  });

  it('shows who connected it and when, the scope configuration and a selectable id', async () => {
    const card = await cardWith(seed);
    const details = textOf(part(card, 'details')[0]!);
    expect(details).to.contain('Organization Acme');
    expect(details).to.contain('Connected by example-integration-creator@acme.com');
    expect(details).to.contain('Customer ID 2DQJAUtSzzzKP9buDTvUvPk3');
    expect(details).to.contain('Scope configuration Anonymous Scopes');
    expect(details).to.match(/Connected on August 7, 2022 \(\d+ years ago\)/);
    const id = part(card, 'id')[0]!.querySelector('code')!;
    expect(id.textContent).to.equal('factorial:8d1hpPsbjxUkoCoa1veLZGe5');
    expect(getComputedStyle(id).userSelect || getComputedStyle(id).webkitUserSelect).to.equal('all');
  });

  it('says "Not provided" for missing optional details', async () => {
    const card = await cardWith(credentialsInvalid);
    expect(textOf(part(card, 'details')[0]!)).to.contain('Connected by Not provided');
  });

  it('summarises coverage as text, with a bar of the same proportion', async () => {
    const card = await cardWith(healthy);
    const summary = textOf(part(card, 'summary')[0]!);
    expect(summary).to.contain('3 of 7 data models available');
    expect(summary).to.contain('17 of 23 fields available');
    expect(summary).to.contain('1 of 2 actions available');
    const fill = part(card, 'meter')[0]!.querySelector('.meter-fill')!;
    expect(fill.getAttribute('width')).to.equal('43');
  });

  it('lists read models and write actions with availability, coverage, scope and opt-out', async () => {
    const card = await cardWith(healthy);
    const models = part(card, 'model');
    expect(models).to.have.length(7);
    const balances = textOf(models[3]!.querySelector('summary'));
    expect(balances).to.contain('Time off balances');
    expect(balances).to.contain('Not available');
    expect(balances).to.contain('Optional in scope');
    expect(balances).to.contain('Opted out by customer');
    expect(textOf(models[5]!.querySelector('summary'))).to.contain('Not offered by the tool');
    expect(textOf(models[6]!.querySelector('summary'))).to.contain('Disabled in scope');
    const actions = part(card, 'action');
    expect(actions.map((a) => textOf(a.querySelector('.item-label')))).to.deep.equal([
      'Create employee',
      'Create absence',
    ]);
  });

  it('shows every coverage value, unknown ones as raw text', async () => {
    const card = await cardWith(healthy);
    const all = textOf(card.shadowRoot!);
    for (const text of ['Supported', 'Not offered by the tool', 'Not integrated yet']) expect(all).to.contain(text);
    const odd = await cardWith(unknownValues);
    const payslips = part(odd, 'model')[0]!;
    expect(textOf(payslips.querySelector('summary'))).to.contain('PLANNED');
    expect(textOf(payslips.querySelector('summary'))).to.contain('REQUIRED');
    expect(textOf(part(odd, 'category')[0]!)).to.equal('PAYROLL');
  });

  it('explains why a model is not available', async () => {
    const card = await cardWith(healthy);
    const reasons = part(card, 'model').map((model) => textOf(model.querySelector('.reason')));
    expect(reasons[3]).to.equal('The customer opted out while connecting.');
    expect(reasons[4]).to.equal('Factorial offers this, but it isn’t available through this integration yet.');
    expect(reasons[5]).to.equal('Factorial doesn’t offer this.');
    expect(reasons[6]).to.equal('Switched off in the scope configuration.');
  });

  it('renders no field rows until a model is expanded, then readable labels with raw ids', async () => {
    const card = await cardWith(healthy);
    expect(part(card, 'field')).to.have.length(0);
    await expand(card, part(card, 'model')[0]!.querySelector('details')!);
    const rows = part(card, 'field');
    expect(rows).to.have.length(10);
    expect(textOf(rows[0]!.querySelector('th'))).to.equal('First name first_name');
    const birth = rows[3]!;
    expect(textOf(birth.querySelector('.field-label'))).to.equal('Date of birth');
    expect(textOf(birth.querySelector('.field-id'))).to.equal('date_of_birth');
    expect(textOf(birth)).to.contain('Not available');
    expect(textOf(birth)).to.contain('The customer opted out while connecting.');
    expect(textOf(rows[8]!)).to.contain('Factorial doesn’t offer this.');
    // Other models stay unrendered.
    expect(part(card, 'model')[1]!.querySelectorAll('[part~="field"]')).to.have.length(0);
  });

  it('reads action field ids with a dot sensibly', async () => {
    const card = await cardWith(setupIncomplete);
    await expand(card, part(card, 'action')[0]!.querySelector('details')!);
    expect(textOf(part(card, 'field')[0]!.querySelector('.field-label'))).to.equal('Candidate › First name');
  });

  it('collapses again and drops the field rows', async () => {
    const card = await cardWith(healthy);
    const details = part(card, 'model')[0]!.querySelector('details')!;
    await expand(card, details);
    expect(part(card, 'field')).to.have.length(10);
    details.open = false;
    await oneEvent(details, 'toggle');
    await card.updateComplete;
    expect(part(card, 'field')).to.have.length(0);
  });

  it('opening one model of 200 redraws that model only: the others reach Lit as they were', async () => {
    const card = await cardWith(large(200, 10));
    await expand(card, part(card, 'model')[0]!.querySelector('details')!); // chunks here, settled
    // Every item words its field count through Intl.NumberFormat: count how often each of this card's
    // renders asks (not other cards' work, and however many renders the toggle takes).
    const format = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format')!;
    const perRender: number[] = [];
    let asked: number | undefined;
    Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
      ...format,
      get(this: Intl.NumberFormat) {
        if (asked !== undefined) asked++;
        return format.get!.call(this);
      },
    });
    const element = card as unknown as { update(changed: unknown): void };
    const update = element.update;
    element.update = function (changed) {
      asked = 0;
      try {
        update.call(this, changed);
      } finally {
        perRender.push(asked);
        asked = undefined;
      }
    };
    try {
      await expand(card, part(card, 'model')[1]!.querySelector('details')!);
    } finally {
      Object.defineProperty(Intl.NumberFormat.prototype, 'format', format);
      delete (element as Partial<typeof element>).update;
    }
    expect(part(card, 'model')[1]!.querySelectorAll('[part~="field"]')).to.have.length(10);
    expect(perRender.length, 'renders while opening').to.be.above(0);
    // The summary's counts and the opened model's, not 200 models' worth (over 400 without the kept
    // templates).
    expect(Math.max(...perRender), `formats per render: ${perRender.join(', ')}`).to.be.below(50);
  });

  it('renders a large integration collapsed, with no field rows', async () => {
    const card = await cardWith(large(50, 200));
    expect(part(card, 'model')).to.have.length(50);
    expect(part(card, 'field')).to.have.length(0);
    expect(textOf(part(card, 'summary')[0]!)).to.contain('6,650 of 10,000 fields available');
  });

  it('says so when there are no models or actions', async () => {
    const empty = clone(healthy);
    empty.read_models = [];
    empty.write_actions = [];
    const card = await cardWith(empty);
    expect(textOf(card.shadowRoot!)).to.contain('No data models are listed for this integration.');
    expect(textOf(card.shadowRoot!)).to.contain('No actions are listed for this integration.');
  });

  it('renders every string from the data as text, never markup', async () => {
    const evil = clone(healthy);
    evil.tool.label = '<img src=x onerror="window.__pwned=1">Evil';
    evil.end_user.organization_name = '<b>bold</b>';
    evil.read_models[0]!.label = '<script>window.__pwned=1</script>';
    const card = await cardWith(evil);
    await nextFrame();
    expect(textOf(part(card, 'title')[0]!)).to.equal('<img src=x onerror="window.__pwned=1">Evil');
    expect(card.shadowRoot!.querySelector('b, script, img[src="x"]')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('the logo', () => {
  // Only absolute https: URLs (or http: on the local machine) are loaded; the test server is local.
  const local = `${location.origin}/test/logo.svg`;

  it('rejects javascript: and data: URLs and draws a monogram instead', async () => {
    const card = await cardWith(unknownValues);
    expect(card.shadowRoot!.querySelector('img')).to.equal(null);
    const monogram = part(card, 'monogram')[0]!;
    expect(monogram.textContent).to.equal('N');
    expect(monogram.getAttribute('part')).to.contain('logo');
  });

  it('loads a usable logo with no referrer', async () => {
    const data = clone(healthy);
    data.tool.logo_url = local;
    const card = await cardWith(data);
    const img = part(card, 'logo')[0] as HTMLImageElement;
    expect(img.tagName).to.equal('IMG');
    expect(img.getAttribute('src')).to.equal(local);
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(img.alt).to.equal('Factorial logo');
  });

  it("draws the fixtures' own logos, which the test server serves (the tests never reach the network)", async () => {
    const card = await cardWith(healthy);
    const img = part(card, 'logo')[0] as HTMLImageElement;
    expect(img.getAttribute('src')).to.equal(`${location.origin}/test/logos/factorial/logo.svg`);
    if (!img.complete) await oneEvent(img, 'load');
    expect(img.naturalWidth).to.equal(40);
    await card.updateComplete;
    expect(part(card, 'logo')[0]).to.equal(img);
  });

  it("refuses a logo from another host in a test page (the page's policy: the tests never reach the network)", async () => {
    // Caught before the guard in `testRunnerHtml`, which would fail this test for it.
    const refused = new Promise<SecurityPolicyViolationEvent>((resolve) =>
      window.addEventListener(
        'securitypolicyviolation',
        (event) => {
          event.stopImmediatePropagation();
          resolve(event);
        },
        { capture: true, once: true },
      ),
    );
    const data = clone(healthy);
    data.tool.logo_url = 'https://logos.example/factorial.svg';
    const card = await cardWith(data);
    const img = part(card, 'logo')[0] as HTMLImageElement;
    expect(img.getAttribute('src')).to.equal('https://logos.example/factorial.svg');
    const event = await refused;
    expect(event.blockedURI).to.equal('https://logos.example/factorial.svg');
    expect(event.effectiveDirective).to.equal('img-src');
  });

  it('falls back from a failing logo to the icon, then to the monogram', async () => {
    const data = clone(healthy);
    data.tool.logo_url = `${location.origin}/missing-logo.svg`;
    data.tool.icon_url = `${location.origin}/missing-icon.svg`;
    const card = await cardWith(data);
    const first = part(card, 'logo')[0] as HTMLImageElement;
    expect(first.getAttribute('src')).to.contain('missing-logo');
    await oneEvent(first, 'error');
    await card.updateComplete;
    const second = part(card, 'logo')[0] as HTMLImageElement;
    expect(second.getAttribute('src')).to.contain('missing-icon');
    await oneEvent(second, 'error');
    await card.updateComplete;
    expect(part(card, 'monogram')[0]!.textContent).to.equal('F');
    // The same integration again (a refresh) does not try the failed logos anew…
    card.integration = clone(data);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(card, 'monogram')[0]!.textContent).to.equal('F');
    // …another integration starts with its own logo.
    const other = clone(data);
    other.id = 'another-integration';
    other.tool.logo_url = local;
    card.integration = other;
    await card.updateComplete;
    expect(part(card, 'logo')[0]!.getAttribute('src')).to.equal(local);
  });
});

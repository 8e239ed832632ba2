import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { credentialsInvalid, dataExpired, healthy, setupIncomplete } from '../demo/fixtures.mjs';
import type { KomboIntegrationCard } from '../src/kombo-integration-card.js';
import { contrast, toRgb } from './contrast.js';
import { $, cardWith, expand, expectAccessible, part } from './helpers.js';
import { emulateMediaFeatures } from './media.js';

const isChromium = navigator.userAgent.includes('Chrome/');

async function themed(theme: string, data: unknown = credentialsInvalid, attrs = '') {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div><kombo-integration-card theme=${theme} .integration=${data}></kombo-integration-card></div>`,
  );
  const card = wrapper.querySelector('kombo-integration-card')!;
  if (attrs) for (const [name, value] of new URLSearchParams(attrs)) card.setAttribute(name, value);
  await card.updateComplete;
  return card;
}

const bg = (element: Element) => getComputedStyle(element).backgroundColor;
const px = (value: string) => parseFloat(value);

/** The computed value of a system colour (`CanvasText`, `Highlight`…) in the current mode. */
function systemColor(name: string): string {
  const probe = document.createElement('div');
  probe.style.color = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** A loading card (its skeleton pulses) for motion checks. */
async function loadingCard() {
  const card = document.createElement('kombo-integration-card');
  card.fetcher = () => new Promise(() => {});
  card.src = '/never';
  await fixture(html`<div>${card}</div>`);
  return card;
}

describe('theme', () => {
  it('light and dark fix the scheme on the card only', async () => {
    const light = await themed('light');
    const dark = await themed('dark');
    expect(toRgb(bg(part(light, 'base')[0]!))).to.deep.equal([255, 255, 255]);
    expect(toRgb(bg(part(dark, 'base')[0]!))).to.deep.equal([13, 17, 23]);
    expect(getComputedStyle(dark).colorScheme).to.equal('dark');
    expect(getComputedStyle(document.documentElement).colorScheme).to.not.equal('dark');
  });

  it('auto follows prefers-color-scheme (Chromium: the only engine here that emulates media)', async function () {
    if (!isChromium) this.skip();
    const card = await themed('auto');
    await emulateMedia({ colorScheme: 'dark' });
    try {
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      expect(toRgb(bg(part(card, 'base')[0]!))).to.deep.equal([13, 17, 23]);
      const light = await themed('light');
      expect(toRgb(bg(part(light, 'base')[0]!))).to.deep.equal([255, 255, 255]);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
    expect(toRgb(bg(part(card, 'base')[0]!))).to.deep.equal([255, 255, 255]);
  });

  for (const theme of ['light', 'dark']) {
    it(`${theme}: text contrast ≥ 4.5:1 and badge borders, bar and outlines ≥ 3:1 for every tone`, async () => {
      const card = await themed(theme, credentialsInvalid);
      const extra = await themed(theme, setupIncomplete);
      const base = part(card, 'base')[0]!;
      const cardBg = bg(base);
      for (const tone of ['success', 'warning', 'danger', 'neutral']) {
        const badge = [...part(card, `badge-${tone}`), ...part(extra, `badge-${tone}`)][0];
        expect(badge, tone).to.not.equal(undefined);
        const style = getComputedStyle(badge!);
        expect(contrast(style.color, style.backgroundColor), `${theme} ${tone} text`).to.be.at.least(4.5);
        expect(contrast(style.borderTopColor, cardBg), `${theme} ${tone} border`).to.be.at.least(3);
      }
      const muted = card.shadowRoot!.querySelector('.detail dt')!;
      expect(contrast(getComputedStyle(muted).color, cardBg), 'muted text').to.be.at.least(4.5);
      expect(contrast(getComputedStyle(base).color, cardBg), 'text').to.be.at.least(7);
      const meter = part(card, 'meter')[0]!;
      expect(contrast(getComputedStyle(meter).borderTopColor, cardBg), 'meter outline').to.be.at.least(3);
      const fill = meter.querySelector('.meter-fill')!;
      expect(contrast(getComputedStyle(fill).fill, bg(meter)), 'meter fill').to.be.at.least(3);
      const notice = await themed(theme, dataExpired);
      const noticeStyle = getComputedStyle(part(notice, 'notice')[0]!);
      expect(contrast(noticeStyle.color, noticeStyle.backgroundColor), 'notice text').to.be.at.least(4.5);
    });

    it(`${theme}: the focus ring is visible against the card (≥ 3:1), 2px or more`, async () => {
      const card = await themed(theme, healthy);
      const summary = card.shadowRoot!.querySelector('summary')!;
      summary.focus();
      await sendKeys({ press: 'Shift' }); // keyboard modality, so :focus-visible applies everywhere
      const style = getComputedStyle(summary);
      expect(style.outlineStyle).to.equal('solid');
      expect(px(style.outlineWidth)).to.be.at.least(2);
      expect(contrast(style.outlineColor, bg(part(card, 'base')[0]!)), 'focus ring').to.be.at.least(3);
    });

    it(`${theme}: axe clean in ready, expanded, empty and error states`, async () => {
      const card = await themed(theme, healthy);
      await expand(card, card.shadowRoot!.querySelector('details')!);
      await expectAccessible(card);
      await expectAccessible(await themed(theme, undefined));
      await expectAccessible(await themed(theme, 'not json'));
    });
  }
});

describe('density and variant', () => {
  it('compact halves the spacing and keeps targets at least 32px', async () => {
    const comfortable = await themed('light', healthy);
    const compact = await themed('light', healthy, 'density=compact');
    const spacing = (card: KomboIntegrationCard) => {
      const base = getComputedStyle(part(card, 'base')[0]!);
      const items = getComputedStyle(card.shadowRoot!.querySelector('.items')!);
      return [px(base.paddingTop), px(base.rowGap), px(items.rowGap)];
    };
    const [pad, gap, itemGap] = spacing(comfortable);
    expect(pad).to.be.greaterThan(0);
    expect(spacing(compact)).to.deep.equal([pad! / 2, gap! / 2, itemGap! / 2]);
    const summaries = [...compact.shadowRoot!.querySelectorAll('summary')];
    expect(summaries).to.have.length(healthy.read_models.length + healthy.write_actions.length);
    for (const summary of summaries) expect(summary.getBoundingClientRect().height).to.be.at.least(32);
    await expectAccessible(compact);
  });

  it('compact keeps the retry button at least 32px on each side', async () => {
    const card = document.createElement('kombo-integration-card');
    card.setAttribute('density', 'compact');
    card.fetcher = async () => new Response('', { status: 500 });
    card.src = '/fails';
    const failed = new Promise((resolve) => card.addEventListener('kombo-error', resolve, { once: true }));
    await fixture(html`<div>${card}</div>`);
    await failed;
    const retry = part(card, 'retry')[0]!.getBoundingClientRect();
    expect(retry.height).to.be.at.least(32);
    expect(retry.width).to.be.at.least(32);
  });

  it('summary shows header, health and coverage summary only', async () => {
    const card = await themed('light', healthy, 'variant=summary');
    expect(part(card, 'title')).to.have.length(1);
    expect(part(card, 'status')).to.have.length(1);
    expect(part(card, 'summary')).to.have.length(1);
    expect(part(card, 'model')).to.have.length(0);
    expect(part(card, 'action')).to.have.length(0);
    expect(part(card, 'details')).to.have.length(0);
    await expectAccessible(card);
  });

  it('reflects theme, density and variant set as properties', async () => {
    const card = await cardWith(healthy);
    card.theme = 'dark';
    card.density = 'compact';
    card.variant = 'summary';
    await card.updateComplete;
    expect(card.getAttribute('theme')).to.equal('dark');
    expect(card.getAttribute('density')).to.equal('compact');
    expect(card.getAttribute('variant')).to.equal('summary');
  });
});

describe('styling hooks', () => {
  it('each of the 14 custom properties reaches what it styles', async () => {
    const card = await themed('light', credentialsInvalid);
    const warning = await themed('light', setupIncomplete);
    const set = (name: string, value: string) => {
      for (const each of [card, warning]) each.style.setProperty(`--kombo-card-${name}`, value);
    };
    const values: Record<string, string> = {
      'font-family': 'monospace',
      'font-size': '19px',
      'text-color': 'rgb(1, 2, 3)',
      'muted-color': 'rgb(4, 5, 6)',
      background: 'rgb(250, 240, 230)',
      surface: 'rgb(7, 8, 9)',
      'border-color': 'rgb(10, 11, 12)',
      radius: '3px',
      spacing: '10px',
      accent: 'rgb(124, 58, 237)',
      success: 'rgb(0, 100, 0)',
      warning: 'rgb(120, 80, 0)',
      danger: 'rgb(150, 0, 0)',
      neutral: 'rgb(60, 60, 60)',
    };
    for (const [name, value] of Object.entries(values)) set(name, value);
    const base = getComputedStyle(part(card, 'base')[0]!);
    const meter = part(card, 'meter')[0]!;
    const border = (partName: string, of = card) => toRgb(getComputedStyle(part(of, partName)[0]!).borderTopColor);
    const reached: Record<string, unknown> = {
      'font-family': base.fontFamily,
      'font-size': base.fontSize,
      'text-color': toRgb(base.color),
      'muted-color': toRgb(getComputedStyle(card.shadowRoot!.querySelector('.detail dt')!).color),
      background: toRgb(base.backgroundColor),
      surface: toRgb(bg(meter)),
      'border-color': toRgb(base.borderTopColor),
      radius: base.borderTopLeftRadius,
      spacing: base.paddingTop,
      accent: toRgb(getComputedStyle(meter.querySelector('.meter-fill')!).fill),
      success: border('badge-success'),
      warning: border('badge-warning', warning),
      danger: border('badge-danger'),
      neutral: border('badge-neutral'),
    };
    expect(reached).to.deep.equal({
      'font-family': 'monospace',
      'font-size': '19px',
      'text-color': [1, 2, 3],
      'muted-color': [4, 5, 6],
      background: [250, 240, 230],
      surface: [7, 8, 9],
      'border-color': [10, 11, 12],
      radius: '3px',
      spacing: '25px',
      accent: [124, 58, 237],
      success: [0, 100, 0],
      warning: [120, 80, 0],
      danger: [150, 0, 0],
      neutral: [60, 60, 60],
    });
  });

  it('::part reaches regions and one badge tone at a time', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <style>
          .styled kombo-integration-card::part(title) {
            color: rgb(1, 2, 3);
          }
          .styled kombo-integration-card::part(badge-danger) {
            background-color: rgb(255, 0, 0);
          }
          .styled kombo-integration-card::part(model) {
            margin-top: 7px;
          }
        </style>
        <div class="styled"><kombo-integration-card .integration=${credentialsInvalid}></kombo-integration-card></div>
      </div>`,
    );
    const card = wrapper.querySelector('kombo-integration-card')!;
    await card.updateComplete;
    expect(toRgb(getComputedStyle(part(card, 'title')[0]!).color)).to.deep.equal([1, 2, 3]);
    expect(toRgb(bg(part(card, 'badge-danger')[0]!))).to.deep.equal([255, 0, 0]);
    expect(toRgb(bg(part(card, 'badge-success')[0]!))).to.not.deep.equal([255, 0, 0]);
    expect(getComputedStyle(part(card, 'model')[0]!).marginTop).to.equal('7px');
  });

  it('is hidden by the hidden attribute, like any element', async () => {
    const card = await cardWith(healthy);
    expect(getComputedStyle(card).display).to.equal('block');
    card.hidden = true;
    expect(getComputedStyle(card).display).to.equal('none');
  });

  it('the empty slot replaces the text of the empty state', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <kombo-integration-card><p slot="empty">Connect your HR tool to see it here.</p></kombo-integration-card>
      </div>`,
    );
    const card = wrapper.querySelector('kombo-integration-card')!;
    await card.updateComplete;
    expect(card.state).to.equal('empty');
    const slot = $(card, 'slot[name="empty"]') as HTMLSlotElement;
    const mine = wrapper.querySelector('p')!;
    expect(slot.assignedElements()).to.deep.equal([mine]);
    expect(mine.getBoundingClientRect().height).to.be.greaterThan(0);
    const fallback = slot.querySelector('.state-title')!;
    expect(fallback.getClientRects()).to.have.length(0, 'the built-in text is not rendered');
    expect(part(card, 'empty')[0]!.contains(slot)).to.equal(true);
  });
});

describe('reduced motion and forced colours', () => {
  it('prefers-reduced-motion removes the loading pulse and the disclosure animation (Chromium emulation)', async function () {
    if (!isChromium) this.skip();
    const card = await loadingCard();
    const ready = await cardWith(healthy);
    const arrow = () => getComputedStyle(ready.shadowRoot!.querySelector('summary')!, '::before');
    // Without the preference the card does animate, so the check below can fail.
    expect(getComputedStyle($(card, '.skeleton')!).animationName).to.equal('pulse');
    expect(arrow().transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'emulation on').to.equal(true);
      expect(getComputedStyle($(card, '.skeleton')!).animationName).to.equal('none');
      expect(arrow().transitionDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('forced colours keep borders, the bar, focus rings and status text in system colours (Chromium emulation)', async function () {
    if (!(await emulateMediaFeatures({ 'forced-colors': 'active' }))) this.skip();
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'emulation on').to.equal(true);
      const card = await cardWith(credentialsInvalid);
      const canvasText = toRgb(systemColor('CanvasText'));
      const highlight = toRgb(systemColor('Highlight'));
      const meter = part(card, 'meter')[0]!;
      expect(toRgb(getComputedStyle(meter).borderTopColor), 'bar outline').to.deep.equal(canvasText);
      expect(toRgb(getComputedStyle(meter.querySelector('.meter-fill')!).fill), 'bar fill').to.deep.equal(highlight);
      expect(toRgb(getComputedStyle(part(card, 'base')[0]!).borderTopColor), 'card border').to.deep.equal(canvasText);
      const badges = part(card, 'badge');
      expect(badges.length).to.be.greaterThan(3);
      for (const badge of badges) {
        const style = getComputedStyle(badge);
        expect(style.borderTopStyle).to.equal('solid');
        expect(px(style.borderTopWidth)).to.be.greaterThan(0);
        expect(contrast(style.color, style.backgroundColor), 'status text').to.be.at.least(4.5);
        expect(badge.textContent!.trim()).to.not.equal('');
      }
      const summary = card.shadowRoot!.querySelector('summary')!;
      summary.focus();
      await sendKeys({ press: 'Shift' });
      const ring = getComputedStyle(summary);
      expect(ring.outlineStyle).to.equal('solid');
      expect(px(ring.outlineWidth)).to.be.at.least(2);
    } finally {
      await emulateMediaFeatures({ 'forced-colors': 'none' });
    }
  });
});

describe('keyboard', () => {
  it('reaches every disclosure with Tab and opens it with Enter, with a visible focus ring', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button>before</button><kombo-integration-card .integration=${setupIncomplete}></kombo-integration-card
        ><button>after</button>
      </div>`,
    );
    const card = wrapper.querySelector('kombo-integration-card')!;
    await card.updateComplete;
    wrapper.querySelector('button')!.focus();
    const summaries = [...card.shadowRoot!.querySelectorAll('summary')];
    expect(summaries).to.have.length(setupIncomplete.read_models.length + setupIncomplete.write_actions.length);
    for (const summary of summaries) {
      await sendKeys({ press: 'Tab' });
      expect(card.shadowRoot!.activeElement).to.equal(summary);
      const style = getComputedStyle(summary);
      expect(style.outlineStyle).to.not.equal('none');
      expect(px(style.outlineWidth)).to.be.at.least(2);
    }
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    const last = summaries.at(-1)!.parentElement as HTMLDetailsElement;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(last.open).to.equal(true);
    // No trap: Tab moves past the field table and out of the card.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelectorAll('button')[1]);
  });

  it('opens and closes a disclosure with Space, as with Enter', async () => {
    const card = await cardWith(healthy);
    const details = card.shadowRoot!.querySelector('details')!;
    details.querySelector('summary')!.focus();
    await sendKeys({ press: ' ' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(details.open).to.equal(true);
    await sendKeys({ press: ' ' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(details.open).to.equal(false);
  });
});

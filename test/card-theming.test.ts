import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { credentialsInvalid, dataExpired, healthy, setupIncomplete } from '../demo/fixtures.mjs';
import type { KomboIntegrationCard } from '../src/kombo-integration-card.js';
import { contrast, toRgb } from './contrast.js';
import { $, cardWith, expand, expectAccessible, part } from './helpers.js';

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
    expect(toRgb(bg(part(card, 'base')[0]!))).to.deep.equal([13, 17, 23]);
    const light = await themed('light');
    expect(toRgb(bg(part(light, 'base')[0]!))).to.deep.equal([255, 255, 255]);
    await emulateMedia({ colorScheme: 'light' });
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
  it('compact tightens spacing but keeps targets at least 24px', async () => {
    const comfortable = await themed('light', healthy);
    const compact = await themed('light', healthy, 'density=compact');
    const pad = (card: KomboIntegrationCard) => parseFloat(getComputedStyle(part(card, 'base')[0]!).paddingTop);
    expect(pad(compact)).to.be.lessThan(pad(comfortable));
    const summary = compact.shadowRoot!.querySelector('summary')!;
    expect(summary.getBoundingClientRect().height).to.be.at.least(24);
    await expectAccessible(compact);
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
  it('custom properties reach the right elements', async () => {
    const card = await themed('light', credentialsInvalid);
    card.style.setProperty('--kombo-card-background', 'rgb(250, 240, 230)');
    card.style.setProperty('--kombo-card-accent', 'rgb(124, 58, 237)');
    card.style.setProperty('--kombo-card-danger', 'rgb(150, 0, 0)');
    card.style.setProperty('--kombo-card-radius', '3px');
    card.style.setProperty('--kombo-card-font-family', 'monospace');
    const base = part(card, 'base')[0]!;
    expect(toRgb(bg(base))).to.deep.equal([250, 240, 230]);
    expect(getComputedStyle(base).borderTopLeftRadius).to.equal('3px');
    expect(getComputedStyle(base).fontFamily).to.equal('monospace');
    expect(toRgb(getComputedStyle(part(card, 'meter')[0]!.querySelector('.meter-fill')!).fill)).to.deep.equal([
      124, 58, 237,
    ]);
    expect(toRgb(getComputedStyle(part(card, 'badge-danger')[0]!).borderTopColor)).to.deep.equal([150, 0, 0]);
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

  it('removes animation under prefers-reduced-motion (Chromium emulation)', async function () {
    if (!isChromium) this.skip();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const card = document.createElement('kombo-integration-card');
      card.fetcher = () => new Promise(() => {});
      card.src = '/never';
      await fixture(html`<div>${card}</div>`);
      expect(getComputedStyle($(card, '.skeleton')!).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('keeps borders in forced-colors mode (Chromium emulation)', async function () {
    if (!isChromium) this.skip();
    await emulateMedia({ forcedColors: 'active' });
    try {
      const card = await cardWith(credentialsInvalid);
      const badge = getComputedStyle(part(card, 'badge')[0]!);
      expect(badge.borderTopStyle).to.equal('solid');
      expect(parseFloat(badge.borderTopWidth)).to.be.greaterThan(0);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
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
    for (const summary of summaries) {
      await sendKeys({ press: 'Tab' });
      expect(card.shadowRoot!.activeElement).to.equal(summary);
      const style = getComputedStyle(summary);
      expect(style.outlineStyle).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
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
});

import 'axe-core/axe.min.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import '../src/define.js';
import type { KomboIntegrationCard } from '../src/kombo-integration-card.js';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** WCAG 2.0, 2.1 and 2.2 A/AA (target size included), not only axe's defaults. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectAccessible(element: Element): Promise<void> {
  const results = await window.axe.run(element, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
  });
  const violations = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(violations, violations.join('\n')).to.deep.equal([]);
}

export async function cardWith(integration?: unknown): Promise<KomboIntegrationCard> {
  const card = await fixture<KomboIntegrationCard>(
    html`<kombo-integration-card .integration=${integration}></kombo-integration-card>`,
  );
  await card.updateComplete;
  return card;
}

export function $(card: KomboIntegrationCard, selector: string): HTMLElement | null {
  return card.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(card: KomboIntegrationCard, selector: string): HTMLElement[] {
  return [...card.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** The text a reader gets: decoration (`aria-hidden`) skipped, elements separated, whitespace collapsed. */
export function textOf(node: Element | ShadowRoot | null): string {
  if (!node) return '';
  const texts: string[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (!text.parentElement?.closest('[aria-hidden="true"]')) texts.push(text.textContent ?? '');
  }
  return texts
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:)])/g, '$1')
    .trim();
}

export function part(card: KomboIntegrationCard, name: string): HTMLElement[] {
  return $$(card, `[part~="${name}"]`);
}

/** A deep copy, so tests can change fixtures freely. */
export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Opens a model's or action's disclosure and waits for its field rows: their template is a chunk
 * the card preloads, so on a slow machine it may arrive a moment after the click.
 */
export async function expand(card: KomboIntegrationCard, details: HTMLDetailsElement): Promise<void> {
  if (!details.open) {
    const toggled = oneEvent(details, 'toggle');
    details.querySelector('summary')!.click();
    await toggled;
  }
  await waitUntil(() => details.querySelector('table, .no-fields'), 'field rows rendered');
  await card.updateComplete;
}

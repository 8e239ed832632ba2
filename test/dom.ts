import { oneEvent, waitUntil as openWcWaitUntil } from '@open-wc/testing';
import type { KomboIntegrationCard } from '../src/kombo-integration-card.js';

// Query helpers that do not register the element (the SSR test defines it itself, later).

/**
 * open-wc's `waitUntil`, waiting 5 s by default instead of 1 s: what tests wait for (a chunk, the
 * mock backend) can take over a second when CI runs three engines on two cores; a first-use chunk
 * once did in Firefox. A wait that must be quick gives its own `timeout`.
 */
export const waitUntil: typeof openWcWaitUntil = (predicate, message, options) =>
  openWcWaitUntil(predicate, message, { timeout: 5000, ...options });

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

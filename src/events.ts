import type { CardError } from './data/card-error.js';
import type { Integration } from './data/integration.js';
import type { RequirementsStatus } from './data/requirements.js';

/** Dispatches one of the card's events: bubbling and composed (it leaves shadow roots), typed by name. */
export function emit<K extends keyof KomboEventMap>(
  target: EventTarget,
  type: K,
  detail: KomboEventMap[K]['detail'],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

export interface KomboLoadStartDetail {
  /** The absolute URL being requested. */
  url: string;
}
export interface KomboLoadDetail {
  integration: Integration;
  /** What the app needs, checked (`undefined` without `requirements`): as `card.requirementsStatus`. */
  requirementsStatus: RequirementsStatus | undefined;
}
export interface KomboErrorDetail {
  error: CardError;
}

/** Which repair: `relink` (reconnect invalid credentials) or `setup` (finish an incomplete setup). */
export type ConnectKind = 'relink' | 'setup';
export interface KomboConnectDetail {
  kind: ConnectKind;
}
export interface KomboConnectCompleteDetail extends KomboConnectDetail {
  /** Kombo's activation token for the repaired connection. */
  activationToken: string;
}
export interface KomboConnectErrorDetail extends KomboConnectDetail {
  error: CardError;
}

export type KomboLoadStartEvent = CustomEvent<KomboLoadStartDetail>;
export type KomboLoadEvent = CustomEvent<KomboLoadDetail>;
export type KomboErrorEvent = CustomEvent<KomboErrorDetail>;

export interface KomboFilterDetail {
  /** The search text. */
  filter: string;
  availability: 'all' | 'available' | 'unavailable';
  /** What is shown now (everything when nothing filters). */
  matches: { models: number; actions: number; fields: number };
}
export type KomboFilterEvent = CustomEvent<KomboFilterDetail>;

/** Cancelable: `preventDefault()` stops the card (no request, no modal), for a host's own flow. */
export type KomboConnectStartEvent = CustomEvent<KomboConnectDetail>;
export type KomboConnectCompleteEvent = CustomEvent<KomboConnectCompleteDetail>;
export type KomboConnectCancelEvent = CustomEvent<KomboConnectDetail>;
export type KomboConnectErrorEvent = CustomEvent<KomboConnectErrorDetail>;

export interface KomboEventMap {
  'kombo-loadstart': KomboLoadStartEvent;
  'kombo-load': KomboLoadEvent;
  'kombo-error': KomboErrorEvent;
  'kombo-connect-start': KomboConnectStartEvent;
  'kombo-connect-complete': KomboConnectCompleteEvent;
  'kombo-connect-cancel': KomboConnectCancelEvent;
  'kombo-connect-error': KomboConnectErrorEvent;
  'kombo-filter': KomboFilterEvent;
}

declare global {
  // Declaration merging: lets `addEventListener('kombo-load', …)` type its event on any element.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends KomboEventMap {}
}

import type { CardError } from './data/card-error.js';
import type { Integration } from './data/integration.js';

export interface KomboLoadStartDetail {
  /** The absolute URL being requested. */
  url: string;
}
export interface KomboLoadDetail {
  integration: Integration;
}
export interface KomboErrorDetail {
  error: CardError;
}

export type KomboLoadStartEvent = CustomEvent<KomboLoadStartDetail>;
export type KomboLoadEvent = CustomEvent<KomboLoadDetail>;
export type KomboErrorEvent = CustomEvent<KomboErrorDetail>;

export interface KomboEventMap {
  'kombo-loadstart': KomboLoadStartEvent;
  'kombo-load': KomboLoadEvent;
  'kombo-error': KomboErrorEvent;
}

declare global {
  // Declaration merging: lets `addEventListener('kombo-load', …)` type its event on any element.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends KomboEventMap {}
}

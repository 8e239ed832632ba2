import type { Integration } from './data/integration.js';
import type {
  KomboConnectCancelEvent,
  KomboConnectCompleteEvent,
  KomboConnectErrorEvent,
  KomboConnectStartEvent,
  KomboErrorEvent,
  KomboFilterEvent,
  KomboLoadEvent,
  KomboLoadStartEvent,
} from './events.js';
import type { StringOverrides } from './i18n/localization.js';
import type { ConnectLinkRequest } from './kombo-integration-card.js';
import type { Fetcher } from './load/request.js';

/** A number, or the string an attribute holds (`refresh-interval="30"`), as the card reads both. */
type Numeric = number | `${number}`;

/** What a framework template can set on `<kombo-integration-card>` (attributes and properties). */
export interface KomboIntegrationCardProps {
  /** The integration, or its JSON (as the `integration` attribute holds it). */
  integration?: unknown;
  src?: string;
  credentials?: RequestCredentials;
  timeout?: Numeric;
  'refresh-interval'?: Numeric;
  refreshInterval?: number;
  loading?: 'eager' | 'lazy';
  fetcher?: Fetcher;
  'relink-src'?: string;
  relinkSrc?: string;
  'setup-link-src'?: string;
  setupLinkSrc?: string;
  createConnectLink?: (request: ConnectLinkRequest) => Promise<string>;
  /** An array, or (as the attribute holds it) a space- or comma-separated list. */
  requirements?: string[] | string;
  filter?: string;
  availability?: 'all' | 'available' | 'unavailable';
  strings?: StringOverrides;
  theme?: 'auto' | 'light' | 'dark';
  density?: 'comfortable' | 'compact';
  variant?: 'full' | 'summary';
  lang?: string;
}

/** The card's events as handler props, in the spelling React 19, Preact and Svelte 5 use (`on` + event name). */
export interface KomboIntegrationCardEventProps {
  'onkombo-loadstart'?: (event: KomboLoadStartEvent) => void;
  'onkombo-load'?: (event: KomboLoadEvent) => void;
  'onkombo-error'?: (event: KomboErrorEvent) => void;
  'onkombo-connect-start'?: (event: KomboConnectStartEvent) => void;
  'onkombo-connect-complete'?: (event: KomboConnectCompleteEvent) => void;
  'onkombo-connect-cancel'?: (event: KomboConnectCancelEvent) => void;
  'onkombo-connect-error'?: (event: KomboConnectErrorEvent) => void;
  'onkombo-filter'?: (event: KomboFilterEvent) => void;
}

export type { Integration };

import type { KomboErrorEvent, KomboLoadEvent, KomboLoadStartEvent } from './events.js';
import type { Fetcher } from './load/request.js';
import type { StringOverrides } from './i18n/localization.js';

/** What a framework template can set on `<kombo-integration-card>` (attributes and properties). */
export interface KomboIntegrationCardProps {
  integration?: unknown;
  src?: string;
  credentials?: RequestCredentials;
  timeout?: number;
  'refresh-interval'?: number;
  refreshInterval?: number;
  loading?: 'eager' | 'lazy';
  fetcher?: Fetcher;
  strings?: StringOverrides;
  theme?: 'auto' | 'light' | 'dark';
  density?: 'comfortable' | 'compact';
  variant?: 'full' | 'summary';
  lang?: string;
}

/** The card's events as handler props, in the spelling React 19 and Preact use (`on` + event name). */
export interface KomboIntegrationCardEventProps {
  'onkombo-loadstart'?: (event: KomboLoadStartEvent) => void;
  'onkombo-load'?: (event: KomboLoadEvent) => void;
  'onkombo-error'?: (event: KomboErrorEvent) => void;
}

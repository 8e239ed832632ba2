// Types only: `import type {} from 'kombo-integration-card/svelte'` makes <kombo-integration-card>
// type-check in Svelte 5 components (svelte-check), with its properties and `onkombo-*` events.
import type { HTMLAttributes } from 'svelte/elements';
import type { KomboIntegrationCardEventProps, KomboIntegrationCardProps } from './framework-props.js';
import type { KomboIntegrationCard } from './kombo-integration-card.js';

export type KomboIntegrationCardSvelteProps = Omit<HTMLAttributes<KomboIntegrationCard>, 'hidden'> &
  KomboIntegrationCardProps &
  KomboIntegrationCardEventProps & { hidden?: boolean };

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'kombo-integration-card': KomboIntegrationCardSvelteProps;
  }
}

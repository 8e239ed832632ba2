// Types only: `import type {} from 'kombo-integration-card/vue'` makes <kombo-integration-card>
// type-check in Vue templates (vue-tsc / Volar), with its properties and events.
import type { DefineComponent } from 'vue';
import type { KomboErrorEvent, KomboLoadEvent, KomboLoadStartEvent } from './events.js';
import type { KomboIntegrationCardProps } from './framework-props.js';

export type KomboIntegrationCardVueProps = KomboIntegrationCardProps & {
  onKomboLoadstart?: (event: KomboLoadStartEvent) => void;
  onKomboLoad?: (event: KomboLoadEvent) => void;
  onKomboError?: (event: KomboErrorEvent) => void;
};

declare module 'vue' {
  interface GlobalComponents {
    'kombo-integration-card': DefineComponent<KomboIntegrationCardVueProps>;
  }
}

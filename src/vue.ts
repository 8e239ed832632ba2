// Types only: `import type {} from 'kombo-integration-card/vue'` makes <kombo-integration-card>
// type-check in Vue templates (vue-tsc / Volar), with its properties and events.
import type { DefineComponent } from 'vue';
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
import type { KomboIntegrationCardProps } from './framework-props.js';

export type KomboIntegrationCardVueProps = KomboIntegrationCardProps & {
  onKomboLoadstart?: (event: KomboLoadStartEvent) => void;
  onKomboLoad?: (event: KomboLoadEvent) => void;
  onKomboError?: (event: KomboErrorEvent) => void;
  onKomboConnectStart?: (event: KomboConnectStartEvent) => void;
  onKomboConnectComplete?: (event: KomboConnectCompleteEvent) => void;
  onKomboConnectCancel?: (event: KomboConnectCancelEvent) => void;
  onKomboConnectError?: (event: KomboConnectErrorEvent) => void;
  onKomboFilter?: (event: KomboFilterEvent) => void;
};

declare module 'vue' {
  interface GlobalComponents {
    'kombo-integration-card': DefineComponent<KomboIntegrationCardVueProps>;
  }
}

// Entry of the classic-script (IIFE) build: defines the tag and hands the registered class to
// `window.KomboIntegrationCard`; a second copy of the script hands out the first one's class too.
import { KomboIntegrationCard } from './kombo-integration-card.js';

KomboIntegrationCard.define();

export default (customElements.get('kombo-integration-card') as typeof KomboIntegrationCard | undefined) ??
  KomboIntegrationCard;

declare global {
  interface Window {
    /** The element's class, for pages that load the classic script (`<script src=…iife.js>`). */
    KomboIntegrationCard: typeof KomboIntegrationCard;
  }
}

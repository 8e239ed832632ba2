// Entry of the classic-script (IIFE) build: defines the tag and hands the class to `window.KomboIntegrationCard`.
import { KomboIntegrationCard } from './kombo-integration-card.js';

KomboIntegrationCard.define();

export default KomboIntegrationCard;

declare global {
  interface Window {
    /** The element's class, for pages that load the classic script (`<script src=…iife.js>`). */
    KomboIntegrationCard: typeof KomboIntegrationCard;
  }
}

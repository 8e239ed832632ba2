// Registering entry: importing it defines <kombo-integration-card> (once, however often it is loaded).
import { KomboIntegrationCard } from './kombo-integration-card.js';

KomboIntegrationCard.define();

export * from './index.js';

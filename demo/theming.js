import { integrations } from './fixtures.mjs';

for (const card of document.querySelectorAll('kombo-integration-card')) {
  card.integration = integrations[card.dataset.fixture ?? 'healthy'];
}

import { integrations } from './fixtures.mjs';

for (const card of document.querySelectorAll('kombo-integration-card[data-fixture]')) {
  card.integration = { status: 'success', data: integrations[card.dataset.fixture] };
}

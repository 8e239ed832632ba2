// Type-checked by `npm run lint` (tsc), not run: the React typings let JSX use the card.
import type {} from '../../src/react.js';
import { seed } from '../../demo/fixtures.mjs';

export function IntegrationSettings({ onReconnect }: { onReconnect: () => void }) {
  return (
    <kombo-integration-card
      integration={seed}
      theme="dark"
      refresh-interval={30}
      onkombo-load={(event) => console.log(event.detail.integration.tool.label)}
      onkombo-error={(event) => event.detail.error.kind === 'api' && onReconnect()}
    />
  );
}

export const fromBackend = <kombo-integration-card src="/api/integrations/factorial" loading="lazy" />;

// @ts-expect-error: theme is 'auto' | 'light' | 'dark'
export const wrongTheme = <kombo-integration-card theme="purple" />;

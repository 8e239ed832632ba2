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

export const fromBackend = (
  <kombo-integration-card
    src="/api/integrations/factorial"
    loading="lazy"
    refresh-interval="30"
    timeout="5000"
    relink-src="/api/integrations/factorial/relink"
    requirements="hris_employees hris_employees.date_of_birth"
    filter="birth"
    availability="unavailable"
    onkombo-connect-complete={(event) => console.log(event.detail.kind, event.detail.activationToken)}
    onkombo-filter={(event) => console.log(event.detail.matches.fields)}
  />
);

export const withHook = (
  <kombo-integration-card
    requirements={['hris_employees']}
    createConnectLink={async ({ kind, integration }) => `https://connect.example/${kind}/${integration.id}`}
  />
);

// @ts-expect-error: refresh-interval is a number, or a numeric string
export const notANumber = <kombo-integration-card refresh-interval="soon" />;

// @ts-expect-error: availability is 'all' | 'available' | 'unavailable'
export const wrongAvailability = <kombo-integration-card availability="some" />;

// @ts-expect-error: theme is 'auto' | 'light' | 'dark'
export const wrongTheme = <kombo-integration-card theme="purple" />;

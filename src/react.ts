// Types only: `import type {} from 'kombo-integration-card/react'` makes <kombo-integration-card>
// type-check in React 19 JSX, with its properties and `onkombo-*` event props.
import type * as React from 'react';
import type { KomboIntegrationCardEventProps, KomboIntegrationCardProps } from './framework-props.js';
import type { KomboIntegrationCard } from './kombo-integration-card.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'kombo-integration-card': React.DetailedHTMLProps<
        React.HTMLAttributes<KomboIntegrationCard>,
        KomboIntegrationCard
      > &
        KomboIntegrationCardProps &
        KomboIntegrationCardEventProps;
    }
  }
}

export type { KomboIntegrationCardEventProps, KomboIntegrationCardProps };

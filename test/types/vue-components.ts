// Type-checked by `npm run lint` (tsc), not run: the Vue typings register the card globally.
import type { GlobalComponents } from 'vue';
import type {} from '../../src/vue.js';

type CardProps = InstanceType<GlobalComponents['kombo-integration-card']>['$props'];

export const props: CardProps = {
  src: '/api/integrations/factorial',
  theme: 'light',
  onKomboLoad: (event) => console.log(event.detail.integration.id),
};

// @ts-expect-error: variant is 'full' | 'summary'
export const wrong: CardProps = { variant: 'tiny' };

// Server-side rendering of the card with Lit SSR (declarative shadow DOM), for the Node test, the
// hydration test's server and as the example the README copies. Needs `npm run build` (dist/npm).
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { loadLanguage } from '../dist/npm/define.js';

/** JSON that is safe inside <script>: no `</script>` or `<!--` can end it early. */
const scriptSafe = (data) => JSON.stringify(data).replace(/</g, '\\u003c');

/**
 * The card's HTML with its shadow DOM, readable before any JavaScript runs, in `lang` (en, de, fr,
 * es or it: its table is loaded first). The same data goes into an inline JSON script (dates as ISO
 * strings), so the browser's card hydrates from it without a refetch.
 */
export async function renderCard(integration, { lang = 'en' } = {}) {
  await loadLanguage(lang);
  const markup = collectResultSync(
    render(html`<kombo-integration-card lang=${lang} .integration=${integration}></kombo-integration-card>`),
  );
  return markup.replace(
    '</kombo-integration-card>',
    `<script type="application/json">${scriptSafe(integration)}</script></kombo-integration-card>`,
  );
}

/** A card that loads from `src`: the server renders its loading state, the browser fetches. */
export async function renderSrcCard(src, { lang = 'en' } = {}) {
  await loadLanguage(lang);
  return collectResultSync(render(html`<kombo-integration-card lang=${lang} src=${src}></kombo-integration-card>`));
}

import { css, html } from 'lit';
import { addEnglish } from '../i18n/localization.js';
import type { Translator } from '../i18n/translate.js';
import { addLazyStyles } from '../styles/lazy-styles.js';
import { busyEn } from './busy.en.js';

// Only a card with a `src` ever refreshes, so the line's words and style travel with the `src`
// lifecycle's chunk (the card adopts chunk styles before it renders: see `lazy-styles.ts`).
addEnglish(busyEn);
addLazyStyles(css`
  .busy {
    color: var(--_muted);
    font-size: 0.85em;
  }
`);

/** The "Updating…" line a card shows above the data it keeps on screen while it fetches `src` again. */
export const renderBusy = (tr: Translator) => html`<p part="busy" class="busy" role="status">${tr.t('refreshing')}</p>`;

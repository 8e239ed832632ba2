import { html } from 'lit';
import type { Translator } from '../i18n/translate.js';
import { lazyModule } from '../load/lazy-module.js';

export function renderEmpty(tr: Translator) {
  return html`<div part="base empty" class="card state empty">
    <slot name="empty">
      <p class="state-title">${tr.t('empty.title')}</p>
      <p class="muted">${tr.t('empty.body')}</p>
    </slot>
  </div>`;
}

export function renderLoading(tr: Translator) {
  return html`<div part="base loading" class="card state loading" aria-busy="true">
    <div class="skeleton" aria-hidden="true"></div>
    <p role="status" class="state-title">${tr.t('loading')}</p>
  </div>`;
}

/**
 * The error state without the error views (their chunk could not load): its title alone, rather
 * than a loading state that never ends. Its words are the module's.
 */
export function renderErrorTitle(tr: Translator) {
  return html`<div part="base error" class="card state error" role="alert">
    <p class="state-title">${tr.t('error.title')}</p>
  </div>`;
}

/**
 * The error state and the error beside stale data: a chunk with its words and styles, loaded on the
 * first failure (and alongside the first request for `src`, so a failing request never waits for it).
 */
export const errorView = lazyModule(() => import('./error-view.js'));

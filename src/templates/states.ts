import { html, nothing } from 'lit';
import type { CardError } from '../data/card-error.js';
import type { Translator } from '../i18n/translate.js';

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
 * What to tell the reader: for API errors the title and message the API sent (never its `log_url`,
 * never a bare code); for a string that is not JSON, that it is not (given to the card) or that the
 * server sent no integration data (a response, which always has a status).
 */
export function errorMessage(error: CardError, tr: Translator): string {
  switch (error.kind) {
    case 'api': {
      const said = [...new Set([error.title, error.message])].filter((part) => part && part !== error.code);
      return said.length === 0 ? tr.t('error.api') : said.join(': ');
    }
    case 'http':
      return tr.t('error.http', { status: error.status });
    case 'parse':
      return tr.t(error.status === undefined ? 'error.json' : 'error.parse');
    default:
      return tr.t(`error.${error.kind}`);
  }
}

/** The failure, with the validation issues for bad data and a retry button when there is a `src`. */
export function renderErrorBody(error: CardError, tr: Translator, title: string, onRetry?: () => void) {
  return html`<p class="state-title">${title}</p>
    <p>${errorMessage(error, tr)}</p>
    ${
      error.kind === 'invalid-data' && error.issues.length > 0
        ? html`<details class="issues">
            <summary>${tr.t('error.issues')}</summary>
            <ul>
              ${error.issues.slice(0, 10).map((issue) => html`<li><code>${issue.path || '(root)'}</code> ${issue.message}</li>`)}
            </ul>
          </details>`
        : nothing
    }
    ${onRetry ? html`<button part="retry" class="button" type="button" @click=${onRetry}>${tr.t('retry')}</button>` : nothing}`;
}

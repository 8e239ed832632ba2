import { css, html, nothing } from 'lit';
import type { CardError } from '../data/card-error.js';
import { addEnglish } from '../i18n/localization.js';
import type { Translator } from '../i18n/translate.js';
import { addLazyStyles } from '../styles/lazy-styles.js';
import { errorsEn } from './errors.en.js';

addEnglish(errorsEn);

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

/**
 * A failure, with the validation issues for bad data and a retry button when there is a `src`: the
 * error state (nothing to show), or beside the last good data after a failed refresh (`stale`).
 * Each is one `role="alert"`, rendered whole, so it is announced once.
 */
export function renderError(error: CardError, tr: Translator, stale: boolean, onRetry?: () => void) {
  return stale
    ? html`<div part="error" class="stale-error" role="alert">
        ${body(error, tr, tr.t('error.refreshTitle'), onRetry)}
      </div>`
    : html`<div part="base error" class="card state error" role="alert">
        ${body(error, tr, tr.t('error.title'), onRetry)}
      </div>`;
}

function body(error: CardError, tr: Translator, title: string, onRetry?: () => void) {
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

addLazyStyles(css`
  .error,
  .stale-error {
    border-color: var(--_danger);
  }
  .stale-error {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_danger);
    border-radius: calc(var(--_radius) * 0.5);
  }
  .issues ul {
    padding-inline-start: calc(var(--_space) * 2);
    list-style: disc;
  }
  .issues summary {
    min-height: 24px;
    cursor: pointer;
  }
`);

import { html, nothing } from 'lit';
import type { ConnectKind } from '../events.js';
import { formatDate, parseDate } from '../i18n/format-date.js';
import { setupTone, statusTone } from './tones.js';
import type { ReadyView } from './view.js';
import { badge } from './badge.js';

const PARTS: Record<ConnectKind, string> = { relink: 'reconnect', setup: 'finish-setup' };

/**
 * A repair button (when the host can get a link for it): it stays focusable while the flow runs
 * (`aria-busy`, "Opening…") and, after a failure, says why beside it.
 */
export function repair({ connect, tr }: ReadyView, kind: ConnectKind) {
  if (!connect.can(kind)) return nothing;
  const busy = connect.busy === kind;
  return html`<button
      part=${PARTS[kind]}
      class="button"
      type="button"
      data-kind=${kind}
      aria-busy=${busy ? 'true' : 'false'}
      @click=${connect.start}
    >
      ${tr.t(busy ? 'connect.opening' : `connect.${kind}`)}
    </button>
    ${connect.failure?.kind === kind ? connect.failure.render(tr) : nothing}`;
}

/** One line per state: what it is (badge), what it means or what to do next (hint), and the fix. */
function stateRow(label: string, badgeHtml: unknown, hint: string | undefined, fix: unknown) {
  return html`<div class="state-row">
    <dt class="visually-hidden">${label}</dt>
    <dd>${badgeHtml}${hint ? html` <span class="hint">${hint}</span>` : nothing}${fix}</dd>
  </div>`;
}

export function renderHealth(view: ReadyView) {
  const { integration, tr } = view;
  const { status, setup_status: setup, data_expired_at: expiredAt } = integration;
  const expiredDate = expiredAt ? parseDate(expiredAt) : undefined;
  return html`<section class="health" aria-labelledby="health-title">
    <h3 class="visually-hidden" id="health-title">${tr.t('health.title')}</h3>
    <dl class="states">
      ${stateRow(
        tr.t('status.label'),
        badge(tr.value('status', status) ?? status, statusTone(status), 'status'),
        tr.value('status', status, 'hint'),
        status === 'INVALID' ? repair(view, 'relink') : nothing,
      )}
      ${
        setup
          ? stateRow(
              tr.t('setup.label'),
              badge(tr.value('setup', setup) ?? setup, setupTone(setup), 'setup-status'),
              tr.value('setup', setup, 'hint'),
              setup === 'INCOMPLETE' ? repair(view, 'setup') : nothing,
            )
          : nothing
      }
    </dl>
    ${
      expiredAt
        ? html`<div part="notice" class="notice" role="note">
            <strong>${tr.t('expired.title')}</strong>
            <span>${tr.t('expired.body', { date: expiredDate ? formatDate(expiredDate, tr.locale) : expiredAt })}</span>
          </div>`
        : nothing
    }
  </section>`;
}

import { html, nothing } from 'lit';
import { formatDate, parseDate } from '../i18n/format-date.js';
import { setupTone, statusTone } from './tones.js';
import type { ReadyView } from './view.js';
import { badge } from './badge.js';

/** One line per state: what it is (badge) and what it means or what to do next (hint). */
function stateRow(label: string, badgeHtml: unknown, hint: string | undefined) {
  return html`<div class="state-row">
    <dt class="visually-hidden">${label}</dt>
    <dd>${badgeHtml}${hint ? html` <span class="hint">${hint}</span>` : nothing}</dd>
  </div>`;
}

export function renderHealth({ integration, tr }: ReadyView) {
  const { status, setup_status: setup, data_expired_at: expiredAt } = integration;
  const expiredDate = expiredAt ? parseDate(expiredAt) : undefined;
  return html`<section class="health" aria-labelledby="health-title">
    <h3 class="visually-hidden" id="health-title">${tr.t('health.title')}</h3>
    <dl class="states">
      ${stateRow(
        tr.t('status.label'),
        badge(tr.value('status', status) ?? status, statusTone(status), 'status'),
        tr.value('status', status, 'hint'),
      )}
      ${
        setup
          ? stateRow(
              tr.t('setup.label'),
              badge(tr.value('setup', setup) ?? setup, setupTone(setup), 'setup-status'),
              tr.value('setup', setup, 'hint'),
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

import { html } from 'lit';
import { formatDate, formatRelative, parseDate } from '../i18n/format-date.js';
import type { ReadyView } from './view.js';

function row(label: string, value: unknown, part = '') {
  return html`<div class="detail">
    <dt>${label}</dt>
    <dd part=${part}>${value}</dd>
  </div>`;
}

export function renderDetails({ integration, tr }: ReadyView) {
  const { end_user: user, scope_config: scope } = integration;
  const none = html`<span class="muted">${tr.t('details.none')}</span>`;
  const created = parseDate(integration.created_at);
  return html`<section class="details" aria-labelledby="details-title">
    <h3 class="visually-hidden" id="details-title">${tr.t('details.title')}</h3>
    <dl part="details" class="detail-list">
      ${row(tr.t('details.organization'), user.organization_name || none)}
      ${row(tr.t('details.creator'), user.creator_email || none)} ${row(tr.t('details.origin'), user.origin_id || none)}
      ${row(tr.t('details.scope'), scope?.name || scope?.id || none)}
      ${row(
        tr.t('details.created'),
        created
          ? html`<time datetime=${integration.created_at}
              >${tr.t('details.createdValue', {
                date: formatDate(created, tr.locale),
                relative: formatRelative(created, tr.locale),
              })}</time
            >`
          : integration.created_at,
      )}
      ${row(tr.t('details.id'), html`<code class="id">${integration.id}</code>`, 'id')}
    </dl>
  </section>`;
}

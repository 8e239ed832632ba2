import { html, nothing } from 'lit';
import { countFields, unavailableReason } from '../coverage.js';
import { humanizeFieldId } from '../field-label.js';
import type { CoverageField, CoverageItem } from '../integration.js';
import { availabilityTone } from '../tones.js';
import type { Translator } from '../translate.js';
import { badge } from './badge.js';
import type { ReadyView } from './view.js';

type Kind = 'model' | 'action';

function reasonText(tr: Translator, item: CoverageItem | CoverageField, tool: string): string | undefined {
  const reason = unavailableReason(item);
  return reason ? tr.t(`reason.${reason}`, { tool }) : undefined;
}

function renderFields(item: CoverageItem, tr: Translator, tool: string) {
  if (item.fields.length === 0) return html`<p class="muted no-fields">${tr.t('item.noFields')}</p>`;
  return html`<table class="fields">
    <caption class="visually-hidden">
      ${tr.t('fields.caption', { item: item.label })}
    </caption>
    <thead>
      <tr>
        <th scope="col">${tr.t('fields.name')}</th>
        <th scope="col">${tr.t('fields.availability')}</th>
        <th scope="col">${tr.t('fields.reason')}</th>
      </tr>
    </thead>
    <tbody>
      ${item.fields.map(
        (field) =>
          html`<tr part="field" class="field">
            <th scope="row">
              <span class="field-label">${humanizeFieldId(field.id)}</span>
              <code class="field-id">${field.id}</code>
            </th>
            <td>
              ${badge(tr.t(field.is_available ? 'available' : 'unavailable'), availabilityTone(field.is_available))}
            </td>
            <td class="muted">
              ${
                reasonText(tr, field, tool) ??
                (field.is_available ? nothing : (tr.value('coverage', field.coverage_status) ?? field.coverage_status))
              }
            </td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function renderItem(view: ReadyView, kind: Kind, item: CoverageItem) {
  const { tr } = view;
  const key = `${kind}:${item.id}`;
  const open = view.isOpen(key);
  const fields = countFields(item);
  const tool = view.integration.tool.label;
  const coverage = item.coverage_status;
  const scope = item.scope_config_setting;
  const reason = reasonText(tr, item, tool);
  const facts = [tr.value('coverage', coverage) ?? coverage, scope ? (tr.value('scope', scope) ?? scope) : undefined];
  return html`<li part=${kind} class="item">
    <details ?open=${open} @toggle=${(event: Event) => view.onToggle(key, (event.target as HTMLDetailsElement).open)}>
      <summary>
        <span class="item-head">
          <span class="item-label">${item.label}</span>
          <span class="item-meta muted"
            >${
              fields.total === 0
                ? tr.t('item.noFields')
                : tr.t('item.fields', { available: tr.number(fields.available), total: tr.number(fields.total) })
            }</span
          >
        </span>
        <span class="item-status">
          ${badge(tr.t(item.is_available ? 'available' : 'unavailable'), availabilityTone(item.is_available))}
          <span class="facts">${facts.filter(Boolean).join(' · ')}</span>
          ${item.opted_out_by_customer ? badge(tr.t('optedOut'), 'warning') : nothing}
        </span>
      </summary>
      <div class="item-body">
        ${reason ? html`<p class="reason">${reason}</p>` : nothing} ${open ? renderFields(item, tr, tool) : nothing}
      </div>
    </details>
  </li>`;
}

function renderList(view: ReadyView, kind: Kind, items: CoverageItem[], title: string, empty: string) {
  const id = `${kind}s-title`;
  return html`<section class="list" aria-labelledby=${id}>
    <h3 class="section-title" id=${id}>${title}</h3>
    ${
      items.length === 0
        ? html`<p class="muted">${empty}</p>`
        : html`<ul class="items">
            ${items.map((item) => renderItem(view, kind, item))}
          </ul>`
    }
  </section>`;
}

export function renderReadModels(view: ReadyView) {
  return renderList(view, 'model', view.integration.read_models, view.tr.t('models.title'), view.tr.t('models.empty'));
}

export function renderWriteActions(view: ReadyView) {
  const { write_actions: actions } = view.integration;
  return renderList(view, 'action', actions, view.tr.t('actions.title'), view.tr.t('actions.empty'));
}

import { html, nothing } from 'lit';
import { countFields } from '../data/coverage.js';
import type { CoverageItem } from '../data/integration.js';
import { availabilityTone } from './tones.js';
import { addLazyStyles } from '../styles/lazy-styles.js';
import { badge } from './badge.js';
import { reasonText } from './reason.js';
import type { ReadyView } from './view.js';

type FieldTable = typeof import('./field-table.js').renderFieldTable;
let fieldTable: FieldTable | undefined;
let fieldTableLoading: Promise<void> | undefined;

/**
 * Field rows are code as well as DOM that only expanded models need, so their template is its own
 * small module: the card preloads it once it shows data, long before anyone clicks. Resolves once
 * it is there (a failed load is tried again on the next call).
 */
export function loadFieldTable(): Promise<void> {
  fieldTableLoading ??= import('./field-table.js').then(
    (module) => {
      addLazyStyles(module.styles);
      fieldTable = module.renderFieldTable;
    },
    () => void (fieldTableLoading = undefined),
  );
  return fieldTableLoading;
}

type Kind = 'model' | 'action';

function renderItem(view: ReadyView, kind: Kind, item: CoverageItem) {
  const { tr } = view;
  const key = `${kind}:${item.id}`;
  const open = view.openItems.has(key);
  const fields = countFields(item);
  const tool = view.integration.tool.label;
  const coverage = item.coverage_status;
  const scope = item.scope_config_setting;
  const reason = reasonText(tr, item, tool);
  const facts = [tr.value('coverage', coverage) ?? coverage, scope ? (tr.value('scope', scope) ?? scope) : undefined];
  return html`<li part=${kind} class="item">
    <details data-key=${key} ?open=${open} @toggle=${view.onToggle}>
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
          ${view.needs?.view.itemMarks(view, item)}
          <span class="facts">${facts.filter(Boolean).join(' · ')}</span>
          ${item.opted_out_by_customer ? badge(tr.t('optedOut'), 'warning') : nothing}
        </span>
      </summary>
      <div class="item-body">
        ${reason ? html`<p class="reason">${reason}</p>` : nothing}
        ${
          open
            ? (fieldTable?.(view, item) ?? html`<p class="muted" role="status">${tr.t('fields.loading')}</p>`)
            : nothing
        }
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

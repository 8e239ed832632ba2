import { html, nothing } from 'lit';
import { countFields } from '../data/coverage.js';
import type { CoverageField, CoverageItem } from '../data/integration.js';
import { lazyModule } from '../load/lazy-module.js';
import { addLazyStyles } from '../styles/lazy-styles.js';
import { badge, ICONS } from './badge.js';
import { reasonText } from './reason.js';
import { availabilityTone } from './tones.js';
import { unchanged } from './unchanged.js';
import type { ReadyView } from './view.js';

/**
 * Field rows are code as well as DOM that only expanded models need, so their template is its own
 * small module: the card preloads it once it shows data, long before anyone clicks.
 */
export const fieldTable = lazyModule(() =>
  import('./field-table.js').then((module) => {
    addLazyStyles(module.styles);
    return module;
  }),
);

export type Kind = 'model' | 'action';

/** A text with the reader's search words marked (the search chunk's), or the text itself. */
export type Mark = (text: string) => unknown;

export interface ItemOptions {
  /** The fields to show (a filter's), else all of them. */
  fields?: CoverageField[];
  /** Open or closed (a filter's say), else as the reader left it. */
  open?: boolean;
  mark?: Mark;
  /** Its rows come in a later frame (a filter opened more rows than one frame should build). */
  deferred?: boolean;
}

/**
 * One model or action: a disclosure whose field rows exist only while it is open. Its template is
 * kept in the card's `view.kept` with what it was drawn from, and handed back unchanged while that is.
 */
export function renderItem(view: ReadyView, kind: Kind, item: CoverageItem, options: ItemOptions = {}) {
  const { tr } = view;
  const key = `${kind}:${item.id}`;
  const open = options.open ?? view.openItems.has(key);
  const table = fieldTable.get()?.renderFieldTable;
  // Without its chunk (still on its way, or lost) an open item says so, in its live region.
  const waiting = fieldTable.failed() ? 'fields.lost' : 'fields.loading';
  const from = [tr, view.needs, open, table, waiting, options.fields, options.mark, options.deferred];
  const kept = view.kept.get(item);
  if (kept && unchanged(from, kept[0])) return kept[1];
  const mark = options.mark ?? ((text: string) => text);
  const fields = countFields(item);
  const tool = view.integration.tool.label;
  const coverage = item.coverage_status;
  const scope = item.scope_config_setting;
  const reason = reasonText(tr, item, tool);
  const facts = [tr.value('coverage', coverage) ?? coverage, scope ? (tr.value('scope', scope) ?? scope) : undefined];
  const tone = availabilityTone(item.is_available);
  // The availability badge is written out here rather than nested (one template per item, not two).
  const template = html`<li part=${kind} class="item">
    <details data-key=${key} ?open=${open}>
      <summary>
        <span class="item-head">
          <span class="item-label">${mark(item.label)}</span>
          <span class="item-meta muted"
            >${
              fields.total === 0
                ? tr.t('item.noFields')
                : tr.t('item.fields', { available: tr.number(fields.available), total: tr.number(fields.total) })
            }</span
          >
        </span>
        <span class="item-status">
          <span part="badge badge-${tone}" class="badge ${tone}"
            ><span class="icon" aria-hidden="true">${ICONS[tone]}</span>${tr.t(
              item.is_available ? 'available' : 'unavailable',
            )}</span
          >
          ${view.needs?.view.itemMarks(view, item)}
          <span class="facts">${facts.filter(Boolean).join(' · ')}</span>
          ${item.opted_out_by_customer ? badge(tr.t('optedOut'), 'warning') : nothing}
        </span>
      </summary>
      <div class="item-body">
        ${reason ? html`<p class="reason">${reason}</p>` : nothing}
        ${
          !open
            ? nothing
            : table && !options.deferred
              ? table(view, item, options.fields ?? item.fields, mark)
              : html`<p class="muted" role=${options.deferred ? nothing : 'status'}>${tr.t(waiting)}</p>`
        }
      </div>
    </details>
  </li>`;
  view.kept.set(item, [from, template]);
  return template;
}

/** A list of models or actions under its heading; `items` are rendered already. */
export function renderList(view: ReadyView, kind: Kind, items: unknown[]) {
  const id = `${kind}s-title`;
  return html`<section class="list" aria-labelledby=${id}>
    <h3 class="section-title" id=${id}>${view.tr.t(`${kind}s.title`)}</h3>
    ${
      items.length === 0
        ? html`<p class="muted">${view.tr.t(`${kind}s.empty`)}</p>`
        : html`<ul class="items">
            ${items}
          </ul>`
    }
  </section>`;
}

/** Every model (or action) the integration lists. */
function renderAll(view: ReadyView, kind: Kind) {
  const items = view.integration[kind === 'model' ? 'read_models' : 'write_actions'];
  return renderList(
    view,
    kind,
    items.map((item) => renderItem(view, kind, item)),
  );
}

/**
 * The lists with search's controls above them (and an empty slot where its result line goes):
 * always these four slots, with or without the search chunk, so the lists keep their DOM (and the reader's
 * focus) when search arrives.
 */
export function renderLists(view: ReadyView, controls: unknown = nothing) {
  return [controls, nothing, renderAll(view, 'model'), renderAll(view, 'action')];
}

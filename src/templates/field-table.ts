import { css, html, nothing } from 'lit';
import { fieldLabel } from '../i18n/field-label.js';
import { addEnglish } from '../i18n/localization.js';
import type { CoverageField, CoverageItem } from '../data/integration.js';
import { availabilityTone } from './tones.js';
import { ICONS } from './badge.js';
import { reasonText } from './reason.js';
import type { Mark } from './coverage-list.js';
import type { ReadyView } from './view.js';
import { fieldTableEn } from './field-table.en.js';

addEnglish(fieldTableEn);

/**
 * The field rows of one expanded model or action (all of them, or those a filter keeps): readable
 * label, raw id, availability and why not; `mark` highlights search words.
 */
export function renderFieldTable(view: ReadyView, item: CoverageItem, fields: CoverageField[], mark: Mark) {
  const { tr } = view;
  const tool = view.integration.tool.label;
  if (fields.length === 0) return html`<p class="muted no-fields">${tr.t('item.noFields')}</p>`;
  // Worked out once per table, not per row; the badge is written out in the row (one template per row, not two).
  const tones = [availabilityTone(false), availabilityTone(true)];
  const words = [tr.t('unavailable'), tr.t('available')];
  // Explicit roles: the narrow layout displays the table as blocks, which drops table semantics in some engines.
  return html`<table class="fields" role="table">
    <caption class="visually-hidden">
      ${tr.t('fields.caption', { item: item.label })}
    </caption>
    <thead>
      <tr role="row">
        <th scope="col" role="columnheader">${tr.t('fields.name')}</th>
        <th scope="col" role="columnheader">${tr.t('fields.availability')}</th>
        <th scope="col" role="columnheader">${tr.t('fields.reason')}</th>
      </tr>
    </thead>
    <tbody>
      ${fields.map((field) => {
        const tone = tones[+field.is_available]!;
        return html`<tr part="field" class="field" role="row">
          <th scope="row" role="rowheader">
            <span class="field-label">${mark(fieldLabel(field))}</span>
            <code class="field-id">${mark(field.id)}</code>
          </th>
          <td role="cell">
            <span part="badge badge-${tone}" class="badge ${tone}"
              ><span class="icon" aria-hidden="true">${ICONS[tone]}</span>${words[+field.is_available]}</span
            >
            ${view.needs?.view.fieldMark(view, item, field)}
          </td>
          <td class="muted" role="cell">
            ${
              reasonText(tr, field, tool) ??
              (field.is_available ? nothing : (tr.value('coverage', field.coverage_status) ?? field.coverage_status))
            }
          </td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

/** The table's own styles: they arrive with it (see `lazy-styles.ts`). */
export const styles = css`
  .fields {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
  }
  .fields th,
  .fields td {
    padding: calc(var(--_space) / 2) var(--_space);
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_border);
  }
  .fields thead th {
    color: var(--_muted);
    font-weight: 600;
  }
  .fields tbody th {
    font-weight: 400;
  }
  .field-id {
    display: block;
    color: var(--_muted);
  }
  /* Where three columns no longer fit: one block per field, label first. */
  @container card (max-width: 40rem) {
    .fields,
    .fields tbody,
    .fields tr,
    .fields th,
    .fields td {
      display: block;
    }
    .fields thead {
      display: none;
    }
    .fields tr {
      padding-block: calc(var(--_space) / 2);
      border-block-end: 1px solid var(--_border);
    }
    .fields th,
    .fields td {
      padding: 2px 0;
      border: 0;
    }
  }
`;

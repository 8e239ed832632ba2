import { css, html, nothing } from 'lit';
import type { CoverageField, CoverageItem } from '../data/integration.js';
import type { RequirementReason } from '../data/requirements.js';
import { addEnglish } from '../i18n/localization.js';
import { addLazyStyles } from '../styles/lazy-styles.js';
import { badge } from '../templates/badge.js';
import { repair } from '../templates/health.js';
import type { ReadyView } from '../templates/view.js';
import { requirementsEn } from './strings.en.js';

// The required-data region: the block after the health section and the marks in the lists. It is a
// chunk loaded as soon as a card is given requirements, with its words and styles.
export { evaluateRequirements } from '../data/requirements.js';
addEnglish(requirementsEn);

/** What a reason asks of whom: the customer can reconnect, the vendor can switch it on, else nobody here. */
const NEXT: Partial<Record<RequirementReason, 'needs.next.OPTED_OUT' | 'needs.next.DISABLED'>> = {
  OPTED_OUT: 'needs.next.OPTED_OUT',
  DISABLED: 'needs.next.DISABLED',
};

/** The block after the health section (part `requirements`); in the summary variant, its headline alone. */
export function renderRequirements(view: ReadyView, summary: boolean) {
  const { tr, integration } = view;
  const { status } = view.needs!;
  const tone = status.met ? 'success' : 'danger';
  const missing = status.missing.length;
  const reconnect = status.missing.some((each) => each.reason === 'OPTED_OUT') && view.connect.can('relink');
  return html`<section part="requirements" class="needs ${tone}" aria-labelledby="needs-title">
    <h3 class="visually-hidden" id="needs-title">${tr.t('needs.title')}</h3>
    <p class="needs-headline">
      <span class="icon" aria-hidden="true">${status.met ? '✓' : '✕'}</span>
      ${tr.t('needs.headline', { available: tr.number(status.available), total: tr.number(status.total) })}
      ${summary && missing ? html`<span class="needs-count">· ${tr.t('needs.missingCount', { count: tr.number(missing) })}</span>` : nothing}
    </p>
    ${
      summary || !missing
        ? nothing
        : html`<ul class="needs-missing">
              ${status.missing.map(
                ({ label, reason }) =>
                  html`<li>
                    <strong>${label}</strong>
                    ${tr.t(`needs.reason.${reason}`, { tool: integration.tool.label })}
                    ${tr.t(NEXT[reason] ?? 'needs.next.cannotFix')}
                  </li>`,
              )}
            </ul>
            ${reconnect ? html`<div class="needs-fix">${repair(view, 'relink')}</div>` : nothing}`
    }
  </section>`;
}

const required = (view: ReadyView) => badge(view.tr.t('needs.required'), 'neutral', 'required');

/** Marks on a model's or action's row: required, and whether it is or holds a missing requirement. */
export function itemMarks(view: ReadyView, item: CoverageItem) {
  const { marks } = view.needs!;
  return [
    marks.required.has(item.id) ? required(view) : nothing,
    marks.missing.has(item.id) ? badge(view.tr.t('needs.missingHere'), 'danger', 'required-missing') : nothing,
  ];
}

/** The mark on a required field's row. */
export function fieldMark(view: ReadyView, item: CoverageItem, field: CoverageField) {
  return view.needs!.marks.required.has(`${item.id}.${field.id}`) ? required(view) : nothing;
}

addLazyStyles(css`
  .needs {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_tone);
    border-inline-start-width: 4px;
    border-radius: calc(var(--_radius) * 0.5);
    background: color-mix(in srgb, var(--_tone) 8%, var(--_bg));
  }
  .needs.success {
    --_tone: var(--_success);
  }
  .needs.danger {
    --_tone: var(--_danger);
  }
  .needs-headline {
    font-weight: 600;
    color: color-mix(in srgb, var(--_tone) 70%, var(--_text));
  }
  .needs-count {
    font-weight: 400;
  }
  .needs-missing {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding-inline-start: calc(var(--_space) * 2.5);
    list-style: disc;
  }
  @media (forced-colors: active) {
    .needs {
      border-color: CanvasText;
    }
  }
`);

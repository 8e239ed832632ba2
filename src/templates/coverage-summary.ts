import { html, nothing } from 'lit';
import type { Count } from '../data/coverage.js';
import type { ReadyView } from './view.js';

const percent = ({ available, total }: Count) => (total === 0 ? 0 : Math.round((available / total) * 100));

export function renderCoverageSummary({ coverage: summary, tr }: ReadyView) {
  const numbers = (count: Count) => ({ available: tr.number(count.available), total: tr.number(count.total) });
  return html`<section part="summary" class="summary" aria-labelledby="summary-title">
    <h3 class="section-title" id="summary-title">${tr.t('coverage.title')}</h3>
    <svg part="meter" class="meter" aria-hidden="true" viewBox="0 0 100 1" preserveAspectRatio="none">
      <rect class="meter-fill" height="1" width=${percent(summary.models)}></rect>
    </svg>
    <ul class="summary-list">
      <li>${tr.t('coverage.models', numbers(summary.models))}</li>
      <li>${tr.t('coverage.fields', numbers(summary.fields))}</li>
      ${summary.actions.total > 0 ? html`<li>${tr.t('coverage.actions', numbers(summary.actions))}</li>` : nothing}
    </ul>
  </section>`;
}

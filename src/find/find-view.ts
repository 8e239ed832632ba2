import { css, html, nothing } from 'lit';
import { addEnglish } from '../i18n/localization.js';
import { intl } from '../i18n/intl-cache.js';
import type { Translator } from '../i18n/translate.js';
import { addLazyStyles } from '../styles/lazy-styles.js';
import { renderItem, renderList, renderLists, type Kind } from '../templates/coverage-list.js';
import type { ReadyView } from '../templates/view.js';
import type { FilterController } from './filter-controller.js';
import { isLarge } from './large.js';
import { highlight, type Availability, type FilterResult } from './match.js';
import { findEn } from './strings.en.js';

// Search: the field, the availability filter, the result line and the filtered lists. A chunk,
// preloaded once a card shows a large integration (or is given a filter), with its words and styles.
export { FilterController } from './filter-controller.js';
addEnglish(findEn);

/** "2 data models and 1 action", in the reader's language and plural rules. */
function counted(tr: Translator, counts: FilterResult['counts'], kinds: ('models' | 'actions' | 'fields')[]) {
  const plural = intl(`plural|${tr.locale}`, () => new Intl.PluralRules(tr.locale));
  const parts = kinds
    .filter((kind) => counts[kind] > 0)
    .map((kind) => {
      const form = plural.select(counts[kind]) === 'one' ? 'one' : 'other';
      return tr.t(`find.${kind}.${form}`, { count: tr.number(counts[kind]) });
    });
  return intl(`list|${tr.locale}`, () => new Intl.ListFormat(tr.locale, { type: 'conjunction' })).format(parts);
}

function controls(view: ReadyView, controller: FilterController, filter: string, availability: Availability) {
  const { tr } = view;
  const choice = (value: string, label: string) =>
    html`<label class="choice"
      ><input
        type="radio"
        name="availability"
        .value=${value}
        .checked=${availability === value}
        @change=${controller.onAvailability}
      />${label}</label
    >`;
  return html`<div class="find">
    <label class="find-label" for="find">${tr.t('find.label')}</label>
    <input
      part="search"
      id="find"
      type="search"
      autocomplete="off"
      spellcheck="false"
      .value=${filter}
      @input=${controller.onInput}
      @keydown=${controller.onKeydown}
    />
    <fieldset part="availability-filter" class="availability">
      <legend>${tr.t('find.show')}</legend>
      ${choice('all', tr.t('find.all'))} ${choice('available', tr.t('available'))}
      ${choice('unavailable', tr.t('unavailable'))}
    </fieldset>
  </div>`;
}

/** What the filter shows, politely announced; with nothing to show, the query and a way out. */
function status(view: ReadyView, controller: FilterController, result: FilterResult, filter: string) {
  const { tr } = view;
  const { counts } = result;
  const items = counted(tr, counts, ['models', 'actions']);
  const text =
    result.items.length === 0
      ? filter.trim()
        ? tr.t('find.none', { query: filter.trim() })
        : tr.t('find.noneFilter')
      : counts.fields > 0
        ? tr.t('find.result', { fields: counted(tr, counts, ['fields']), items })
        : tr.t('find.resultItems', { items });
  return html`<div class="find-status">
    <p part="find-result" class="find-result" role="status">${text}</p>
    ${
      result.items.length === 0
        ? html`<button class="link-button" type="button" @click=${controller.onClear}>${tr.t('find.clear')}</button>`
        : nothing
    }
  </div>`;
}

/**
 * Marks these words in a text, each text once: a filter that keeps 20,000 rows renders them over
 * several frames, and a row's label and id come back in each.
 */
function marker(terms: string[]) {
  const marked = new Map<string, unknown>();
  return (text: string) => {
    if (!marked.has(text))
      marked.set(
        text,
        highlight(text, terms).map((run) => (run.match ? html`<mark part="match">${run.text}</mark>` : run.text)),
      );
    return marked.get(text);
  };
}

/**
 * Search above the lists, and the lists as the filter has them. The field and the availability
 * choice show for a large integration, or whenever a filter is on (so it can be seen and undone).
 * The same four slots as `renderLists` (controls, status, models, actions).
 */
export function renderFind(view: ReadyView) {
  const { controller } = view.find!;
  const { filter, availability } = controller;
  const withControls = isLarge(view.coverage) || !!filter || availability !== 'all';
  const result = controller.result;
  if (!result) return renderLists(view, withControls ? controls(view, controller, filter, availability) : nothing);
  // One function per result: the items it marked stay as rendered while the result does.
  const mark = (result.mark ??= marker(result.terms));
  const list = (kind: Kind) => {
    const items = result.items
      .filter((match) => match.kind === kind)
      .map(({ item, fields, throughFields }) => {
        const key = `${kind}:${item.id}`;
        const open = controller.isOpen(key, throughFields, view.openItems.has(key));
        // Rows only for open items, and only as many as a frame should build; the rest follow.
        const deferred = open && !controller.take(fields.length);
        return renderItem(view, kind, item, { fields, open, mark, deferred });
      });
    return items.length === 0 ? nothing : renderList(view, kind, items);
  };
  return [
    withControls ? controls(view, controller, filter, availability) : nothing,
    status(view, controller, result, filter),
    list('model'),
    list('action'),
  ];
}

addLazyStyles(css`
  .find {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .find-label {
    flex-basis: 100%;
    font-weight: 600;
  }
  #find {
    flex: 1 1 12rem;
    min-width: 0;
    min-height: var(--_target);
    padding: 0 var(--_space);
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.5);
  }
  .availability {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .availability legend {
    float: inline-start;
    margin-inline-end: var(--_space);
    /* As tall as the choices beside it, so its word sits on their line. */
    line-height: var(--_target);
    color: var(--_muted);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-height: var(--_target);
    cursor: pointer;
  }
  .choice input {
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .find-status {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space);
  }
  .find-result {
    color: var(--_muted);
  }
  .link-button {
    min-height: var(--_target);
    padding: 0 var(--_space);
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  mark {
    padding: 0 0.05em;
    border-radius: 2px;
    color: inherit;
    background: color-mix(in srgb, var(--_warning) 30%, var(--_bg));
  }
  @media (forced-colors: active) {
    mark {
      color: HighlightText;
      background: Highlight;
    }
  }
`);

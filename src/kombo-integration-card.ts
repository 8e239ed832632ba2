import { LitElement, adoptStyles, html, isServer, nothing, type PropertyValues } from 'lit';
import { networkError, type CardError } from './data/card-error.js';
import { summarizeCoverage, type CoverageSummary } from './data/coverage.js';
import { ConnectController } from './connect/connect-controller.js';
import { emit, type ConnectKind, type KomboEventMap } from './events.js';
import type { FilterController } from './find/filter-controller.js';
import type { Fetcher } from './load/request.js';
import type { Integration } from './data/integration.js';
import { parseIntegration, type ParseResult } from './data/parse-integration.js';
import { readRequirements } from './data/requirement-list.js';
import type { RequirementsStatus } from './data/requirements.js';
import { lazyModule, sourceLoader } from './load/lazy-module.js';
import { logoCandidates } from './data/safe-url.js';
import type { LoaderCallbacks, SourceLoader } from './load/source-loader.js';
import { observeLang, unobserveLang } from './i18n/lang-observer.js';
import { isLarge } from './find/large.js';
import { findLocale } from './i18n/find-locale.js';
import {
  isLanguageLoaded,
  loadLanguage,
  resolveStrings,
  stringsRevision,
  type StringOverrides,
} from './i18n/localization.js';
import { styles } from './styles/card.js';
import { lazyStyles } from './styles/lazy-styles.js';
import { renderCoverageSummary } from './templates/coverage-summary.js';
import { fieldTable, renderLists } from './templates/coverage-list.js';
import { renderDetails } from './templates/details.js';
import { renderHeader } from './templates/header.js';
import { renderHealth } from './templates/health.js';
import { errorView, renderEmpty, renderErrorTitle, renderLoading } from './templates/states.js';
import type { ReadyView } from './templates/view.js';
import { unchanged } from './templates/unchanged.js';
import { createTranslator, type Translator } from './i18n/translate.js';

export type CardState = 'empty' | 'loading' | 'ready' | 'error';

/** Which input the card shows: the one set most recently (see `#inputOrder`). */
type Input = 'property' | 'inline' | 'src';

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

const defaultFetcher: Fetcher = (url, init) => fetch(url, init);

/** The required-data region (block, marks, words): a chunk, loaded once a card is given requirements. */
const requirementsView = lazyModule(() => import('./requirements/requirements-view.js'));

/** Search: a chunk, loaded once a card shows a large integration or is given a filter. */
const findView = lazyModule(() => import('./find/find-view.js'));

/** What `createConnectLink` is asked for. */
export interface ConnectLinkRequest {
  kind: ConnectKind;
  integration: Integration;
}

/**
 * Shows one Kombo integration (`GET /integrations/:id`): the tool, its health and what the
 * customer must do about it, who connected it, and which data models, actions and fields are
 * available, and why not when they are not.
 *
 * @summary A drop-in card for one Kombo integration, its health and its data coverage.
 * @tag kombo-integration-card
 *
 * @slot empty - Replaces the text of the empty state (before any integration is given).
 *
 * @event {KomboLoadStartEvent} kombo-loadstart - A request for `src` started. Detail: `{ url }`.
 * @event {KomboLoadEvent} kombo-load - Valid data is on screen. Detail: `{ integration }`.
 * @event {KomboErrorEvent} kombo-error - Input or request failed. Detail: `{ error }`.
 * @event {KomboConnectStartEvent} kombo-connect-start - Reconnect or Finish setup was pressed. Detail: `{ kind }`. Cancelable: `preventDefault()` stops the card so the host can run its own flow.
 * @event {KomboConnectCompleteEvent} kombo-connect-complete - The customer finished the flow. Detail: `{ kind, activationToken }`.
 * @event {KomboConnectCancelEvent} kombo-connect-cancel - The customer closed the flow. Detail: `{ kind }`.
 * @event {KomboFilterEvent} kombo-filter - The reader changed the search or the availability filter (once typing pauses). Detail: `{ filter, availability, matches: { models, actions, fields } }`.
 * @event {KomboConnectErrorEvent} kombo-connect-error - No link could be had, or the flow could not open. Detail: `{ kind, error }`.
 *
 * @csspart base - The card's outer box, in every state.
 * @csspart header - Logo, tool name, category and beta mark.
 * @csspart logo - The tool's logo image, or its monogram (also part `monogram`).
 * @csspart monogram - The letter drawn when there is no usable logo.
 * @csspart title - The tool's name (a heading).
 * @csspart category - The tool's category (HR software, Applicant tracking…).
 * @csspart beta - The beta mark (also a `badge`).
 * @csspart status - The integration status badge.
 * @csspart setup-status - The setup status badge.
 * @csspart reconnect - The Reconnect button (credentials invalid, with `relink-src` or `createConnectLink`).
 * @csspart finish-setup - The Finish setup button (setup incomplete, with `setup-link-src` or `createConnectLink`).
 * @csspart connect-error - Why the last Reconnect or Finish setup could not start, beside its button.
 * @csspart search - The search field (a large integration, or with a filter on).
 * @csspart availability-filter - The choice of all, available or not available.
 * @csspart find-result - What the filter shows (a polite live region).
 * @csspart match - Search words marked in labels and ids.
 * @csspart requirements - The block on the data the app needs (with `requirements`).
 * @csspart required - The "Required" mark on a required model, action or field.
 * @csspart required-missing - The mark on a model or action that is, or holds, missing required data.
 * @csspart notice - The "synced data is out of date" notice.
 * @csspart details - The list of connection details.
 * @csspart id - The integration id (selectable, for support tickets).
 * @csspart summary - The coverage summary.
 * @csspart meter - The coverage bar (the same numbers are given as text).
 * @csspart model - One read model.
 * @csspart action - One write action.
 * @csspart field - One field row (only rendered while its model is expanded).
 * @csspart badge - Every badge; also `badge-success`, `badge-warning`, `badge-danger`, `badge-neutral`.
 * @csspart empty - The empty state (with `base`).
 * @csspart loading - The first-load state (with `base`).
 * @csspart error - The error state, or the error beside stale data after a failed refresh.
 * @csspart retry - The retry button.
 * @csspart busy - The "Updating…" indicator during a refresh.
 *
 * @cssprop --kombo-card-font-family - Font family.
 * @cssprop --kombo-card-font-size - Base font size.
 * @cssprop --kombo-card-text-color - Text colour.
 * @cssprop --kombo-card-muted-color - Secondary text colour.
 * @cssprop --kombo-card-background - Card background.
 * @cssprop --kombo-card-surface - Background of raised areas (badges, rows, field tables).
 * @cssprop --kombo-card-border-color - Borders and dividers.
 * @cssprop --kombo-card-radius - Corner radius of the card.
 * @cssprop --kombo-card-spacing - Spacing unit; paddings and gaps are multiples of it.
 * @cssprop --kombo-card-accent - Accent colour (focus ring, coverage bar).
 * @cssprop --kombo-card-success - Success tone.
 * @cssprop --kombo-card-warning - Warning tone.
 * @cssprop --kombo-card-danger - Danger tone.
 * @cssprop --kombo-card-neutral - Neutral tone.
 *
 * @cssstate empty - No integration given.
 * @cssstate loading - The first request for `src` is in flight.
 * @cssstate ready - An integration is shown.
 * @cssstate error - The last input or request failed.
 * @cssstate busy - A request is in flight (also while refreshing shown data).
 * @cssstate requirements-unmet - Data the app needs (`requirements`) is missing.
 */
export class KomboIntegrationCard extends LitElement {
  static override styles = styles;

  // Plain `static properties` rather than decorators: no decorator helper in the bundle, and
  // nothing depends on how a compiler emits decorators. (Fields below are not emitted as class
  // fields: tsconfig keeps `useDefineForClassFields: false`, so Lit's accessors stay in charge.)
  static override properties = {
    // The attribute is read like the property given a string: JSON (`integration='{"status":…}'`).
    integration: {},
    src: { reflect: true },
    credentials: {},
    timeout: { type: Number },
    refreshInterval: { type: Number, attribute: 'refresh-interval' },
    loading: {},
    fetcher: { attribute: false },
    relinkSrc: { attribute: 'relink-src' },
    setupLinkSrc: { attribute: 'setup-link-src' },
    createConnectLink: { attribute: false },
    requirements: { converter: { fromAttribute: readRequirements } },
    filter: {},
    availability: {},
    strings: { attribute: false },
    theme: { reflect: true },
    density: { reflect: true },
    variant: { reflect: true },
  };

  /** Registers the element under `tag` unless that name is taken (a second copy of the script is harmless). */
  static define(tag = 'kombo-integration-card'): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  /**
   * The integration to show: the `{status, data}` envelope, the bare `data` object, or a JSON
   * string of either (the `integration` attribute is read as such a string). Setting it cancels a
   * request for `src` in flight.
   */
  integration: unknown;

  /** URL to GET the integration from (the vendor's backend proxying Kombo). Relative to the page. */
  src?: string;

  /** Credentials mode of the request for `src`. */
  credentials: RequestCredentials = 'same-origin';

  /** Milliseconds before a request for `src` fails with `kind: 'timeout'`; 0 waits forever. */
  timeout = 15000;

  /** Seconds between automatic refreshes of `src`; 0 (default) turns polling off. Pauses while the page is hidden or offline. */
  refreshInterval = 0;

  /** `lazy` waits until the card is near the viewport before fetching `src`, like `<img loading>`. */
  loading: 'eager' | 'lazy' = 'eager';

  /** Makes the request for `src`; replace it to add auth headers or use your own HTTP client. */
  fetcher: Fetcher = defaultFetcher;

  /**
   * URL on the vendor's backend that creates a reconnection link (Kombo's `POST /integrations/:id/relink`).
   * With it, a card whose credentials are invalid offers Reconnect. Sent as `POST` with
   * `{ "language": "<en|de|fr|it|es>" }` through `fetcher`, `credentials` and `timeout`.
   */
  relinkSrc?: string;

  /** URL on the vendor's backend that creates a setup link (`POST /integrations/:id/setup-link`): Finish setup. */
  setupLinkSrc?: string;

  /** Gets a Kombo Connect link your own way (your HTTP client, your auth); used instead of the two URLs. */
  createConnectLink?: (request: ConnectLinkRequest) => Promise<string>;

  /**
   * The data points the vendor's app needs: `'hris_employees'` (a model or action), or
   * `'hris_employees.date_of_birth'` (a field of one). The attribute takes a space- or comma-separated list.
   */
  requirements?: string[];

  /** The search text: filters the lists as if typed into the search field. */
  filter?: string;

  /** Which models, actions and fields the lists show: `'all'` (default), `'available'`, `'unavailable'`. */
  availability?: 'all' | 'available' | 'unavailable';

  /** Overrides of any text, per language: `{ en: { retry: 'Reload' }, de: { … } }`. */
  strings?: StringOverrides;

  /** `auto` (default) follows `prefers-color-scheme`; `light` or `dark` fix the scheme. */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** `comfortable` (default) or `compact` spacing. */
  density: 'comfortable' | 'compact' = 'comfortable';

  /** `full` (default) or `summary`: header, health and coverage summary only, for dashboards of many cards. */
  variant: 'full' | 'summary' = 'full';

  #data: Integration | undefined;
  /** Counted once per integration, not on every render (a large one has 10,000 fields). */
  #coverage: CoverageSummary | undefined;
  /**
   * The integration's usable logo URLs not yet failed, checked once when an integration arrives (see
   * `logoCandidates`); the first is drawn, none means the monogram.
   */
  #logos: string[] = [];
  #error: CardError | undefined;
  #inputOrder: Record<Input, number> = { property: 0, inline: 0, src: 0 };
  #inputCounter = 0;
  /** Set when an input appeared, changed or went away; `willUpdate` then picks what to show. */
  #inputChanged: boolean | undefined;
  #inlineText: string | undefined;
  #inlineObserver: MutationObserver | undefined;
  #internals: ElementInternals | undefined;
  #queuedEvents: (() => void)[] = [];
  #openItems = new Set<string>();
  #adoptedStyles = 0;
  /** Chunks the view on screen still waits for; events and `updateComplete` wait with it. */
  #pending = new Set<Promise<unknown>>();
  /** The chunks waited for since the input changed: one that failed is not waited for again (see `#await`). */
  #awaited = new Set<Promise<unknown>>();
  #needs: ReadyView['needs'];
  #needsFrom: unknown[] = [];
  #kept: ReadyView['kept'] = new WeakMap();
  #find: FilterController | undefined;
  #hydrating: boolean | undefined;
  #tr: Translator | undefined;
  #trKey: string | undefined;
  /** Renders again: the reader's language changed, or something the view waits for arrived. */
  #rerender = () => this.requestUpdate();
  /** The `src` lifecycle, created once its chunk is here (see `#syncLoader`). */
  #loader: SourceLoader | undefined;
  /** The absolute URL `src` asks for, while `src` is the input on screen. */
  #srcUrl: string | undefined;
  #loaderCallbacks: LoaderCallbacks = {
    onStart: (url) => {
      // Retrying after a failed first load shows the loading state again, not the old error.
      if (!this.#data) this.#error = undefined;
      this.#queue('kombo-loadstart', () => ({ url }));
      this.requestUpdate();
    },
    onOutcome: (result) => this.#show(result, { keepDataOnError: true }),
  };

  constructor() {
    super();
    try {
      this.#internals = this.attachInternals();
    } catch {
      // Engines without ElementInternals still get `state`; only `:state()` styling is lost.
    }
  }

  /** One listener for every item's `toggle` (which does not bubble, so it is caught on its way down). */
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    root.addEventListener('toggle', this.#onToggle, true);
    return root;
  }

  /** The validated, normalised integration on screen (kept beside the error after a failed refresh). */
  get data(): Integration | undefined {
    return this.#data;
  }

  /**
   * What the app needs, checked against the integration on screen: `{ met, total, available, missing }`,
   * `undefined` without requirements (or before data).
   */
  get requirementsStatus(): RequirementsStatus | undefined {
    return this.#needs?.status;
  }

  /** The last failure, or `undefined` when the last input or request succeeded. */
  get error(): CardError | undefined {
    return this.#error;
  }

  /** `'empty' | 'loading' | 'ready' | 'error'`, derived from the data, error and active input; also `:state(…)`. */
  get state(): CardState {
    if (this.#error) return 'error';
    if (this.#data) return 'ready';
    // Includes a lazy card that waits to come near the viewport: its request is as good as started.
    return this.#activeInput() === 'src' ? 'loading' : 'empty';
  }

  /** Fetches `src` again; settles when the new outcome is on screen. Shown data stays meanwhile. */
  async refresh(): Promise<void> {
    await this.#loader?.refresh();
    await this.updateComplete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Children parsed after the element (or changed later) are picked up by the observer.
    this.#inlineObserver = new MutationObserver(() => this.#readInline());
    this.#inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.#readInline();
    observeLang(this.#rerender);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#inlineObserver?.disconnect();
    this.#inlineObserver = undefined;
    unobserveLang(this.#rerender);
  }

  #readInline(): void {
    const script = this.querySelector(INLINE_SELECTOR);
    const text = script?.textContent?.trim() || undefined;
    if (text === this.#inlineText) return;
    this.#inlineText = text;
    this.#markInput('inline', text !== undefined);
    this.requestUpdate();
  }

  #markInput(input: Input, present: boolean): void {
    this.#inputOrder[input] = present ? ++this.#inputCounter : 0;
    this.#inputChanged = true;
  }

  #activeInput(): Input | undefined {
    const [input, order] = (Object.entries(this.#inputOrder) as [Input, number][]).reduce((a, b) =>
      b[1] > a[1] ? b : a,
    );
    return order > 0 ? input : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Server-rendered markup (Lit's part markers in the shadow root) is hydrated by the first render.
    if (!this.hasUpdated && !isServer)
      this.#hydrating = [...(this.shadowRoot?.childNodes ?? [])].some(
        (node) => node.nodeType === Node.COMMENT_NODE && (node as Comment).data.startsWith('lit-part'),
      );
    this.#updateTranslator(changed.has('strings'));
    this.#takeInput(changed);
    this.#syncLoader(changed.has('refreshInterval'));
    this.#checkRequirements();
    this.#syncFind();
    if (this.#error && !errorView.get() && !this.#serverShape()) this.#await(errorView.load());
    this.#adoptLazyStyles();
  }

  /** Whether a filter is on (then its chunk is waited for: the lists are never shown unfiltered). */
  #filtering(): boolean {
    return !!this.filter || (this.availability ?? 'all') !== 'all';
  }

  /** Search arrives as a chunk once a full card shows a large integration, or is given a filter. */
  #syncFind(): void {
    if (this.#find || !this.#data || this.variant === 'summary' || this.#serverShape()) return;
    if (!this.#filtering() && !isLarge(this.#coverage!)) return;
    const module = findView.get();
    if (module) this.#find = new module.FilterController(this);
    else if (this.#filtering()) this.#await(findView.load());
    // Its failure re-renders nothing: this runs on every render, and would ask again.
    else findView.load().then(this.#rerender, () => undefined);
  }

  /** Checks the requirements (once their region has arrived) against the data, without a request. */
  #checkRequirements(): void {
    const view = this.requirements?.length && !this.#serverShape() ? requirementsView.get() : undefined;
    if (this.requirements?.length && !view) this.#await(requirementsView.load());
    // Checked again only when one of these changed: while `needs` stays the same object, a filter's
    // frames reuse the items they built.
    const from = [view, this.#data, this.requirements];
    if (unchanged(from, this.#needsFrom)) return;
    this.#needsFrom = from;
    const checked = view && this.#data && view.evaluateRequirements(this.#data, this.requirements);
    this.#needs = checked ? { ...checked, view } : undefined;
  }

  /**
   * Holds events and `updateComplete` until a chunk the view needs has arrived, then renders again.
   * A chunk that cannot load is waited for once per input: the card then settles without it (its events
   * fire, `updateComplete` resolves) instead of asking again on every render, and `failed` says what that means.
   */
  #await(chunk: Promise<unknown>, failed?: (cause: unknown) => void): void {
    if (this.#awaited.has(chunk)) return;
    this.#awaited.add(chunk);
    this.#pending.add(chunk);
    const done = () => {
      this.#pending.delete(chunk);
      this.requestUpdate();
    };
    chunk.then(done, (cause: unknown) => {
      failed?.(cause);
      done();
    });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#pending.size > 0) {
      await Promise.allSettled(this.#pending);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #takeInput(changed: PropertyValues<this>): void {
    if (changed.has('integration')) this.#markInput('property', this.integration != null && this.integration !== '');
    if (changed.has('src')) this.#markInput('src', !!this.src);
    if (!this.#inputChanged) return;
    this.#inputChanged = false;
    // A chunk that failed is waited for once per input: a new one hears again why it cannot be shown.
    this.#awaited = new Set(this.#pending);
    const input = this.#activeInput();
    this.#srcUrl = undefined;
    switch (input) {
      case 'property':
        this.#show(parseIntegration(this.integration));
        break;
      case 'inline':
        this.#show(parseIntegration(this.#inlineText));
        break;
      default:
        // Nothing to show, or a new URL (which never shows the previous integration while it loads).
        this.#data = undefined;
        this.#error = undefined;
        if (input === 'src') this.#loadSrc(this.src!);
    }
  }

  /**
   * Styles that chunks brought since the last render (see `lazy-styles.ts`), before anything uses them.
   * The sheets are adopted as one list: every engine the card's CSS needs (`light-dark()`: Chromium
   * 123, Firefox 120, Safari 17.5) adopts them, so Lit's `<style>` fallback is never in play.
   */
  #adoptLazyStyles(): void {
    if (isServer || lazyStyles.length === this.#adoptedStyles) return;
    this.#adoptedStyles = lazyStyles.length;
    adoptStyles(this.renderRoot as ShadowRoot, [
      ...(this.constructor as typeof LitElement).elementStyles,
      ...lazyStyles,
    ]);
  }

  #loadSrc(src: string): void {
    if (isServer) return; // a server renders the loading state; the browser fetches after hydration
    try {
      this.#srcUrl = new URL(src, document.baseURI).href;
    } catch {
      this.#show({ ok: false, error: networkError(`Invalid URL: ${src}`) });
    }
  }

  /**
   * Points the `src` lifecycle at the URL on screen (or at nothing). Its code is a chunk, asked for
   * the first time a card has a `src`: the first paint of such a card is its loading state.
   */
  #syncLoader(intervalChanged: boolean): void {
    if (!this.#loader) {
      if (this.#srcUrl === undefined) return;
      const module = sourceLoader.get();
      // Without its code the card cannot ask for anything: as good as a failed request.
      if (!module)
        return this.#await(sourceLoader.load(), (cause) => this.#show({ ok: false, error: networkError(cause) }));
      this.#loader = new module.SourceLoader(this, this.#loaderCallbacks);
    }
    this.#loader.setSource(this.#srcUrl);
    if (intervalChanged) this.#loader.reschedule();
  }

  /** Takes an outcome: new data replaces the old; an error clears it unless a refresh of the same source failed. */
  #show(result: ParseResult, { keepDataOnError }: { keepDataOnError?: boolean } = {}): void {
    if (result.ok) {
      if (this.#data?.id !== result.integration.id) {
        this.#openItems.clear();
        this.#logos = logoCandidates(result.integration.tool);
      }
      this.#data = result.integration;
      this.#coverage = summarizeCoverage(result.integration);
      this.#error = undefined;
      this.#loadFieldTable();
      // Read when dispatched, after the requirements were checked against this integration.
      this.#queue('kombo-load', () => ({
        integration: result.integration,
        requirementsStatus: this.requirementsStatus,
      }));
    } else {
      if (!keepDataOnError) this.#data = undefined;
      this.#error = result.error;
      this.#queue('kombo-error', () => ({ error: result.error }));
    }
    this.requestUpdate();
  }

  #queue<K extends keyof KomboEventMap>(type: K, detail: () => KomboEventMap[K]['detail']): void {
    this.#queuedEvents.push(() => emit(this, type, detail()));
  }

  /**
   * On a server, and for a server-rendered card's first client render (hydration, which must match
   * the server's markup), the card draws no region that arrives as a chunk; they follow right after.
   */
  #serverShape(): boolean | undefined {
    return isServer || this.#hydrating;
  }

  protected override updated(): void {
    if (this.#hydrating) {
      this.#hydrating = false;
      this.requestUpdate(); // now the regions
    }
    this.#syncStates();
    // Events fire after the outcome is on screen (chunks it needs included), so listeners can read the rendered card.
    if (this.#pending.size > 0) return;
    const events = this.#queuedEvents;
    this.#queuedEvents = [];
    for (const dispatch of events) dispatch();
  }

  #syncStates(): void {
    const states = this.#internals?.states;
    if (!states) return;
    const current = this.state;
    try {
      for (const state of ['empty', 'loading', 'ready', 'error'] as const) {
        if (state === current) states.add(state);
        else states.delete(state);
      }
      if (this.#loader?.busy) states.add('busy');
      else states.delete('busy');
      if (this.#needs && !this.#needs.status.met) states.add('requirements-unmet');
      else states.delete('requirements-unmet');
    } catch {
      // Older engines reject custom state names without a `--` prefix; `state` still tells.
    }
  }

  /** Rebuilds the words when the reader's language or the overrides changed; loads a language on first use. */
  #updateTranslator(stringsChanged: boolean): void {
    const locale = findLocale(this);
    const key = `${locale}|${isLanguageLoaded(locale)}|${stringsRevision()}`;
    if (this.#tr && key === this.#trKey && !stringsChanged) return;
    this.#trKey = key;
    this.#tr = createTranslator(locale, resolveStrings(locale, this.strings));
    // Until its table arrives the card speaks English (never blank); then it re-renders.
    if (!isLanguageLoaded(locale)) void loadLanguage(locale).then(this.#rerender);
  }

  /**
   * Preloads the field rows' template; renders again once it arrives, or once it cannot (a model
   * may be open, waiting for it).
   */
  #loadFieldTable(): void {
    if (!fieldTable.get()) fieldTable.load().then(this.#rerender, this.#rerender);
  }

  // Stable handlers: a new function per render would make Lit re-bind every listener each time.
  #onLogoError = () => {
    this.#logos.shift();
    this.requestUpdate();
  };

  #onToggle = (event: Event) => {
    const details = event.target as HTMLDetailsElement;
    const key = details.dataset.key;
    if (!key) return; // another disclosure (the error's issue list)
    if (this.#find?.toggle(key, details.open)) return;
    if (details.open === this.#openItems.has(key)) return;
    if (details.open) this.#openItems.add(key);
    else this.#openItems.delete(key);
    this.#loadFieldTable();
    this.requestUpdate();
  };

  #retry = () => void this.refresh();

  #connect = new ConnectController(this, () => this.#tr!.locale);

  protected override render() {
    const tr = this.#tr!;
    const data = this.#data;
    const error = this.#error;
    const canRetry = this.#activeInput() === 'src';
    // Until the error view's chunk is here the card keeps showing what it showed (loading, or the
    // last good data); `kombo-error` and `updateComplete` wait for it. If it cannot load, an error
    // with nothing to show says its title. A server (and hydration) draws neither.
    const errorShown = error && !this.#serverShape();
    const errors = errorShown ? errorView.get() : undefined;
    const retry = canRetry ? this.#retry : undefined;
    if (!data) {
      if (errors) return errors.renderError(error!, tr, false, retry);
      if (errorShown && errorView.failed()) return renderErrorTitle(tr);
      return this.state === 'empty' ? renderEmpty(tr) : renderLoading(tr);
    }
    const view: ReadyView = {
      integration: data,
      coverage: this.#coverage!,
      tr,
      logo: this.#logos[0],
      onLogoError: this.#onLogoError,
      openItems: this.#openItems,
      kept: this.#kept,
      needs: this.#needs,
      find: this.#find && {
        controller: this.#find,
        view: findView.get()!,
      },
      connect: this.#connect,
    };
    return html`<article
      part="base"
      class="card"
      aria-labelledby="title"
      aria-busy=${this.#loader?.busy ? 'true' : 'false'}
    >
      ${renderHeader(view)} ${this.#loader?.busy ? sourceLoader.get()!.renderBusy(tr) : nothing}
      ${errors ? errors.renderError(error!, tr, true, retry) : nothing}
      <div class="overview">
        <div class="overview">
          ${renderHealth(view)} ${view.needs?.view.renderRequirements(view, this.variant === 'summary')}
        </div>
        ${renderCoverageSummary(view)}
      </div>
      ${
        this.variant === 'summary'
          ? nothing
          : [renderDetails(view), view.find ? view.find.view.renderFind(view) : renderLists(view)]
      }
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kombo-integration-card': KomboIntegrationCard;
  }
}

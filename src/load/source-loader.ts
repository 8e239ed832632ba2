import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchIntegration } from './fetch-integration.js';
import type { Fetcher } from './request.js';

// The chunk of everything that talks to the vendor's backend: the repair flow takes its requests
// from here too, so the script-tag build keeps one such chunk (one request for a page, preloadable).
// It also brings the "Updating…" line, which only a card with `src` ever shows.
export { readJsonResponse } from './read-response.js';
export { request } from './request.js';
export { renderBusy } from './busy-view.js';
import type { ParseResult } from '../data/parse-integration.js';
import { errorView } from '../templates/states.js';

/** What the loader reads from its host (the card's properties of the same names) each time it needs them. */
export interface LoaderSettings {
  fetcher: Fetcher;
  credentials: RequestCredentials;
  timeout: number;
  /** `lazy` waits until the host is near the viewport. */
  loading: 'eager' | 'lazy';
  /** Seconds between polls; 0 or less turns polling off. */
  refreshInterval: number;
}

export interface LoaderCallbacks {
  /** A request started (not called for a request that joins one already in flight). */
  onStart(url: string): void;
  /** The one outcome of a request that was neither cancelled nor superseded. */
  onOutcome(result: ParseResult): void;
}

interface Request {
  url: string;
  controller: AbortController;
  done: Promise<void>;
}

/**
 * Owns everything `src` needs over time: the request in flight (one at a time, newest wins,
 * aborted on disconnect), lazy loading, and polling that pauses while the page is hidden or
 * offline. Everything it adds to the page it removes in `hostDisconnected`.
 */
export class SourceLoader implements ReactiveController {
  #url: string | undefined;
  #request: Request | undefined;
  #pollTimer: ReturnType<typeof setTimeout> | undefined;
  #pollDue = false;
  #nearViewport = false;
  #pendingLazyStart = false;
  #observer: IntersectionObserver | undefined;
  #connected = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element & LoaderSettings,
    private readonly callbacks: LoaderCallbacks,
  ) {
    host.addController(this);
  }

  /** True while a request is in flight. */
  get busy(): boolean {
    return this.#request !== undefined;
  }

  /** Points the loader at a URL (starting a request) or at nothing (cancelling everything). */
  setSource(url: string | undefined): void {
    if (url === this.#url) return;
    this.#url = url;
    this.#cancel();
    this.#stopPolling();
    void this.#startWhenAllowed();
  }

  /** Fetches the current URL again; settles once its outcome was handed over (or it was cancelled). */
  refresh(): Promise<void> {
    if (this.#url === undefined || !this.#connected) return Promise.resolve();
    return this.#start(this.#url);
  }

  /** Re-plans polling after `refresh-interval` changed. */
  reschedule(): void {
    this.#stopPolling();
    if (!this.#request) this.#schedulePoll();
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#resumePoll);
    window.addEventListener('online', this.#resumePoll);
    void this.#startWhenAllowed();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#cancel();
    this.#stopPolling();
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#nearViewport = false;
    this.#pendingLazyStart = false;
    document.removeEventListener('visibilitychange', this.#resumePoll);
    window.removeEventListener('online', this.#resumePoll);
  }

  #startWhenAllowed(): Promise<void> {
    if (!this.#connected || this.#url === undefined) return Promise.resolve();
    if (this.host.loading === 'lazy' && !this.#nearViewport) {
      this.#pendingLazyStart = true;
      this.#observe();
      return Promise.resolve();
    }
    return this.#start(this.#url);
  }

  #observe(): void {
    if (this.#observer) return;
    // Like <img loading="lazy">: start a little before the card scrolls into view.
    this.#observer = new IntersectionObserver(
      (entries) => {
        // One target: its latest entry says where it is now.
        this.#nearViewport = entries.at(-1)!.isIntersecting;
        if (this.#nearViewport && this.#pendingLazyStart && this.#url !== undefined) {
          this.#pendingLazyStart = false;
          void this.#start(this.#url);
        }
      },
      { rootMargin: '300px' },
    );
    this.#observer.observe(this.host);
  }

  #start(url: string): Promise<void> {
    // One request per URL at a time: a second ask joins the one in flight.
    if (this.#request?.url === url) return this.#request.done;
    this.#cancel();
    this.#stopPolling();
    // A request may fail: the error view comes alongside, so a failure never waits for it.
    errorView.load().catch(() => undefined);
    const controller = new AbortController();
    const { fetcher, credentials, timeout } = this.host;
    const done = fetchIntegration(url, { fetcher, credentials, timeout, signal: controller.signal }).then(
      (result) => {
        if (this.#request?.controller !== controller) return;
        this.#request = undefined;
        this.callbacks.onOutcome(result);
        this.#schedulePoll();
      },
      () => {
        // Cancelled or superseded: by design, no outcome and no event.
      },
    );
    this.#request = { url, controller, done };
    this.callbacks.onStart(url);
    return done;
  }

  #cancel(): void {
    this.#request?.controller.abort();
    this.#request = undefined;
  }

  #schedulePoll(): void {
    const seconds = this.host.refreshInterval;
    if (!this.#connected || this.#url === undefined || !(seconds > 0)) return;
    this.#pollTimer = setTimeout(() => {
      this.#pollTimer = undefined;
      this.#pollDue = true;
      this.#resumePoll();
    }, seconds * 1000);
  }

  #stopPolling(): void {
    clearTimeout(this.#pollTimer);
    this.#pollTimer = undefined;
    this.#pollDue = false;
  }

  /** Runs a due poll unless the page is hidden or offline; called again when either changes. */
  #resumePoll = (): void => {
    if (!this.#pollDue || document.visibilityState === 'hidden' || navigator.onLine === false) return;
    this.#pollDue = false;
    void this.refresh();
  };
}

import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { networkError } from '../data/card-error.js';
import { emit, type ConnectKind } from '../events.js';
import type { Translator } from '../i18n/translate.js';
import type { KomboIntegrationCard } from '../kombo-integration-card.js';

/** A flow that could not get its link or open; its alert is drawn by the flow's chunk. */
export interface ConnectFailure {
  kind: ConnectKind;
  render(tr: Translator): TemplateResult;
}

/**
 * The state of the repair flow (Reconnect, Finish setup) and its start. The flow itself (getting
 * the link, Kombo Connect, events, refresh, focus) is a chunk loaded on the first click, so pages
 * that never repair anything do not carry it.
 */
export class ConnectController implements ReactiveController {
  /** The flow in progress, if any: its button says so and ignores clicks. */
  busy: ConnectKind | undefined;
  /** The last flow that failed, shown beside its button until the next try. */
  failure: ConnectFailure | undefined;
  #abort: AbortController | undefined;

  constructor(
    private readonly card: KomboIntegrationCard,
    /** The card's locale, for the language of the link request. */
    private readonly locale: () => string,
  ) {
    (card as ReactiveControllerHost).addController(this);
  }

  /** The vendor's backend URL that gives a link for this repair, if the host set one. */
  src(kind: ConnectKind): string | undefined {
    return kind === 'relink' ? this.card.relinkSrc : this.card.setupLinkSrc;
  }

  /** Whether the host can get a link for this repair (a hook, or a URL for that kind). */
  can(kind: ConnectKind): boolean {
    return !!this.card.createConnectLink || !!this.src(kind);
  }

  /** Click handler of both buttons; the button's `data-kind` says which flow. */
  start = (event: Event): void => {
    const kind = (event.currentTarget as HTMLElement).dataset.kind as ConnectKind;
    // A flow in progress ignores clicks; a host that prevents the start runs its own flow.
    if (this.busy || !emit(this.card, 'kombo-connect-start', { kind }, true)) return;
    this.settle(undefined, kind);
    const abort = (this.#abort = new AbortController());
    import('./connect-flow.js').then(
      (flow) => flow.runConnectFlow(this, this.card, kind, this.locale(), abort.signal),
      (cause) => {
        // The flow's own code could not load (offline): as good as a failed link request.
        emit(this.card, 'kombo-connect-error', { kind, error: networkError(cause) });
        this.settle(undefined);
      },
    );
  };

  /** Sets the flow's state (busy with a kind, or done with or without a failure) and re-renders. */
  settle(failure: ConnectFailure | undefined, busy?: ConnectKind): void {
    this.busy = busy;
    this.failure = failure;
    this.card.requestUpdate();
  }

  hostDisconnected(): void {
    // A link request in flight is abandoned; a modal already open belongs to the customer.
    this.#abort?.abort();
    this.busy = undefined;
  }
}

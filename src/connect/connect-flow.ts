import { KomboConnectCancelledError, showKomboConnect } from '@kombo-api/connect';
import { css, html } from 'lit';
import { networkError, type CardError } from '../data/card-error.js';
import { safeUrl } from '../data/safe-url.js';
import { emit, type ConnectKind } from '../events.js';
import { addEnglish, baseLanguage } from '../i18n/localization.js';
import { fill, type Translator } from '../i18n/translate.js';
import type { KomboIntegrationCard } from '../kombo-integration-card.js';
import { sourceLoader } from '../load/lazy-module.js';
import { addLazyStyles } from '../styles/lazy-styles.js';
import { errorView } from '../templates/states.js';
import type { ConnectController } from './connect-controller.js';
import { connectEn } from './strings.en.js';

addEnglish(connectEn);
// The alert of a flow that could not start is drawn by this chunk, so its style comes with it.
addLazyStyles(css`
  .connect-error {
    flex-basis: 100%;
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_danger);
  }
`);

/** The languages Kombo Connect speaks besides English, which any other reader gets. */
const CONNECT_LANGUAGES = ['de', 'fr', 'it', 'es'];

/** Reports a flow that could not get its link or open: the alert beside its button, then `kombo-connect-error`. */
async function fail(controller: ConnectController, card: KomboIntegrationCard, kind: ConnectKind, error: CardError) {
  // The alert words its cause as the error views do; if their chunk cannot load, it says what failed.
  const errorMessage = await errorView.load().then(
    (view) => view.errorMessage,
    () => () => '',
  );
  controller.settle({
    kind,
    render: (tr: Translator) =>
      html`<p part="connect-error" class="connect-error" role="alert">
        ${tr.t(`connect.failed.${kind}`)}
        ${error.kind === 'parse' || error.kind === 'invalid-data' ? tr.t('connect.badLink') : errorMessage(error, tr)}
      </p>`,
  });
  await card.updateComplete;
  emit(card, 'kombo-connect-error', { kind, error });
}

type LinkResult = { ok: true; link: string } | { ok: false; error: CardError };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The link in a Kombo envelope (`{ status, data: { link } }`) or a bare `{ link }`. */
function linkOf(value: unknown): unknown {
  const data = isRecord(value) && value.status === 'success' ? value.data : value;
  return isRecord(data) ? data.link : undefined;
}

/** Asks the host's hook or the vendor's backend for a Kombo Connect link. */
async function getLink(
  controller: ConnectController,
  card: KomboIntegrationCard,
  kind: ConnectKind,
  language: string,
  signal: AbortSignal,
) {
  let link: unknown;
  if (card.createConnectLink) {
    try {
      link = await card.createConnectLink({ kind, integration: card.data! });
    } catch (cause) {
      // A hook may reject with a card error of its own (from its HTTP client); anything else is a failed request.
      const error =
        isRecord(cause) && typeof cause.kind === 'string' && typeof cause.message === 'string'
          ? (cause as CardError)
          : networkError(cause);
      return { ok: false, error } satisfies LinkResult;
    }
  } else {
    const url = new URL(controller.src(kind)!, document.baseURI).href;
    const { fetcher, credentials, timeout } = card;
    const { request, readJsonResponse } = await sourceLoader.load();
    const exchange = await request(url, { fetcher, credentials, timeout, signal, json: { language } });
    const json = exchange.ok ? readJsonResponse(exchange.response, exchange.body) : exchange;
    if (!json.ok) return json;
    link = linkOf(json.value);
  }
  // Only https: (or http: on this machine, for development) is opened: the link decides what the
  // customer sees in a full-screen frame, and it came over the network.
  const safe = typeof link === 'string' ? safeUrl(link) : undefined;
  if (safe) return { ok: true, link: safe } satisfies LinkResult;
  return {
    ok: false,
    error: {
      kind: 'invalid-data',
      message: `No usable link: ${String(link)}`,
      issues: [{ path: 'link', message: 'expected an https: URL' }],
    },
  } satisfies LinkResult;
}

/**
 * The whole repair: link, Kombo Connect, events, then, for a card on `src`, a refresh so the repaired
 * status shows; focus goes back to the button (or the heading once the button is gone).
 */
export async function runConnectFlow(
  controller: ConnectController,
  card: KomboIntegrationCard,
  kind: ConnectKind,
  locale: string,
  signal: AbortSignal,
): Promise<void> {
  const language = baseLanguage(locale);
  let link: LinkResult;
  try {
    link = await getLink(controller, card, kind, CONNECT_LANGUAGES.includes(language) ? language : 'en', signal);
  } catch (cause) {
    if (signal.aborted) return; // the card was removed while asking for the link
    link = { ok: false, error: networkError(cause) };
  }
  // Focus never left the button, so it stays there with the alert beside it.
  if (!link.ok) {
    await fail(controller, card, kind, link.error);
    return;
  }
  const body = document.body;
  const before = body.lastElementChild;
  const flow = showKomboConnect(link.link);
  // The package appends its frame synchronously; it gets a name for screen readers, and focus, so a
  // keyboard user is inside the flow rather than behind it.
  const frame = body.lastElementChild;
  if (frame !== before && frame instanceof HTMLIFrameElement) {
    frame.title = fill(connectEn[`connect.frame.${kind}`], { tool: card.data!.tool.label });
    frame.focus();
  }
  try {
    const activationToken = await flow;
    emit(card, 'kombo-connect-complete', { kind, activationToken });
    controller.settle(undefined);
    // A card on `src` shows the repaired status without a reload (a no-op for other inputs).
    await card.refresh();
  } catch (cause) {
    if (cause instanceof KomboConnectCancelledError) {
      emit(card, 'kombo-connect-cancel', { kind });
      controller.settle(undefined);
    } else {
      await fail(controller, card, kind, { kind: 'connect', message: String(cause) });
    }
    await card.updateComplete;
  }
  focusAfter(card, kind);
}

/** Focus back on the button that started the flow, or on the card's heading if it is gone. */
function focusAfter(card: KomboIntegrationCard, kind: ConnectKind): void {
  const root = card.shadowRoot!;
  (root.querySelector<HTMLElement>(`[data-kind="${kind}"]`) ?? root.querySelector<HTMLElement>('#title'))?.focus();
}

import { networkError, type CardError } from '../data/card-error.js';

/** Makes the HTTP request; a host replaces it to add auth headers or route through its own client. */
export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

export interface RequestOptions {
  fetcher: Fetcher;
  credentials: RequestCredentials;
  /** Milliseconds for the whole exchange, body included; 0 waits forever. */
  timeout: number;
  /** Aborting it cancels silently: the returned promise rejects with the signal's reason (an `AbortError`). */
  signal: AbortSignal;
  /** A JSON body makes it a `POST`; without one it is a `GET`. */
  json?: unknown;
}

/** A response and its whole body, or the one failure that prevented having them. */
export type Exchange = { ok: true; response: Response; body: string } | { ok: false; error: CardError };

const TIMED_OUT = Symbol();

/**
 * One request through the host's `fetcher`, body read, within `timeout`. Resolves with the exchange
 * or a `network` / `timeout` failure; rejects (with the signal's reason) only when the caller aborted,
 * and does so at once even if the fetcher ignores its signal, so nothing of it outlives the abort.
 */
export async function request(url: string, options: RequestOptions): Promise<Exchange> {
  const { signal, timeout, json } = options;
  signal.throwIfAborted();
  const controller = new AbortController();
  let stop!: (reason: unknown) => void;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  stopped.catch(() => undefined); // only ever read through the races below
  // Rejects `stopped` before aborting, so the races below see this reason, not the fetch's AbortError.
  const halt = (reason: unknown) => {
    stop(reason);
    controller.abort();
  };
  const onAbort = () => halt(signal.reason);
  signal.addEventListener('abort', onAbort);
  const timer = timeout > 0 ? setTimeout(halt, timeout, TIMED_OUT) : undefined;
  try {
    const post = json !== undefined;
    const init: RequestInit = {
      method: post ? 'POST' : 'GET',
      headers: post
        ? { Accept: 'application/json', 'Content-Type': 'application/json' }
        : { Accept: 'application/json' },
      credentials: options.credentials,
      signal: controller.signal,
      body: JSON.stringify(json), // undefined without a body
    };
    const response = await Promise.race([options.fetcher(url, init), stopped]);
    const body = await Promise.race([response.text(), stopped]);
    return { ok: true, response, body };
  } catch (cause) {
    signal.throwIfAborted();
    return {
      ok: false,
      error:
        cause === TIMED_OUT
          ? { kind: 'timeout', timeout, message: `No answer within ${timeout} ms` }
          : networkError(cause),
    };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

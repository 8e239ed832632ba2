import type { CardError } from '../data/card-error.js';

/** Makes the HTTP request; a host replaces it to add auth headers or route through its own client. */
export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

export interface RequestOptions {
  fetcher: Fetcher;
  credentials: RequestCredentials;
  /** Milliseconds for the whole exchange, body included; 0 waits forever. */
  timeout: number;
  /** Aborting it cancels silently: the returned promise rejects with an `AbortError`. */
  signal: AbortSignal;
  /** A JSON body makes it a `POST`; without one it is a `GET`. */
  json?: unknown;
}

/** A response and its whole body, or the one failure that prevented having them. */
export type Exchange = { ok: true; response: Response; body: string } | { ok: false; error: CardError };

const abortError = () => new DOMException('', 'AbortError');
const TIMED_OUT = Symbol();

/**
 * One request through the host's `fetcher`, body read, within `timeout`. Resolves with the exchange
 * or a `network` / `timeout` failure; rejects (with an `AbortError`) only when the caller aborted,
 * and does so at once even if the fetcher ignores its signal, so nothing of it outlives the abort.
 */
export async function request(url: string, options: RequestOptions): Promise<Exchange> {
  const { signal, timeout, json } = options;
  if (signal.aborted) throw abortError();
  const controller = new AbortController();
  let stop!: (reason: unknown) => void;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  stopped.catch(() => undefined); // only ever read through the races below
  // Rejects `stopped` before aborting, so the races below see this reason, not the fetch's AbortError.
  const halt = (reason: unknown) => {
    stop(reason);
    controller.abort();
  };
  const onAbort = () => halt(abortError());
  signal.addEventListener('abort', onAbort);
  const timer = timeout > 0 ? setTimeout(halt, timeout, TIMED_OUT) : undefined;
  try {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (json !== undefined) headers['Content-Type'] = 'application/json';
    const init: RequestInit = {
      method: json === undefined ? 'GET' : 'POST',
      headers,
      credentials: options.credentials,
      signal: controller.signal,
    };
    if (json !== undefined) init.body = JSON.stringify(json);
    const response = await Promise.race([options.fetcher(url, init), stopped]);
    const body = await Promise.race([response.text(), stopped]);
    return { ok: true, response, body };
  } catch (cause) {
    if (signal.aborted) throw abortError();
    return {
      ok: false,
      error:
        cause === TIMED_OUT
          ? { kind: 'timeout', timeout, message: `No answer within ${timeout} ms` }
          : { kind: 'network', message: String(cause) },
    };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

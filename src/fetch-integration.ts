import type { CardError } from './card-error.js';
import { parseIntegration, readErrorEnvelope, type ParseResult } from './parse-integration.js';

/** Makes the HTTP request; a host replaces it to add auth headers or route through its own client. */
export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

export interface FetchOptions {
  fetcher: Fetcher;
  credentials: RequestCredentials;
  /** Milliseconds for the whole exchange, body included; 0 waits forever. */
  timeout: number;
  /** Aborting it cancels silently: the returned promise rejects with an `AbortError`. */
  signal: AbortSignal;
}

const failure = (error: CardError): ParseResult => ({ ok: false, error });

const abortError = () => new DOMException('The request was cancelled.', 'AbortError');

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Reads a response into exactly one outcome: an integration or one `CardError` kind. */
export function readIntegrationResponse(response: Response, body: string): ParseResult {
  const { status } = response;
  const json = body.trim() === '' ? ({ ok: false } as const) : tryJson(body);
  if (!response.ok) {
    const apiError = json.ok ? readErrorEnvelope(json.value, status) : undefined;
    return failure(apiError ?? { kind: 'http', status, message: `The server answered HTTP ${status}.` });
  }
  const type = response.headers.get('content-type') ?? '';
  if (type && !/[/+]json\b/i.test(type)) {
    return failure({ kind: 'parse', status, message: `Expected JSON but the server sent ${type.split(';')[0]}.` });
  }
  if (!json.ok) {
    const what = body.trim() === '' ? 'an empty body' : 'a body that is not JSON';
    return failure({ kind: 'parse', status, message: `Expected JSON but the server sent ${what} (HTTP ${status}).` });
  }
  return parseIntegration(json.value, status);
}

/**
 * GETs `url` and reads it into an outcome. Every failure resolves as a `CardError`; the promise
 * only rejects (with an `AbortError`) when the caller cancelled through `signal`.
 */
export async function fetchIntegration(url: string, options: FetchOptions): Promise<ParseResult> {
  const { signal, timeout } = options;
  if (signal.aborted) throw abortError();
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  signal.addEventListener('abort', onAbort);
  const timer =
    timeout > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeout)
      : undefined;
  try {
    const response = await options.fetcher(url, {
      method: 'GET',
      headers: { Accept: 'application/json' },
      credentials: options.credentials,
      signal: controller.signal,
    });
    const body = await response.text();
    if (signal.aborted) throw abortError();
    return readIntegrationResponse(response, body);
  } catch (cause) {
    if (signal.aborted) throw abortError();
    if (timedOut) {
      return failure({ kind: 'timeout', timeout, message: `No answer from ${url} within ${timeout} ms.` });
    }
    return failure({ kind: 'network', message: `The request to ${url} failed: ${(cause as Error)?.message ?? cause}` });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

import type { CardError } from '../data/card-error.js';
import { parseIntegration, readErrorEnvelope, type ParseResult } from '../data/parse-integration.js';

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: CardError };

const failure = (error: CardError) => ({ ok: false, error }) as const;

/**
 * Reads a response of the vendor's backend into JSON or one `CardError` kind: a Kombo error envelope
 * (`api`, whatever the status), another non-2xx answer (`http`), or anything but JSON (`parse`).
 */
export function readJsonResponse(response: Response, body: string): JsonResult {
  const { status } = response;
  // The parsed body, or undefined when it is not JSON (an empty body is not either).
  let json: { value: unknown } | undefined;
  try {
    json = { value: JSON.parse(body) };
  } catch {
    // not JSON
  }
  if (!response.ok) {
    const apiError = json && readErrorEnvelope(json.value, status);
    return failure(apiError ?? { kind: 'http', status, message: `HTTP ${status}` });
  }
  const type = response.headers.get('content-type') ?? '';
  if (!json || (type && !/[/+]json\b/i.test(type))) {
    return failure({ kind: 'parse', status, message: `Not JSON: HTTP ${status} ${type}` });
  }
  return { ok: true, value: json.value };
}

/** Reads a response into exactly one outcome: an integration or one `CardError` kind. */
export function readIntegrationResponse(response: Response, body: string): ParseResult {
  const json = readJsonResponse(response, body);
  return json.ok ? parseIntegration(json.value, response.status) : json;
}

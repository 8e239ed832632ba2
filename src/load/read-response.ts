import type { CardError } from '../data/card-error.js';
import { parseIntegration, readErrorEnvelope, type ParseResult } from '../data/parse-integration.js';

const failure = (error: CardError): ParseResult => ({ ok: false, error });

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
    return failure(apiError ?? { kind: 'http', status, message: `HTTP ${status}` });
  }
  const type = response.headers.get('content-type') ?? '';
  if (!json.ok || (type && !/[/+]json\b/i.test(type))) {
    return failure({
      kind: 'parse',
      status,
      message: `Not JSON: HTTP ${status} ${type}`,
    });
  }
  return parseIntegration(json.value, status);
}

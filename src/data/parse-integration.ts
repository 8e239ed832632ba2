import * as z from 'zod/v4/core';
import type { CardError, ValidationIssue } from './card-error.js';
import type { Integration } from './integration.js';
import { integrationSchema } from './integration-schema.js';

export type ParseResult = { ok: true; integration: Integration } | { ok: false; error: CardError };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Turns whatever a host hands the card into an integration or a described failure. Accepts the
 * success envelope `{status, data}`, the bare `data` object, or a JSON string of either; a Kombo
 * error envelope becomes an `api` error. Never throws.
 */
export function parseIntegration(input: unknown, httpStatus?: number): ParseResult {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (cause) {
      return {
        ok: false,
        error: {
          kind: 'parse',
          message: String(cause),
          ...(httpStatus === undefined ? {} : { status: httpStatus }),
        },
      };
    }
  }
  const apiError = readErrorEnvelope(value, httpStatus);
  if (apiError) return { ok: false, error: apiError };

  const data = isRecord(value) && value.status === 'success' && 'data' in value ? value.data : value;
  const result = z.safeParse(integrationSchema, data);
  const issues: ValidationIssue[] = result.success
    ? // The card cannot name an integration without these. Checked here rather than with zod's
      // string checks, which would add a third of a kilobyte to the script tag for two fields.
      (['id', 'tool.label'] as const)
        .filter((path) => !(path === 'id' ? result.data.id : result.data.tool.label).trim())
        .map((path) => ({ path, message: 'Must not be empty' }))
    : result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  if (!result.success || issues.length > 0) {
    const listed = issues
      .slice(0, 3)
      .map((issue) => `${issue.path || '(root)'}: ${issue.message}`)
      .join('; ');
    return {
      ok: false,
      error: { kind: 'invalid-data', message: `Invalid integration: ${listed}`, issues },
    };
  }
  // The schema's output is the normalised shape; `write_actions: null` becomes `[]` here too.
  return { ok: true, integration: { ...result.data, write_actions: result.data.write_actions ?? [] } };
}

/** The Kombo error envelope (`{ status: 'error', error: { code, title, message, log_url } }`) as an `api` error, else `undefined`. */
export function readErrorEnvelope(value: unknown, httpStatus?: number): CardError | undefined {
  if (!isRecord(value) || value.status !== 'error' || !isRecord(value.error)) return undefined;
  // Four optional strings: checked by hand, a schema would cost more bytes than it saves.
  const text = (key: string) => {
    const field = (value.error as Record<string, unknown>)[key];
    return typeof field === 'string' ? field : null;
  };
  const [code, title, message] = [text('code'), text('title'), text('message')];
  return {
    kind: 'api',
    // For developers: what the envelope said, else its code (never a made-up sentence on screen).
    message: message ?? title ?? code ?? '',
    ...(httpStatus === undefined ? {} : { status: httpStatus }),
    code,
    title,
    log_url: text('log_url'),
  };
}

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

  const data = withIsoDates(isRecord(value) && value.status === 'success' && 'data' in value ? value.data : value);
  const result = z.safeParse(integrationSchema, data, { reportInput: true });
  const issues: ValidationIssue[] = result.success
    ? // The card cannot name an integration without these. Checked here rather than with zod's
      // string checks, which would add a third of a kilobyte to the script tag for two fields.
      (['id', 'tool.label'] as const)
        .filter((path) => !(path === 'id' ? result.data.id : result.data.tool.label).trim())
        .map((path) => ({ path, message: 'must not be empty' }))
    : result.error.issues.map(describeIssue);
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

/**
 * The SDK (`@kombo-api/sdk`) hands out dates as `Date` objects, the HTTP API as ISO strings: the card
 * takes both and keeps strings. An invalid `Date` stays as it is, for validation to name its path.
 */
function withIsoDates(data: unknown): unknown {
  if (!isRecord(data)) return data;
  const iso = (value: unknown) => (value instanceof Date && !isNaN(value.getTime()) ? value.toISOString() : value);
  return { ...data, created_at: iso(data.created_at), data_expired_at: iso(data.data_expired_at) };
}

/** "a string", "an array": for messages that say what was expected and what was found. */
const article = (type: string) => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;

/** What a value is, in a word: `number`, `null`, `array`, `invalid date`… */
const typeOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : value instanceof Date ? 'invalid date' : typeof value;

/** A zod issue as the card reports it: its path, and what was expected and found, in words. */
function describeIssue(issue: z.$ZodIssue): ValidationIssue {
  const path = issue.path.map(String).join('.');
  if (issue.code !== 'invalid_type') return { path, message: issue.message };
  const received = 'input' in issue ? typeOf(issue.input) : 'undefined';
  return {
    path,
    message:
      received === 'undefined'
        ? 'required'
        : received === 'invalid date'
          ? 'expected a valid date'
          : `expected ${article(issue.expected)}, got ${received === 'null' ? 'null' : article(received)}`,
    expected: issue.expected,
    received,
  };
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

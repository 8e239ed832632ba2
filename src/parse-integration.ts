import * as z from 'zod/mini';
import type { CardError, ValidationIssue } from './card-error.js';
import type { CoverageItem, Integration } from './integration.js';
import { errorEnvelopeSchema, integrationSchema, type RawIntegration } from './integration-schema.js';

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
          message: `The integration is not valid JSON: ${(cause as Error).message}`,
          ...(httpStatus === undefined ? {} : { status: httpStatus }),
        },
      };
    }
  }
  const apiError = readErrorEnvelope(value, httpStatus);
  if (apiError) return { ok: false, error: apiError };

  const data = isRecord(value) && value.status === 'success' && 'data' in value ? value.data : value;
  const result = z.safeParse(integrationSchema, data);
  if (!result.success) {
    const issues = result.error.issues.map(
      (issue): ValidationIssue => ({ path: issue.path.map(String).join('.'), message: issue.message }),
    );
    const listed = issues
      .slice(0, 3)
      .map((issue) => `${issue.path || '(root)'}: ${issue.message}`)
      .join('; ');
    return {
      ok: false,
      error: { kind: 'invalid-data', message: `The integration data is not valid. ${listed}`, issues },
    };
  }
  return { ok: true, integration: normaliseIntegration(result.data) };
}

/** The Kombo error envelope as an `api` error, or `undefined` when `value` is not one. */
export function readErrorEnvelope(value: unknown, httpStatus?: number): CardError | undefined {
  const envelope = z.safeParse(errorEnvelopeSchema, value);
  if (!envelope.success) return undefined;
  const { code, title, message, log_url } = envelope.data.error;
  return {
    kind: 'api',
    message: message ?? title ?? `Kombo reported an error (${code ?? 'no code'}).`,
    ...(httpStatus === undefined ? {} : { status: httpStatus }),
    code: code ?? null,
    title: title ?? null,
    log_url: log_url ?? null,
  };
}

function normaliseItem(item: RawIntegration['read_models'][number]): CoverageItem {
  return {
    id: item.id,
    label: item.label,
    is_available: item.is_available,
    coverage_status: item.coverage_status,
    scope_config_setting: item.scope_config_setting ?? null,
    opted_out_by_customer: item.opted_out_by_customer ?? false,
    fields: (item.fields ?? []).map((field) => ({
      id: field.id,
      is_available: field.is_available,
      coverage_status: field.coverage_status,
      scope_config_setting: field.scope_config_setting ?? null,
      opted_out_by_customer: field.opted_out_by_customer ?? false,
    })),
  };
}

function normaliseIntegration(raw: RawIntegration): Integration {
  return {
    id: raw.id,
    // `internal_label` is deliberately not copied: it is a debugging name, never for end users.
    tool: {
      id: raw.tool.id,
      label: raw.tool.label,
      logo_url: raw.tool.logo_url ?? null,
      icon_url: raw.tool.icon_url ?? null,
    },
    category: raw.category,
    status: raw.status,
    setup_status: raw.setup_status ?? null,
    end_user: {
      organization_name: raw.end_user.organization_name,
      creator_email: raw.end_user.creator_email ?? null,
      origin_id: raw.end_user.origin_id ?? null,
    },
    scope_config: raw.scope_config ? { id: raw.scope_config.id, name: raw.scope_config.name ?? null } : null,
    created_at: raw.created_at,
    data_expired_at: raw.data_expired_at ?? null,
    beta: raw.beta ?? false,
    read_models: raw.read_models.map(normaliseItem),
    write_actions: (raw.write_actions ?? []).map(normaliseItem),
  };
}

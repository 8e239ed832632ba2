import * as z from 'zod/mini';

// zod compiles fast validators with `new Function` unless told not to; that breaks pages with a
// strict Content-Security-Policy (no 'unsafe-eval'), which is exactly where an embeddable card lives.
z.config({ jitless: true });

/**
 * Enum-like values from the API are plain strings on purpose: Kombo adds categories, statuses and
 * coverage states without notice, and a new value must show as its raw text, not break the card.
 */
const text = z.string();
/** Optional or null in the payload, always `null` (never missing) in what the card exposes. */
const optionalText = z._default(z.nullable(z.string()), null);
const flag = z._default(z.boolean(), false);

// Read models, write actions and their fields share one shape. Write-action fields carry no
// scope setting or opt-out (they are never scoped), hence those keys are optional.
const coverageBase = {
  id: z.string(),
  is_available: z.boolean(),
  coverage_status: text,
  scope_config_setting: optionalText,
  opted_out_by_customer: flag,
};

const coverageItem = z.object({
  ...coverageBase,
  label: z.string(),
  fields: z._default(z.array(z.object(coverageBase)), []),
});

/**
 * The `data` object of `GET /integrations/:id`, as much of it as the card relies on. Its output is
 * the normalised `Integration`: unknown keys (and `tool.internal_label`, which is never shown) are
 * dropped, and what older payloads lack is filled in.
 */
export const integrationSchema = z.object({
  id: z.string(),
  tool: z.object({
    id: z.string(),
    label: z.string(),
    logo_url: optionalText,
    icon_url: optionalText,
  }),
  category: text,
  status: text,
  setup_status: optionalText,
  end_user: z.object({
    organization_name: z.string(),
    creator_email: optionalText,
    origin_id: optionalText,
  }),
  scope_config: z._default(z.nullable(z.object({ id: z.string(), name: optionalText })), null),
  created_at: z.string(),
  data_expired_at: optionalText,
  beta: flag,
  read_models: z.array(coverageItem),
  write_actions: z._default(z.nullable(z.array(coverageItem)), []),
});

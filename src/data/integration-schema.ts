import * as z from 'zod/v4/core';

// zod compiles fast validators with `new Function` unless told not to; that breaks pages with a
// strict Content-Security-Policy (no 'unsafe-eval'), which is exactly where an embeddable card lives.
z.config({ jitless: true });

/*
 * The schema is built from zod 4's core classes, the validators `zod/mini` itself is made of, with
 * the same definitions its factories write. `zod/mini`'s wrappers add methods this card never calls
 * (parseAsync, clone, register…) that cost the script-tag module about 0.9 KB gzipped.
 */
const string = new z.$ZodString({ type: 'string' });
const boolean = new z.$ZodBoolean({ type: 'boolean' });
// The constructors are typed for their default parameters; the casts keep each schema's output type.
const nullable = <T extends z.$ZodType>(innerType: T) =>
  new z.$ZodNullable({ type: 'nullable', innerType }) as unknown as z.$ZodNullable<T>;
/** Fills `undefined` with what `make` returns (made each time, so no two integrations share a list). */
const withDefault = <T extends z.$ZodType>(innerType: T, make: () => unknown) =>
  new z.$ZodDefault({
    type: 'default',
    innerType,
    get defaultValue() {
      return make();
    },
  }) as unknown as z.$ZodDefault<T>;
const object = <S extends z.$ZodShape>(shape: S) => new z.$ZodObject({ type: 'object', shape }) as z.$ZodObject<S>;
const array = <T extends z.$ZodType>(element: T) => new z.$ZodArray({ type: 'array', element }) as z.$ZodArray<T>;

/**
 * Enum-like values from the API are plain strings on purpose: Kombo adds categories, statuses and
 * coverage states without notice, and a new value must show as its raw text, not break the card.
 */
const text = string;
/** Optional or null in the payload, always `null` (never missing) in what the card exposes. */
const optionalText = withDefault(nullable(string), () => null);
const flag = withDefault(boolean, () => false);

// Read models, write actions and their fields share one shape. Write-action fields carry no
// scope setting or opt-out (they are never scoped), hence those keys are optional.
const coverageBase = {
  id: string,
  is_available: boolean,
  coverage_status: text,
  scope_config_setting: optionalText,
  opted_out_by_customer: flag,
};

/** One field, all zod (what `fastFieldSchema` hands anything it does not take itself). */
export const fieldSchema = object(coverageBase);

/**
 * Fields are nearly all of a payload (a large integration has 20,000), and zod's jitless object parse
 * costs about ten times a plain check per field. A field whose five values have the types the schema
 * takes is copied here exactly as zod would output it; any other goes through zod, which says what is
 * wrong and where. A test holds both paths side by side: the same input accepted, the same output.
 */
export const fastFieldSchema = {
  _zod: {
    run(payload: z.ParsePayload, ctx: z.ParseContextInternal) {
      const value = Object(payload.value) as Record<string, unknown>;
      // Defaults as zod's: only for `undefined` (a `null` opt-out stays null, and zod rejects it).
      const { id, is_available, coverage_status, scope_config_setting = null, opted_out_by_customer = false } = value;
      // A plain object, JSON's kind (zod takes any other object too: those go to zod), with the right types.
      return Object.getPrototypeOf(value) == Object.prototype &&
        typeof id == 'string' &&
        typeof is_available == 'boolean' &&
        typeof coverage_status == 'string' &&
        (scope_config_setting === null || typeof scope_config_setting == 'string') &&
        typeof opted_out_by_customer == 'boolean'
        ? ((payload.value = { id, is_available, coverage_status, scope_config_setting, opted_out_by_customer }),
          payload)
        : fieldSchema._zod.run(payload, ctx);
    },
  },
} as unknown as typeof fieldSchema;

const coverageItem = object({
  ...coverageBase,
  label: string,
  fields: withDefault(array(fastFieldSchema), () => []),
});

/**
 * The `data` object of `GET /integrations/:id`, as much of it as the card relies on. Its output is
 * the normalised `Integration`: unknown keys (and `tool.internal_label`, which is never shown) are
 * dropped, and what older payloads lack is filled in.
 */
export const integrationSchema = object({
  id: string,
  tool: object({ id: string, label: string, logo_url: optionalText, icon_url: optionalText }),
  category: text,
  status: text,
  setup_status: optionalText,
  end_user: object({ organization_name: string, creator_email: optionalText, origin_id: optionalText }),
  scope_config: withDefault(nullable(object({ id: string, name: optionalText })), () => null),
  created_at: string,
  data_expired_at: optionalText,
  beta: flag,
  read_models: array(coverageItem),
  write_actions: withDefault(nullable(array(coverageItem)), () => []),
});

import * as fc from 'fast-check';

/**
 * Generators for property tests: valid integrations as the API may send them (known and unknown enum
 * values, optional keys present or not), and ways to break them.
 */
// A failing run prints its seed and path; FC_SEED (and FC_PATH) replay it: FC_SEED=123 npm run test:unit
const replay = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
/** `numRuns` runs, or the run FC_SEED and FC_PATH name. */
export const settings = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  ...(replay.FC_SEED ? { seed: Number(replay.FC_SEED), path: replay.FC_PATH } : {}),
});

const text = fc.string({ minLength: 1, maxLength: 24 }).filter((value) => value.trim() !== '');
const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: null });
const iso = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
  .map((date) => date.toISOString());
const coverage = fc.constantFrom('SUPPORTED', 'UNSUPPORTED', 'NOT_IMPLEMENTED', 'UNKNOWN', 'PLANNED');
const scope = fc.constantFrom('ENABLED', 'DISABLED', 'OPTIONAL', 'REQUIRED');
// A web URL with its host and port replaced by a closed port on this machine: the property tests
// render generated logos, and must not send requests to generated hosts.
const url = fc.webUrl({ withQueryParameters: true, withFragments: true }).map((value) => {
  const { protocol, pathname, search, hash } = new URL(value);
  return `${protocol}//127.0.0.1:9${pathname}${search}${hash}`;
});

const field = fc.record({
  id: text,
  is_available: fc.boolean(),
  coverage_status: coverage,
  scope_config_setting: scope,
  opted_out_by_customer: fc.boolean(),
});

const item = (fields: number) =>
  fc.record({
    id: text,
    label: text,
    is_available: fc.boolean(),
    coverage_status: coverage,
    scope_config_setting: scope,
    opted_out_by_customer: fc.boolean(),
    fields: fc.array(field, { maxLength: fields }),
  });

export const validIntegration = (size = { models: 6, fields: 8 }) =>
  fc.record(
    {
      id: text,
      tool: fc.record({
        id: text,
        label: text,
        internal_label: maybe(text),
        logo_url: maybe(url),
        icon_url: maybe(url),
      }),
      category: fc.constantFrom('HRIS', 'ATS', 'ASSESSMENT', 'LMS', 'PAYROLL'),
      status: fc.constantFrom('ACTIVE', 'INVALID', 'INACTIVE', 'PAUSED'),
      setup_status: maybe(fc.constantFrom('INCOMPLETE', 'FINAL_SYNC_PENDING', 'COMPLETED')),
      end_user: fc.record({
        organization_name: fc.string({ maxLength: 40 }),
        creator_email: maybe(fc.emailAddress()),
        origin_id: maybe(text),
      }),
      scope_config: maybe(fc.record({ id: text, name: maybe(text) })),
      created_at: iso,
      data_expired_at: maybe(iso),
      beta: fc.boolean(),
      read_models: fc.array(item(size.fields), { maxLength: size.models }),
      write_actions: fc.array(item(size.fields), { maxLength: 3 }),
    },
    { requiredKeys: ['id', 'tool', 'category', 'status', 'end_user', 'created_at', 'read_models'] },
  );

/** Keys a hostile payload uses to reach `Object.prototype`. */
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty');

/** JSON-like values of every kind: huge and unicode-heavy strings, deep nesting, hostile keys. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.anything({ withBoxedValues: true, withNullPrototype: true, withObjectString: true }),
  fc.string({ unit: 'binary', maxLength: 20000 }),
  fc.dictionary(fc.oneof(hostileKey, fc.string()), fc.jsonValue()),
  fc.letrec<{ deep: unknown }>((tie) => ({
    deep: fc.oneof({ depthSize: 'large' }, fc.constant(1), fc.array(tie('deep')), fc.record({ a: tie('deep') })),
  })).deep,
);

/** A valid integration broken one way: a key dropped, a value of another type, a hostile key added. */
export const brokenIntegration = fc
  .tuple(validIntegration(), fc.constantFrom('drop', 'swap', 'hostile', 'number', 'nested'), fc.nat(), anyValue)
  .map(([data, how, pick, value]) => {
    const copy = structuredClone(data) as Record<string, unknown>;
    const target =
      how === 'nested' && Array.isArray(copy.read_models) && copy.read_models.length > 0
        ? (copy.read_models[pick % copy.read_models.length] as Record<string, unknown>)
        : copy;
    const keys = Object.keys(target);
    const key = keys[pick % keys.length]!;
    if (how === 'drop') delete target[key];
    else if (how === 'swap' || how === 'nested') target[key] = value;
    else if (how === 'number') target[key] = pick;
    else
      Object.defineProperty(target, ['__proto__', 'constructor', 'prototype'][pick % 3]!, {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    return copy;
  });

import * as core from 'zod/v4/core';
core.config({ jitless: true });
const str = new core.$ZodString({ type: 'string' });
const bool = new core.$ZodBoolean({ type: 'boolean' });
const nullable = (inner: core.$ZodType) => new core.$ZodNullable({ type: 'nullable', innerType: inner });
const def = (inner: core.$ZodType, value: unknown) =>
  new core.$ZodDefault({
    type: 'default',
    innerType: inner,
    get defaultValue() {
      return value;
    },
  } as never);
const obj = (shape: Record<string, core.$ZodType>) => new core.$ZodObject({ type: 'object', shape } as never);
const arr = (el: core.$ZodType) => new core.$ZodArray({ type: 'array', element: el } as never);
const optionalText = def(nullable(str), null);
const flag = def(bool, false);
const base = {
  id: str,
  is_available: bool,
  coverage_status: str,
  scope_config_setting: optionalText,
  opted_out_by_customer: flag,
};
const item = obj({ ...base, label: str, fields: def(arr(obj(base)), []) });
export const schema = obj({
  id: str,
  tool: obj({ id: str, label: str, logo_url: optionalText, icon_url: optionalText }),
  category: str,
  status: str,
  setup_status: optionalText,
  end_user: obj({ organization_name: str, creator_email: optionalText, origin_id: optionalText }),
  scope_config: def(nullable(obj({ id: str, name: optionalText })), null),
  created_at: str,
  data_expired_at: optionalText,
  beta: flag,
  read_models: arr(item),
  write_actions: def(nullable(arr(item)), []),
});
export const f = (x: unknown) => core.safeParse(schema, x);

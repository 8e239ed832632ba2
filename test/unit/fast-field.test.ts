import { expect } from 'chai';
import * as fc from 'fast-check';
import * as z from 'zod/v4/core';
import { fastFieldSchema, fieldSchema } from '../../src/data/integration-schema.js';
import { settings } from '../arbitraries.js';

// Fields are validated by a plain check that hands everything it does not take to zod. It must be
// invisible: for any value, the same outcome as zod alone (accepted or not, the same output, the
// same issues), and it must be the path valid fields take (else the card is slow for nothing).

const fields = (element: z.$ZodType) => new z.$ZodArray({ type: 'array', element });
const outcome = (element: z.$ZodType, value: unknown) => {
  const result = z.safeParse(fields(element), [value], { reportInput: true });
  return result.success ? { data: result.data } : { issues: result.error.issues };
};

/** A value that is right for the key most of the time, anything else now and then. */
const sometimes = <T>(right: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 4, arbitrary: right },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.constantFrom(undefined, null, '', 0, 1, true, false, [], {}, new Date(0), Object('x')),
        fc.anything({ withBoxedValues: true, withNullPrototype: true }),
      ),
    },
  );

const fieldLike = fc.record(
  {
    id: sometimes(fc.string()),
    is_available: sometimes(fc.boolean()),
    coverage_status: sometimes(fc.constantFrom('SUPPORTED', 'UNSUPPORTED', 'PLANNED')),
    scope_config_setting: sometimes(fc.option(fc.constantFrom('ENABLED', 'DISABLED'), { nil: null })),
    opted_out_by_customer: sometimes(fc.boolean()),
    extra: fc.jsonValue(),
  },
  { requiredKeys: [] },
);

/** Objects that are not plain: zod takes them as objects, the plain check must leave them to zod. */
const unusual = fieldLike.chain((record) =>
  fc.constantFrom(
    Object.assign(Object.create(null) as object, record),
    Object.assign(new (class Field {})(), record),
    Object.assign([] as unknown[], record),
    Object.assign(() => undefined, record),
  ),
);

describe('fields: the plain check beside zod', () => {
  it('gives exactly what zod alone gives, for any value: 5,000 runs', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 5, arbitrary: fieldLike }, unusual, fc.anything()), (value) => {
        expect(outcome(fastFieldSchema, value)).to.deep.equal(outcome(fieldSchema, value));
      }),
      settings(5000),
    );
  });

  it('fills what a write-action field lacks as zod does, and drops unknown keys', () => {
    const value = { id: 'name', is_available: true, coverage_status: 'SUPPORTED', extra: 1 };
    expect(outcome(fastFieldSchema, value)).to.deep.equal({
      data: [
        {
          id: 'name',
          is_available: true,
          coverage_status: 'SUPPORTED',
          scope_config_setting: null,
          opted_out_by_customer: false,
        },
      ],
    });
    expect(outcome(fastFieldSchema, { ...value, opted_out_by_customer: null })).to.deep.equal(
      outcome(fieldSchema, { ...value, opted_out_by_customer: null }),
    );
    expect(outcome(fastFieldSchema, { ...value, opted_out_by_customer: null })).to.have.property('issues');
  });

  it('takes a valid field itself, without zod', () => {
    const zodRun = fieldSchema._zod.run;
    let calls = 0;
    fieldSchema._zod.run = (...args) => {
      calls++;
      return zodRun(...args);
    };
    try {
      // A read model's field, and a write action's (no scope setting, no opt-out).
      const valid = { id: 'a', is_available: false, coverage_status: 'UNSUPPORTED', scope_config_setting: 'ENABLED' };
      for (const field of [valid, { id: 'b', is_available: true, coverage_status: 'SUPPORTED' }])
        expect(outcome(fastFieldSchema, field)).to.have.property('data');
      expect(
        outcome(fastFieldSchema, { ...valid, scope_config_setting: null, opted_out_by_customer: true }),
      ).to.have.property('data');
      expect(calls).to.equal(0);
      expect(outcome(fastFieldSchema, { ...valid, is_available: 'no' })).to.have.property('issues');
      expect(calls).to.equal(1);
    } finally {
      fieldSchema._zod.run = zodRun;
    }
  });
});

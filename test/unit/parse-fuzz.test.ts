import { expect } from 'chai';
import * as fc from 'fast-check';
import { parseIntegration } from '../../src/data/parse-integration.js';
import { anyValue, brokenIntegration, settings, validIntegration } from '../arbitraries.js';

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

/** One outcome, exactly: an integration, or an error with a kind and a message. */
function oneOutcome(input: unknown) {
  const result = parseIntegration(input);
  if (result.ok) {
    expect(result).to.have.all.keys('ok', 'integration');
    expect(result.integration.id.trim()).to.not.equal('');
  } else {
    expect(result).to.have.all.keys('ok', 'error');
    expect(result.error.kind).to.be.oneOf(['invalid-data', 'parse', 'api']);
    expect(result.error.message).to.be.a('string');
  }
  return result;
}

describe('parseIntegration, property-based', function () {
  this.timeout(120000);
  const before = prototypeKeys();
  afterEach(() => {
    expect(prototypeKeys()).to.equal(before, 'Object.prototype is unchanged');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('never throws and gives one outcome for any value: 4,000 runs', () => {
    fc.assert(
      fc.property(anyValue, (input) => void oneOutcome(input)),
      settings(4000),
    );
  });

  it('never throws and gives one outcome for any JSON text, or a broken one: 2,000 runs', () => {
    const texts = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.string({ maxLength: 200 }),
    );
    fc.assert(
      fc.property(texts, (input) => void oneOutcome(input)),
      settings(2000),
    );
  });

  it('takes every valid integration, as data, envelope or JSON string: 2,000 runs', () => {
    fc.assert(
      fc.property(validIntegration(), fc.constantFrom('data', 'envelope', 'json'), (data, form) => {
        const input =
          form === 'data'
            ? data
            : form === 'envelope'
              ? { status: 'success', data }
              : JSON.stringify({ status: 'success', data });
        const result = oneOutcome(input);
        expect(result.ok, JSON.stringify(!result.ok && result.error)).to.equal(true);
        if (!result.ok) return;
        expect(result.integration.read_models).to.have.length(data.read_models.length);
        expect(result.integration.tool).to.not.have.property('internal_label');
      }),
      settings(2000),
    );
  });

  it('answers a valid integration broken one way with an outcome, never a throw: 2,000 runs', () => {
    fc.assert(
      fc.property(brokenIntegration, (input) => void oneOutcome(input)),
      settings(2000),
    );
  });

  it('never lets hostile keys reach a prototype, even as JSON text', () => {
    for (const text of [
      '{"__proto__": {"polluted": 1}, "id": "x"}',
      '{"status": "success", "data": {"constructor": {"prototype": {"polluted": 1}}}}',
      '{"read_models": [{"__proto__": {"polluted": 1}}]}',
    ])
      oneOutcome(text);
    oneOutcome(
      JSON.parse('{"status":"success","data":{"__proto__":{"polluted":1},"tool":{"__proto__":{"polluted":1}}}}'),
    );
  });
});

import { expect } from 'chai';
import { countFields, summarizeCoverage, unavailableReason } from '../../src/data/coverage.js';
import type { CoverageField } from '../../src/data/integration.js';
import { parseIntegration } from '../../src/data/parse-integration.js';
import { beta, healthy } from '../../demo/fixtures.mjs';

function integrationOf(data: unknown) {
  const result = parseIntegration(data);
  if (!result.ok) throw new Error(result.error.message);
  return result.integration;
}

describe('coverage counts', () => {
  const integration = integrationOf(healthy);

  it('counts models, read-model fields and actions', () => {
    expect(summarizeCoverage(integration)).to.deep.equal({
      models: { available: 3, total: 7 },
      fields: { available: 17, total: 23 },
      actions: { available: 1, total: 2 },
    });
  });

  it('counts the fields of one model or action', () => {
    expect(countFields(integration.read_models[0]!)).to.deep.equal({ available: 6, total: 10 });
    expect(countFields(integration.write_actions[0]!)).to.deep.equal({ available: 3, total: 4 });
    expect(countFields(integration.read_models[5]!)).to.deep.equal({ available: 0, total: 0 });
  });

  it('counts an integration without actions as zero of zero', () => {
    expect(summarizeCoverage(integrationOf(beta)).actions).to.deep.equal({ available: 0, total: 0 });
  });
});

describe('unavailableReason', () => {
  const base: CoverageField = {
    id: 'x',
    is_available: false,
    coverage_status: 'SUPPORTED',
    scope_config_setting: 'ENABLED',
    opted_out_by_customer: false,
  };
  const reason = (extra: Partial<CoverageField>) => unavailableReason({ ...base, ...extra });

  it('is undefined for what is available, whatever else the data says', () => {
    expect(reason({ is_available: true, coverage_status: 'UNSUPPORTED', opted_out_by_customer: true })).to.equal(
      undefined,
    );
  });

  it('names the most fundamental reason first', () => {
    expect(reason({ coverage_status: 'UNSUPPORTED', scope_config_setting: 'DISABLED' })).to.equal('UNSUPPORTED');
    expect(reason({ coverage_status: 'NOT_IMPLEMENTED', opted_out_by_customer: true })).to.equal('NOT_IMPLEMENTED');
    expect(reason({ coverage_status: 'UNKNOWN', scope_config_setting: 'DISABLED' })).to.equal('UNKNOWN');
    expect(reason({ scope_config_setting: 'DISABLED', opted_out_by_customer: true })).to.equal('DISABLED');
    expect(reason({ scope_config_setting: 'OPTIONAL', opted_out_by_customer: true })).to.equal('OPTED_OUT');
    expect(reason({ scope_config_setting: null, opted_out_by_customer: true })).to.equal('OPTED_OUT');
  });

  it('gives no reason it does not know', () => {
    expect(reason({ coverage_status: 'PLANNED' })).to.equal(undefined);
    expect(reason({})).to.equal(undefined);
  });
});

import { expect } from '@open-wc/testing';
import { countFields, summarizeCoverage, unavailableReason } from '../src/data/coverage.js';
import { humanizeFieldId } from '../src/i18n/field-label.js';
import { formatRelative } from '../src/i18n/format-date.js';
import { parseIntegration } from '../src/data/parse-integration.js';
import { safeImageUrl } from '../src/data/safe-url.js';
import { fill } from '../src/i18n/translate.js';
import { healthy, seed, unknownValues } from '../demo/fixtures.mjs';
import { clone } from './helpers.js';

describe('parseIntegration', () => {
  it('accepts the success envelope, the bare data object and JSON strings of either', () => {
    for (const input of [seed, seed.data, JSON.stringify(seed), JSON.stringify(seed.data)]) {
      const result = parseIntegration(input);
      expect(result.ok, JSON.stringify(result)).to.equal(true);
      if (result.ok) expect(result.integration.id).to.equal('factorial:8d1hpPsbjxUkoCoa1veLZGe5');
    }
  });

  it('never keeps tool.internal_label', () => {
    const result = parseIntegration(healthy);
    expect(result.ok && result.integration.tool).to.not.have.property('internal_label');
  });

  it('fills what older payloads lack and drops unknown keys', () => {
    const old = clone(seed.data) as Record<string, unknown>;
    delete old.write_actions;
    delete old.data_expired_at;
    old.brand_new_field = { anything: true };
    const result = parseIntegration(old);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.integration.write_actions).to.deep.equal([]);
    expect(result.integration.data_expired_at).to.equal(null);
    expect(result.integration).to.not.have.property('brand_new_field');
    expect(result.integration.read_models[0]!.fields[0]).to.deep.equal({
      id: 'date_of_birth',
      is_available: false,
      coverage_status: 'SUPPORTED',
      scope_config_setting: 'OPTIONAL',
      opted_out_by_customer: true,
    });
  });

  it('accepts enum values it does not know, as their raw text', () => {
    const result = parseIntegration(unknownValues);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.integration.category).to.equal('PAYROLL');
    expect(result.integration.status).to.equal('PAUSED_BY_VENDOR');
    expect(result.integration.read_models[0]!.coverage_status).to.equal('PLANNED');
  });

  it('rejects data the card cannot show, with the paths of the problems', () => {
    const noLabel = clone(seed);
    delete (noLabel.data.tool as Partial<typeof noLabel.data.tool>).label;
    const cases: [unknown, string][] = [
      [noLabel, 'tool.label'],
      [{ ...seed.data, tool: { ...seed.data.tool, label: '  ' } }, 'tool.label'],
      [{ ...seed.data, id: '' }, 'id'],
      [{ ...seed.data, read_models: 'none' }, 'read_models'],
      [{ ...seed.data, read_models: [{ id: 'x' }] }, 'read_models.0.label'],
      [[], ''],
      [42, ''],
    ];
    for (const [input, path] of cases) {
      const result = parseIntegration(input);
      expect(result.ok).to.equal(false);
      if (result.ok || result.error.kind !== 'invalid-data') throw new Error('expected invalid-data');
      expect(result.error.issues.map((issue) => issue.path)).to.include(path);
      expect(result.error.message).to.contain('Invalid integration');
    }
  });

  it('reports a string that is not JSON as a parse error', () => {
    const result = parseIntegration('{ "status": "succ');
    expect(!result.ok && result.error.kind).to.equal('parse');
  });

  it('turns a Kombo error envelope into an api error that keeps code, title and log_url', () => {
    const result = parseIntegration({
      status: 'error',
      error: {
        code: 'PLATFORM.INTEGRATION_NOT_FOUND',
        title: 'Not found',
        message: 'No such integration.',
        log_url: 'https://x/log',
      },
    });
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.error).to.deep.equal({
      kind: 'api',
      code: 'PLATFORM.INTEGRATION_NOT_FOUND',
      title: 'Not found',
      message: 'No such integration.',
      log_url: 'https://x/log',
    });
  });
});

describe('humanizeFieldId', () => {
  it('turns API keys into readable labels', () => {
    expect(humanizeFieldId('date_of_birth')).to.equal('Date of birth');
    expect(humanizeFieldId('remote_id')).to.equal('Remote ID');
    expect(humanizeFieldId('candidate.first_name')).to.equal('Candidate › First name');
    expect(humanizeFieldId('home_address.zip_code')).to.equal('Home address › Zip code');
    expect(humanizeFieldId('customFields')).to.equal('Custom fields');
    expect(humanizeFieldId('ssn')).to.equal('SSN');
    expect(humanizeFieldId('___')).to.equal('___');
  });
});

describe('safeImageUrl', () => {
  it('allows https anywhere and http only on the local machine', () => {
    expect(safeImageUrl('https://cdn.example/logo.svg')).to.equal('https://cdn.example/logo.svg');
    expect(safeImageUrl('http://localhost:8000/logo.svg')).to.equal('http://localhost:8000/logo.svg');
    expect(safeImageUrl('http://127.0.0.1/logo.svg')).to.equal('http://127.0.0.1/logo.svg');
  });

  it('rejects every other scheme, relative paths and junk', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:image/svg+xml,<svg/>',
      'http://evil.example/x.svg',
      '/logo.svg',
      'logo.svg',
      '',
      null,
      undefined,
      'https://',
    ]) {
      expect(safeImageUrl(url), String(url)).to.equal(undefined);
    }
  });
});

describe('coverage', () => {
  const result = parseIntegration(healthy);
  if (!result.ok) throw new Error(result.error.message);
  const integration = result.integration;

  it('counts models, read-model fields and actions', () => {
    const summary = summarizeCoverage(integration);
    expect(summary.models).to.deep.equal({ available: 3, total: 7 });
    expect(summary.fields.total).to.equal(integration.read_models.reduce((n, m) => n + m.fields.length, 0));
    expect(summary.fields.available).to.equal(17);
    expect(summary.actions).to.deep.equal({ available: 1, total: 2 });
    expect(countFields(integration.read_models[0]!)).to.deep.equal({ available: 6, total: 10 });
  });

  it('names the most fundamental reason something is unavailable', () => {
    const item = {
      is_available: false,
      coverage_status: 'SUPPORTED',
      scope_config_setting: 'ENABLED',
      opted_out_by_customer: false,
    };
    const reason = (extra: object) => unavailableReason({ id: 'x', ...item, ...extra });
    expect(reason({ is_available: true })).to.equal(undefined);
    expect(reason({ coverage_status: 'UNSUPPORTED', scope_config_setting: 'DISABLED' })).to.equal('UNSUPPORTED');
    expect(reason({ coverage_status: 'NOT_IMPLEMENTED' })).to.equal('NOT_IMPLEMENTED');
    expect(reason({ coverage_status: 'UNKNOWN' })).to.equal('UNKNOWN');
    expect(reason({ scope_config_setting: 'DISABLED', opted_out_by_customer: true })).to.equal('DISABLED');
    expect(reason({ scope_config_setting: 'OPTIONAL', opted_out_by_customer: true })).to.equal('OPTED_OUT');
    expect(reason({ coverage_status: 'PLANNED' })).to.equal(undefined);
  });
});

describe('wording helpers', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} of {b}', { a: 1, b: 2 })).to.equal('1 of 2');
    expect(fill('{a} of {missing}', { a: 1 })).to.equal('1 of {missing}');
  });

  it('words relative times in the reader’s language', () => {
    const now = new Date('2026-11-29T12:00:00Z');
    expect(formatRelative(new Date('2023-11-20T12:00:00Z'), 'en', now)).to.equal('3 years ago');
    expect(formatRelative(new Date('2026-11-28T12:00:00Z'), 'en', now)).to.equal('yesterday');
    expect(formatRelative(new Date('2023-11-20T12:00:00Z'), 'de', now)).to.equal('vor 3 Jahren');
  });
});

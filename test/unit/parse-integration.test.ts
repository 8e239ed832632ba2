import { expect } from 'chai';
import * as z from 'zod/v4/core';
import { parseIntegration, readErrorEnvelope } from '../../src/data/parse-integration.js';
import { healthy, seed, unknownValues } from '../../demo/fixtures.mjs';
import { clone } from './clone.js';

/** The integration, or a thrown error naming what came back instead (so no check passes on a failure). */
function ok(input: unknown) {
  const result = parseIntegration(input);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.integration;
}

function failure(input: unknown, status?: number) {
  const result = parseIntegration(input, status);
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

function invalid(input: unknown) {
  const error = failure(input);
  if (error.kind !== 'invalid-data') throw new Error(`expected invalid-data, got ${error.kind}`);
  return error;
}

describe('parseIntegration', () => {
  it('accepts the success envelope, the bare data object and JSON strings of either', () => {
    for (const input of [seed, seed.data, JSON.stringify(seed), JSON.stringify(seed.data)]) {
      expect(ok(input).id).to.equal('factorial:8d1hpPsbjxUkoCoa1veLZGe5');
    }
  });

  it('reads an object with status "success" but no data key as the integration itself', () => {
    const error = invalid({ status: 'success' });
    expect(error.issues.map((issue) => issue.path)).to.include('id');
  });

  it('unwraps only the success envelope: { data } without status is not one', () => {
    const error = invalid({ data: seed.data });
    expect(error.issues.map((issue) => issue.path)).to.include('id');
  });

  it('keeps the scope configuration, with a null name when it has none', () => {
    expect(ok(seed).scope_config).to.deep.equal({ id: 'B1hu5NGyhdjSq5X3hxEz4bAN', name: 'Anonymous Scopes' });
    expect(ok({ ...seed.data, scope_config: { id: 'x' } }).scope_config).to.deep.equal({ id: 'x', name: null });
    expect(ok({ ...seed.data, scope_config: null }).scope_config).to.equal(null);
  });

  it('validates without compiling code (zod jitless), so strict-CSP pages work', () => {
    ok(seed);
    expect(z.config().jitless).to.equal(true);
  });

  it('never keeps tool.internal_label', () => {
    expect(ok(healthy).tool).to.not.have.property('internal_label');
    expect(ok(healthy).tool).to.deep.equal({
      id: 'factorial',
      label: 'Factorial',
      logo_url: healthy.tool.logo_url,
      icon_url: healthy.tool.icon_url,
    });
  });

  it('fills what older payloads lack and drops unknown keys', () => {
    const old = clone(seed.data) as Record<string, unknown>;
    delete old.write_actions;
    delete old.data_expired_at;
    delete old.beta;
    delete old.scope_config;
    old.brand_new_field = { anything: true };
    const integration = ok(old);
    expect(integration.write_actions).to.deep.equal([]);
    expect(integration.data_expired_at).to.equal(null);
    expect(integration.beta).to.equal(false);
    expect(integration.scope_config).to.equal(null);
    expect(integration).to.not.have.property('brand_new_field');
    expect(integration.read_models[0]!.fields[0]).to.deep.equal({
      id: 'date_of_birth',
      is_available: false,
      coverage_status: 'SUPPORTED',
      scope_config_setting: 'OPTIONAL',
      opted_out_by_customer: true,
    });
  });

  it('turns write_actions: null into an empty list and keeps given values', () => {
    expect(ok({ ...seed.data, write_actions: null }).write_actions).to.deep.equal([]);
    const integration = ok({ ...healthy, beta: true });
    expect(integration.beta).to.equal(true);
    expect(integration.write_actions.map((action) => action.id)).to.deep.equal([
      'hris_create_employee',
      'hris_create_absence',
    ]);
  });

  it('gives write-action fields a null scope setting and no opt-out', () => {
    const field = ok(healthy).write_actions[0]!.fields[0]!;
    expect(field).to.deep.equal({
      id: 'first_name',
      is_available: true,
      coverage_status: 'SUPPORTED',
      scope_config_setting: null,
      opted_out_by_customer: false,
    });
  });

  it('fills a model without fields with an empty list, and optional details with null', () => {
    const model: Record<string, unknown> = { ...seed.data.read_models[0] };
    delete model.fields;
    const data = {
      ...seed.data,
      read_models: [model],
      end_user: { organization_name: 'Acme' },
      tool: { id: 'factorial', label: 'Factorial' },
    };
    const integration = ok(data);
    expect(integration.read_models[0]!.fields).to.deep.equal([]);
    expect(integration.end_user).to.deep.equal({ organization_name: 'Acme', creator_email: null, origin_id: null });
    expect(integration.tool.logo_url).to.equal(null);
    expect(integration.tool.icon_url).to.equal(null);
  });

  it('accepts enum values it does not know, as their raw text', () => {
    const integration = ok(unknownValues);
    expect(integration.category).to.equal('PAYROLL');
    expect(integration.status).to.equal('PAUSED_BY_VENDOR');
    expect(integration.setup_status).to.equal('AWAITING_APPROVAL');
    expect(integration.read_models[0]!.coverage_status).to.equal('PLANNED');
  });

  it('rejects data the card cannot show, with the paths of the problems', () => {
    const noLabel = clone(seed);
    delete (noLabel.data.tool as Partial<typeof noLabel.data.tool>).label;
    const cases: [unknown, string][] = [
      [noLabel, 'tool.label'],
      [{ ...seed.data, tool: { ...seed.data.tool, label: '  ' } }, 'tool.label'],
      [{ ...seed.data, id: '' }, 'id'],
      [{ ...seed.data, id: ' \n' }, 'id'],
      [{ ...seed.data, read_models: 'none' }, 'read_models'],
      [{ ...seed.data, read_models: [{ id: 'x' }] }, 'read_models.0.label'],
      [{ ...seed.data, created_at: 42 }, 'created_at'],
      [[], ''],
      [42, ''],
      [null, ''],
    ];
    for (const [input, path] of cases) {
      const error = invalid(input);
      expect(
        error.issues.map((issue) => issue.path),
        JSON.stringify(input),
      ).to.include(path);
      expect(error.message).to.match(/^Invalid integration: /);
    }
  });

  it('says what was expected and what was found, or that it is required', () => {
    const { issues } = invalid({
      ...seed.data,
      tool: { id: 'factorial' },
      created_at: 42,
      beta: 'no',
      scope_config: [],
      read_models: [{ ...seed.data.read_models[0], label: null }],
    });
    expect(issues).to.deep.equal([
      { path: 'tool.label', message: 'required', expected: 'string', received: 'undefined' },
      { path: 'scope_config', message: 'expected an object, got an array', expected: 'object', received: 'array' },
      { path: 'created_at', message: 'expected a string, got a number', expected: 'string', received: 'number' },
      { path: 'beta', message: 'expected a boolean, got a string', expected: 'boolean', received: 'string' },
      { path: 'read_models.0.label', message: 'expected a string, got null', expected: 'string', received: 'null' },
    ]);
  });

  it('takes dates as ISO strings or Date objects (the SDK’s), and keeps ISO strings', () => {
    const integration = ok({
      ...seed.data,
      created_at: new Date('2022-08-07T14:01:29.196Z'),
      data_expired_at: new Date('2026-11-20T08:15:00.000Z'),
    });
    expect(integration.created_at).to.equal('2022-08-07T14:01:29.196Z');
    expect(integration.data_expired_at).to.equal('2026-11-20T08:15:00.000Z');
    expect(
      ok({ status: 'success', data: { ...seed.data, created_at: new Date(0), data_expired_at: null } }),
    ).to.include({
      created_at: '1970-01-01T00:00:00.000Z',
      data_expired_at: null,
    });
  });

  it('reports an invalid Date at its path', () => {
    expect(invalid({ ...seed.data, data_expired_at: new Date('never') }).issues).to.deep.equal([
      { path: 'data_expired_at', message: 'expected a valid date', expected: 'string', received: 'invalid date' },
    ]);
    expect(invalid({ ...seed.data, created_at: new Date(NaN) }).issues[0]!.path).to.equal('created_at');
  });

  it('names at most three issues in the message, every one in issues', () => {
    const error = invalid({ nothing: 'useful' });
    expect(error.issues.length).to.be.greaterThan(3);
    expect(error.message.split('; ')).to.have.length(3);
    expect(error.message).to.contain(`${error.issues[0]!.path}: ${error.issues[0]!.message}`);
  });

  it('names an empty label and id both, with "(root)" never standing for a real path', () => {
    const error = invalid({ ...seed.data, id: '', tool: { ...seed.data.tool, label: '' } });
    expect(error.issues).to.deep.equal([
      { path: 'id', message: 'must not be empty' },
      { path: 'tool.label', message: 'must not be empty' },
    ]);
    expect(error.message).to.equal('Invalid integration: id: must not be empty; tool.label: must not be empty');
    expect(invalid(42).message).to.contain('(root)');
  });

  it('reports a string that is not JSON as a parse error, with the HTTP status when given', () => {
    const error = failure('{ "status": "succ');
    expect(error.kind).to.equal('parse');
    expect(error).to.not.have.property('status');
    expect(error.message).to.be.a('string').and.not.equal('');
    expect(failure('<html>', 200)).to.include({ kind: 'parse', status: 200 });
  });

  it('turns a Kombo error envelope into an api error that keeps code, title and log_url', () => {
    const envelope = {
      status: 'error',
      error: {
        code: 'PLATFORM.INTEGRATION_NOT_FOUND',
        title: 'Not found',
        message: 'No such integration.',
        log_url: 'https://x/log',
      },
    };
    expect(failure(envelope)).to.deep.equal({
      kind: 'api',
      code: 'PLATFORM.INTEGRATION_NOT_FOUND',
      title: 'Not found',
      message: 'No such integration.',
      log_url: 'https://x/log',
    });
    expect(failure(JSON.stringify(envelope), 404)).to.include({ kind: 'api', status: 404 });
  });
});

describe('readErrorEnvelope', () => {
  it('is undefined for anything but a Kombo error envelope', () => {
    for (const value of [
      null,
      'error',
      [],
      { status: 'error' },
      { status: 'error', error: 'text' },
      { status: 'error', error: null },
      { status: 'failed', error: {} },
      seed,
    ]) {
      expect(readErrorEnvelope(value), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('falls back from the message to the title, then to the code, never to made-up words', () => {
    const read = (error: object) => readErrorEnvelope({ status: 'error', error }, 500);
    expect(read({ title: 'Rate limited', code: 'X' })).to.deep.equal({
      kind: 'api',
      message: 'Rate limited',
      status: 500,
      code: 'X',
      title: 'Rate limited',
      log_url: null,
    });
    expect(read({ code: 'PLATFORM.UNKNOWN_ERROR' })!.message).to.equal('PLATFORM.UNKNOWN_ERROR');
    expect(read({ message: 42, title: 7 })).to.include({ message: '', title: null, code: null });
  });
});

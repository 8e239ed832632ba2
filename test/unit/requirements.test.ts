import { expect } from 'chai';
import { parseIntegration } from '../../src/data/parse-integration.js';
import { readRequirements } from '../../src/data/requirement-list.js';
import { evaluateRequirements, splitRequirement } from '../../src/data/requirements.js';
import { healthy, setupIncomplete, unknownValues } from '../../demo/fixtures.mjs';

function integrationOf(data: unknown) {
  const result = parseIntegration(data);
  if (!result.ok) throw new Error(result.error.message);
  return result.integration;
}

const factorial = integrationOf(healthy);
const greenhouse = integrationOf(setupIncomplete);

function evaluate(requirements: string[], integration = factorial) {
  const result = evaluateRequirements(integration, requirements);
  if (!result) throw new Error('expected a status');
  return result;
}

describe('requirements', () => {
  it('splits at the first dot only', () => {
    expect(splitRequirement('hris_employees')).to.deep.equal({ item: 'hris_employees', field: undefined });
    expect(splitRequirement('hris_employees.date_of_birth')).to.deep.equal({
      item: 'hris_employees',
      field: 'date_of_birth',
    });
    expect(splitRequirement('ats_create_candidate.candidate.first_name')).to.deep.equal({
      item: 'ats_create_candidate',
      field: 'candidate.first_name',
    });
  });

  it('reads the attribute form: spaces, commas, or both', () => {
    expect(readRequirements('hris_employees, hris_teams  hris_employees.first_name,,')).to.deep.equal([
      'hris_employees',
      'hris_teams',
      'hris_employees.first_name',
    ]);
    expect(readRequirements('')).to.deep.equal([]);
    expect(readRequirements(null)).to.deep.equal([]);
  });

  it('is undefined without requirements, and for an empty list', () => {
    expect(evaluateRequirements(factorial, undefined)).to.equal(undefined);
    expect(evaluateRequirements(factorial, [])).to.equal(undefined);
    expect(evaluateRequirements(factorial, [''])).to.equal(undefined);
  });

  it('is met when every model, action and field asked for is available', () => {
    const { status, marks } = evaluate(['hris_employees', 'hris_employees.first_name', 'hris_create_employee']);
    expect(status).to.deep.equal({ met: true, total: 3, available: 3, missing: [] });
    expect([...marks.required]).to.deep.equal(['hris_employees', 'hris_employees.first_name', 'hris_create_employee']);
    expect([...marks.missing]).to.deep.equal([]);
  });

  it('names every reason, most fundamental first, with a readable label', () => {
    const { status, marks } = evaluate([
      'hris_employees.date_of_birth', // opted out
      'hris_employees.ssn', // disabled in scope
      'hris_employees.nationality', // the tool lacks it
      'hris_employees.bank_accounts', // not integrated
      'hris_absences.employee_note', // unknown
      'hris_timesheets', // a model the tool lacks
      'hris_legal_entities', // a model disabled in scope
      'hris_time_off_balances', // a model opted out
      'hris_payroll_runs', // not listed
      'hris_employees.shoe_size', // a field not listed
      'hris_create_absence', // an action not integrated
    ]);
    expect(status.met).to.equal(false);
    expect(status.total).to.equal(11);
    expect(status.available).to.equal(0);
    expect(status.missing).to.deep.equal([
      { requirement: 'hris_employees.date_of_birth', label: 'Employees › Date of birth', reason: 'OPTED_OUT' },
      { requirement: 'hris_employees.ssn', label: 'Employees › SSN', reason: 'DISABLED' },
      { requirement: 'hris_employees.nationality', label: 'Employees › Nationality', reason: 'UNSUPPORTED' },
      { requirement: 'hris_employees.bank_accounts', label: 'Employees › Bank accounts', reason: 'NOT_IMPLEMENTED' },
      { requirement: 'hris_absences.employee_note', label: 'Absences › Employee note', reason: 'UNKNOWN' },
      { requirement: 'hris_timesheets', label: 'Timesheets', reason: 'UNSUPPORTED' },
      { requirement: 'hris_legal_entities', label: 'Legal entities', reason: 'DISABLED' },
      { requirement: 'hris_time_off_balances', label: 'Time off balances', reason: 'OPTED_OUT' },
      { requirement: 'hris_payroll_runs', label: 'HRIS payroll runs', reason: 'NOT_LISTED' },
      { requirement: 'hris_employees.shoe_size', label: 'Employees › Shoe size', reason: 'NOT_LISTED' },
      { requirement: 'hris_create_absence', label: 'Create absence', reason: 'NOT_IMPLEMENTED' },
    ]);
    expect([...marks.missing].sort()).to.deep.equal([
      'hris_absences',
      'hris_create_absence',
      'hris_employees',
      'hris_legal_entities',
      'hris_time_off_balances',
      'hris_timesheets',
    ]);
  });

  it('reports a field of a model that is not listed as not listed, with a readable label', () => {
    expect(evaluate(['hris_payroll_runs.gross_amount']).status.missing).to.deep.equal([
      {
        requirement: 'hris_payroll_runs.gross_amount',
        label: 'HRIS payroll runs › Gross amount',
        reason: 'NOT_LISTED',
      },
    ]);
    expect(splitRequirement('.ssn')).to.deep.equal({ item: '', field: 'ssn' });
  });

  it('counts a field of an unavailable model as missing, for the model’s reason', () => {
    const { status } = evaluate(['hris_legal_entities.name', 'hris_time_off_balances.balance']);
    expect(status.missing.map((each) => each.reason)).to.deep.equal(['DISABLED', 'OPTED_OUT']);
  });

  it('reads fields of actions whose ids have dots', () => {
    const { status, marks } = evaluate(
      ['ats_create_candidate.candidate.first_name', 'ats_create_candidate.attachments.data_url'],
      greenhouse,
    );
    expect(status.available).to.equal(1);
    expect(status.missing).to.deep.equal([
      {
        requirement: 'ats_create_candidate.attachments.data_url',
        label: 'Create candidate › Attachments › Data URL',
        reason: 'UNSUPPORTED',
      },
    ]);
    expect(marks.required.has('ats_create_candidate.candidate.first_name')).to.equal(true);
  });

  it('counts duplicates once', () => {
    const { status } = evaluate(['hris_teams', 'hris_teams', 'hris_employees.ssn', 'hris_employees.ssn']);
    expect(status).to.include({ total: 2, available: 1 });
    expect(status.missing).to.have.length(1);
  });

  it('reads an unavailable item with a coverage value it does not know as unknown', () => {
    const { status } = evaluate(['hris_payslips', 'hris_payslips.gross_amount'], integrationOf(unknownValues));
    expect(status.missing.map((each) => each.reason)).to.deep.equal(['UNKNOWN', 'UNKNOWN']);
  });

  it('prefers the read model when an action has the same id', () => {
    const both = integrationOf({
      ...healthy,
      write_actions: [{ ...healthy.write_actions[0], id: 'hris_employees', is_available: false }],
    });
    expect(evaluate(['hris_employees'], both).status.met).to.equal(true);
  });
});

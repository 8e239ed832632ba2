import { expect } from 'chai';
import { parseIntegration } from '../../src/data/parse-integration.js';
import { countAll, filterCoverage, fold, highlight, terms } from '../../src/find/match.js';
import { humanizeFieldId } from '../../src/i18n/field-label.js';
import { healthy, setupIncomplete } from '../../demo/fixtures.mjs';

function integrationOf(data: unknown) {
  const result = parseIntegration(data);
  if (!result.ok) throw new Error(result.error.message);
  return result.integration;
}

const factorial = integrationOf(healthy);

/**
 * `kind:item → field ids` of what a filter keeps, with `+` for items opened through their fields. A
 * fresh integration each time: the search index is kept per integration object.
 */
function kept(query: string, availability: 'all' | 'available' | 'unavailable' = 'all', data: unknown = healthy) {
  const result = filterCoverage(integrationOf(data), query, availability);
  if (!result) throw new Error('expected a filter');
  return result.items.map(
    (match) => `${match.throughFields ? '+' : ''}${match.item.id}: ${match.fields.map((field) => field.id).join(' ')}`,
  );
}

describe('matching', () => {
  it('folds case and accents', () => {
    expect(fold('Gebürtsdatum ÉLÈVE')).to.equal('geburtsdatum eleve');
    expect(terms('  Date   of BIRTH ')).to.deep.equal(['date', 'of', 'birth']);
    expect(terms('')).to.deep.equal([]);
  });

  it('filters nothing without text or availability', () => {
    expect(filterCoverage(factorial, '', 'all')).to.equal(undefined);
    expect(filterCoverage(factorial, '   ', 'all')).to.equal(undefined);
  });

  it('finds a field by its readable label and by its id, and opens its model with only that field', () => {
    expect(kept('Date of birth')).to.deep.equal(['+hris_employees: date_of_birth']);
    expect(kept('date_of_birth')).to.deep.equal(['+hris_employees: date_of_birth']);
    expect(kept('BIRTH')).to.deep.equal(['+hris_employees: date_of_birth']);
  });

  it('ignores accents and case in the query', () => {
    expect(kept('dáte ÓF bírth')).to.deep.equal(['+hris_employees: date_of_birth']);
  });

  it('keeps an item whose own label or id matches with all its fields, unopened', () => {
    expect(kept('teams')).to.deep.equal(['hris_teams: name type parent_id']);
    expect(kept('hris_teams')).to.deep.equal(['hris_teams: name type parent_id']);
  });

  it('needs every word, found in the field or its item', () => {
    expect(kept('employees birth')).to.deep.equal(['+hris_employees: date_of_birth']);
    expect(kept('birth teams')).to.deep.equal([]);
    expect(kept('start date')).to.deep.equal([
      '+hris_absences: start_date',
      '+hris_performance_review_cycles: review_period_start_date',
      '+hris_create_absence: start_date',
    ]);
  });

  it('reads action field ids with dots, by label and by id', () => {
    expect(kept('candidate first', 'all', setupIncomplete)).to.deep.equal([
      '+ats_candidates: first_name',
      '+ats_create_candidate: candidate.first_name',
    ]);
    expect(kept('candidate.email_address', 'all', setupIncomplete)).to.deep.equal([
      '+ats_create_candidate: candidate.email_address',
    ]);
    expect(kept('Candidate › Last', 'all', setupIncomplete)).to.deep.equal([
      '+ats_create_candidate: candidate.last_name',
    ]);
  });

  it('finds a field by every word of the label the card shows for it', () => {
    const ids = ['date_of_birth', 'remoteId', 'candidate.first_name', 'bank_accounts.iban', 'Employee-IDs', 'x.y_z'];
    const fields = ids.map((id) => ({ id, is_available: true, coverage_status: 'SUPPORTED' }));
    const data = { ...healthy, read_models: [{ ...healthy.read_models[0], id: 'm', label: 'M', fields }] };
    for (const id of ids) {
      const label = humanizeFieldId(id);
      expect(kept(label, 'all', data), label).to.deep.equal([`+m: ${id}`]);
      for (const word of label.split(' ')) expect(kept(word, 'all', data).join(), `${label}: ${word}`).to.contain(id);
    }
  });

  it('applies availability to items and fields alike, alone or with text', () => {
    expect(kept('', 'unavailable')).to.deep.equal([
      '+hris_employees: date_of_birth ssn nationality bank_accounts',
      '+hris_absences: employee_note',
      'hris_time_off_balances: ',
      'hris_performance_review_cycles: review_period_start_date',
      'hris_timesheets: ',
      'hris_legal_entities: ',
      '+hris_create_employee: home_address.city',
      'hris_create_absence: ',
    ]);
    expect(kept('', 'available')).to.deep.include('hris_teams: name type parent_id');
    expect(kept('', 'available')).to.deep.include('+hris_time_off_balances: balance balance_unit');
    expect(kept('employees', 'unavailable')).to.deep.equal([
      '+hris_employees: date_of_birth ssn nationality bank_accounts',
    ]);
    expect(kept('teams', 'unavailable')).to.deep.equal([]);
  });

  it('counts everything the lists show without a filter, action fields included', () => {
    const integration = integrationOf(setupIncomplete);
    const fields = (items: { fields: unknown[] }[]) => items.reduce((n, item) => n + item.fields.length, 0);
    expect(countAll(integration)).to.deep.equal({
      models: integration.read_models.length,
      actions: integration.write_actions.length,
      fields: fields(integration.read_models) + fields(integration.write_actions),
    });
    expect(fields(integration.write_actions)).to.be.above(0);
    expect(countAll({ ...integration, read_models: [], write_actions: [] })).to.deep.equal({
      models: 0,
      actions: 0,
      fields: 0,
    });
  });

  it('counts what it keeps, models apart from actions', () => {
    const result = filterCoverage(integrationOf(healthy), 'date', 'all')!;
    expect(result.items.map((match) => match.kind)).to.deep.equal(['model', 'model', 'model', 'action']);
    // date_of_birth, termination_date, start_date, end_date, review_period_start_date; the action's two.
    expect(result.counts).to.deep.equal({ models: 3, actions: 1, fields: 7 });
    expect(result.terms).to.deep.equal(['date']);
  });

  it('folds an integration’s words once, not on every keystroke', () => {
    const integration = integrationOf(healthy);
    const lower = String.prototype.toLowerCase;
    let folded = 0;
    let first = 0;
    String.prototype.toLowerCase = function (this: string) {
      folded++;
      return lower.call(this);
    };
    try {
      filterCoverage(integration, 'birth', 'all');
      first = folded;
      filterCoverage(integration, 'bir', 'all');
      filterCoverage(integration, 'birt', 'unavailable');
    } finally {
      String.prototype.toLowerCase = lower;
    }
    // Asserted after the count stops: chai lower-cases too.
    const fields = integration.read_models.reduce((sum, model) => sum + model.fields.length, 0);
    expect(first).to.be.greaterThan(fields);
    expect(folded - first).to.equal(2, 'only the two queries');
    expect(filterCoverage(integration, 'birth', 'all')!.items[0]!.item).to.equal(integration.read_models[0]);
  });
});

describe('highlight', () => {
  const marked = (text: string, query: string) =>
    highlight(text, terms(query))
      .map((run) => (run.match ? `[${run.text}]` : run.text))
      .join('');

  it('marks every occurrence of every word, in the text’s own spelling', () => {
    expect(marked('Date of birth', 'birth')).to.equal('Date of [birth]');
    expect(marked('date_of_birth', 'DATE birth')).to.equal('[date]_of_[birth]');
    expect(marked('Ausbildungsdatum', 'datum')).to.equal('Ausbildungs[datum]');
    expect(marked('Élève, élève', 'eleve')).to.equal('[Élève], [élève]');
    expect(marked('Ge\u0301burt', 'geburt')).to.equal('[Ge\u0301burt]');
    // Text without a single ASCII character is folded too.
    expect(marked('ÉÈ', 'ee')).to.equal('[ÉÈ]');
  });

  it('gives runs of text, each marked or not', () => {
    expect(highlight('Date of birth', ['birth'])).to.deep.equal([
      { text: 'Date of ', match: false },
      { text: 'birth', match: true },
    ]);
    expect(highlight('ab', [])).to.deep.equal([{ text: 'ab', match: false }]);
    expect(highlight('', ['a'])).to.deep.equal([]);
  });

  it('joins overlapping matches and leaves text without a query alone', () => {
    expect(marked('banana', 'ana')).to.equal('b[anana]');
    expect(marked('Date of birth', '')).to.equal('Date of birth');
    expect(marked('Date of birth', 'zebra')).to.equal('Date of birth');
  });
});

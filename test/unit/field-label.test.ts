import { expect } from 'chai';
import { fieldLabel, humanizeFieldId } from '../../src/i18n/field-label.js';

describe('humanizeFieldId', () => {
  const cases: [string, string][] = [
    ['date_of_birth', 'Date of birth'],
    ['remote_id', 'Remote ID'],
    ['candidate.first_name', 'Candidate › First name'],
    ['home_address.zip_code', 'Home address › Zip code'],
    ['customFields', 'Custom fields'],
    ['employeeID', 'Employee ID'],
    ['employee_ids', 'Employee IDs'],
    ['avatar_url', 'Avatar URL'],
    ['image_urls', 'Image URLs'],
    ['api_key', 'API key'],
    ['ats_id', 'ATS ID'],
    ['hris_id', 'HRIS ID'],
    ['lms_course', 'LMS course'],
    ['ssn', 'SSN'],
    ['iban', 'IBAN'],
    ['bic', 'BIC'],
    ['vat_number', 'VAT number'],
    ['eeo.gender', 'EEO › Gender'],
    ['utc_offset', 'UTC offset'],
    ['ip_address', 'IP address'],
    ['cv', 'CV'],
    ['sso_enabled', 'SSO enabled'],
    ['idx', 'Idx'],
    ['is', 'Is'],
    ['Employee-Number', 'Employee number'],
    ['work  email', 'Work email'],
    ['id', 'ID'],
    ['x', 'X'],
    ['___', '___'],
    ['', ''],
  ];
  for (const [id, label] of cases) {
    it(`${JSON.stringify(id)} → ${JSON.stringify(label)}`, () => {
      expect(humanizeFieldId(id)).to.equal(label);
    });
  }

  it('skips empty segments between dots', () => {
    expect(humanizeFieldId('a..b')).to.equal('A › B');
  });
});

describe('fieldLabel', () => {
  it('is the readable label of a field’s id, worked out once per field', () => {
    const field = { id: 'date_of_birth' };
    expect(fieldLabel(field)).to.equal('Date of birth');
    field.id = 'changed_later'; // remembered for this field object
    expect(fieldLabel(field)).to.equal('Date of birth');
    expect(fieldLabel({ id: 'changed_later' })).to.equal('Changed later');
  });
});

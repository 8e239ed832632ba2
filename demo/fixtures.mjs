// Realistic integrations for the demo, the mock backend and the tests (one source for all three).
// Shapes follow ../shared/API-NOTES.md: the live API, which is richer than the seed page.

// Where the tools' logos are. The browser tests set `globalThis.KOMBO_FIXTURE_LOGOS` to their own
// server before this module loads (web-test-runner.config.mjs), so they never reach the network.
const logos = globalThis.KOMBO_FIXTURE_LOGOS ?? 'https://storage.googleapis.com/kombo-assets/integrations/';
const assets = (tool) => ({ logo_url: `${logos}${tool}/logo.svg`, icon_url: `${logos}${tool}/icon.svg` });

const field = (id, is_available = true, extra = {}) => ({
  id,
  is_available,
  coverage_status: 'SUPPORTED',
  scope_config_setting: 'ENABLED',
  opted_out_by_customer: false,
  ...extra,
});

const employeeFields = [
  field('first_name'),
  field('last_name'),
  field('work_email'),
  field('date_of_birth', false, { scope_config_setting: 'OPTIONAL', opted_out_by_customer: true }),
  field('ssn', false, { scope_config_setting: 'DISABLED' }),
  field('employment_status'),
  field('termination_date'),
  field('remote_id'),
  field('nationality', false, { coverage_status: 'UNSUPPORTED' }),
  field('bank_accounts', false, { coverage_status: 'NOT_IMPLEMENTED' }),
];

const model = (id, label, fields, extra = {}) => ({
  id,
  label,
  is_available: true,
  coverage_status: 'SUPPORTED',
  scope_config_setting: 'ENABLED',
  opted_out_by_customer: false,
  fields,
  ...extra,
});

const hrisModels = [
  model('hris_employees', 'Employees', employeeFields),
  model('hris_teams', 'Teams', [field('name'), field('type'), field('parent_id')]),
  model(
    'hris_absences',
    'Absences',
    [
      field('start_date'),
      field('end_date'),
      field('status'),
      field('employee_note', false, { coverage_status: 'UNKNOWN' }),
    ],
    {
      scope_config_setting: 'OPTIONAL',
    },
  ),
  model('hris_time_off_balances', 'Time off balances', [field('balance'), field('balance_unit')], {
    is_available: false,
    scope_config_setting: 'OPTIONAL',
    opted_out_by_customer: true,
  }),
  model(
    'hris_performance_review_cycles',
    'Performance review cycles',
    [field('name'), field('review_period_start_date', false, { coverage_status: 'UNKNOWN' })],
    {
      is_available: false,
      coverage_status: 'NOT_IMPLEMENTED',
    },
  ),
  model('hris_timesheets', 'Timesheets', [], { is_available: false, coverage_status: 'UNSUPPORTED' }),
  model('hris_legal_entities', 'Legal entities', [field('name'), field('address')], {
    is_available: false,
    scope_config_setting: 'DISABLED',
  }),
];

const writeField = (id, is_available = true, coverage_status = 'SUPPORTED') => ({ id, is_available, coverage_status });

const hrisActions = [
  model('hris_create_employee', 'Create employee', [
    writeField('first_name'),
    writeField('last_name'),
    writeField('work_email'),
    writeField('home_address.city', false, 'NOT_IMPLEMENTED'),
  ]),
  model(
    'hris_create_absence',
    'Create absence',
    [writeField('employee_id'), writeField('start_date'), writeField('end_date')],
    {
      is_available: false,
      coverage_status: 'NOT_IMPLEMENTED',
    },
  ),
];

/** The integration from Kombo's documentation page, whole. */
export const seed = {
  status: 'success',
  data: {
    id: 'factorial:8d1hpPsbjxUkoCoa1veLZGe5',
    tool: { id: 'factorial', label: 'Factorial', internal_label: null, ...assets('factorial') },
    category: 'HRIS',
    status: 'ACTIVE',
    setup_status: 'COMPLETED',
    end_user: {
      organization_name: 'Acme',
      creator_email: 'example-integration-creator@acme.com',
      origin_id: '2DQJAUtSzzzKP9buDTvUvPk3',
    },
    scope_config: { id: 'B1hu5NGyhdjSq5X3hxEz4bAN', name: 'Anonymous Scopes' },
    created_at: '2022-08-07T14:01:29.196Z',
    beta: false,
    read_models: [
      {
        id: 'hris_employees',
        label: 'Employees',
        is_available: true,
        coverage_status: 'SUPPORTED',
        scope_config_setting: 'ENABLED',
        opted_out_by_customer: false,
        fields: [
          {
            id: 'date_of_birth',
            is_available: false,
            coverage_status: 'SUPPORTED',
            scope_config_setting: 'OPTIONAL',
            opted_out_by_customer: true,
          },
        ],
      },
    ],
  },
};

const base = (id, tool, label, category, extra = {}) => ({
  id: `${tool}:${id}`,
  tool: { id: tool, label, internal_label: `${tool}-v2-debug`, ...assets(tool) },
  category,
  status: 'ACTIVE',
  setup_status: 'COMPLETED',
  end_user: { organization_name: 'Acme GmbH', creator_email: 'hr-admin@acme.example', origin_id: 'acme-42' },
  scope_config: { id: 'B1hu5NGyhdjSq5X3hxEz4bAN', name: 'Default HR scopes' },
  created_at: '2024-03-14T09:26:53.000Z',
  data_expired_at: null,
  beta: false,
  read_models: hrisModels,
  write_actions: hrisActions,
  ...extra,
});

export const healthy = base('8d1hpPsbjxUkoCoa1veLZGe5', 'factorial', 'Factorial', 'HRIS');

export const credentialsInvalid = base('Vq3cTf1o2ZrPnJq8b3Vt9kqH', 'personio', 'Personio', 'HRIS', {
  status: 'INVALID',
  end_user: { organization_name: 'Nordlicht AG', creator_email: null, origin_id: 'cust_1187' },
});

export const setupIncomplete = base('GvX2m8RZrQ8mKfa1bSeS3HkW', 'greenhouse', 'Greenhouse', 'ATS', {
  setup_status: 'INCOMPLETE',
  scope_config: { id: 'ats-scopes-7', name: 'Recruiting essentials' },
  read_models: [
    model('ats_jobs', 'Jobs', [
      field('name'),
      field('job_code'),
      field('confidential', false, { coverage_status: 'UNSUPPORTED' }),
    ]),
    model('ats_candidates', 'Candidates', [
      field('first_name'),
      field('last_name'),
      field('email_addresses'),
      field('social_media', false, { coverage_status: 'NOT_IMPLEMENTED' }),
    ]),
    model('ats_applications', 'Applications', [field('current_stage'), field('outcome')]),
  ],
  write_actions: [
    model('ats_create_candidate', 'Create candidate', [
      writeField('candidate.first_name'),
      writeField('candidate.last_name'),
      writeField('candidate.email_address'),
      writeField('attachments.data_url', false, 'UNSUPPORTED'),
    ]),
  ],
});

export const finalSyncPending = base('Lr7YwC5tDq1sGm0aPzXuE2bN', 'bamboohr', 'BambooHR', 'HRIS', {
  setup_status: 'FINAL_SYNC_PENDING',
  created_at: new Date(Date.now() - 20 * 60 * 1000).toISOString(),
});

export const dataExpired = base('Hc4ZqN8wVb2kTy6rJm1xLs0P', 'workday', 'Workday', 'HRIS', {
  data_expired_at: '2026-11-20T08:15:00.000Z',
  status: 'INACTIVE',
});

export const beta = base('Pk9sQw2eRt5yUi8oLa3dFg6H', 'docebo', 'Docebo', 'LMS', {
  beta: true,
  scope_config: { id: 'lms-1', name: null },
  read_models: [
    model('lms_courses', 'Courses', [field('title'), field('description'), field('language')]),
    model('lms_course_progressions', 'Course progressions', [field('status'), field('completed_at')]),
  ],
  write_actions: [],
});

/** Values the API may add tomorrow: shown as raw text, never an error. */
export const unknownValues = base('Zz0unknownValues00000000', 'newtool', 'Newtool', 'PAYROLL', {
  status: 'PAUSED_BY_VENDOR',
  setup_status: 'AWAITING_APPROVAL',
  tool: {
    id: 'newtool',
    label: 'Newtool',
    internal_label: null,
    logo_url: 'javascript:alert(1)',
    icon_url: 'data:image/svg+xml,<svg/>',
  },
  read_models: [
    model('hris_payslips', 'Payslips', [field('gross_amount', false, { coverage_status: 'PLANNED' })], {
      is_available: false,
      coverage_status: 'PLANNED',
      scope_config_setting: 'REQUIRED',
    }),
  ],
  write_actions: undefined,
});

/** `models` read models of `fields` fields each: the size of the largest real integrations. */
export function large(models = 50, fields = 200) {
  return base('LargeLargeLargeLargeLarg', 'sap-successfactors', 'SAP SuccessFactors', 'HRIS', {
    read_models: Array.from({ length: models }, (_, m) =>
      model(
        `hris_model_${m}`,
        `Model ${m + 1}`,
        Array.from({ length: fields }, (_, f) =>
          field(`custom_field_${m}_${f}`, f % 3 !== 0, f % 3 === 0 ? { coverage_status: 'NOT_IMPLEMENTED' } : {}),
        ),
        m % 4 === 0 ? { is_available: false, scope_config_setting: 'DISABLED' } : {},
      ),
    ),
  });
}

/** The demo's integrations by the id used in its mock backend's URLs. */
export const integrations = {
  healthy,
  'credentials-invalid': credentialsInvalid,
  'setup-incomplete': setupIncomplete,
  'final-sync-pending': finalSyncPending,
  'data-expired': dataExpired,
  beta,
  'unknown-values': unknownValues,
  large: large(),
  seed: seed.data,
};

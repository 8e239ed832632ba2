/**
 * Every text the card shows, in English. Other languages and host overrides (`strings`) use the
 * same keys; `{name}` placeholders are filled in by `translate()`. Keys named after an API value
 * (`status.ACTIVE`) are looked up dynamically: a value with no key is shown as its raw text.
 */
export const en = {
  'empty.title': 'No integration to show yet',
  'empty.body': 'Once a tool is connected, its health and data coverage appear here.',
  loading: 'Loading integration…',
  refreshing: 'Updating…',

  'error.title': 'This integration can’t be shown',
  'error.refreshTitle': 'Couldn’t update. Showing the last loaded details.',
  'error.invalid-data': 'The integration data is incomplete or malformed.',
  'error.parse': 'The server did not send integration data.',
  'error.network': 'The integration couldn’t be loaded. Check the connection and try again.',
  'error.timeout': 'The server took too long to answer. Try again in a moment.',
  'error.http': 'The server answered with an error (HTTP {status}).',
  'error.api': 'Kombo reported an error.',
  'error.issues': 'What is wrong',
  retry: 'Try again',

  'category.HRIS': 'HR software',
  'category.ATS': 'Applicant tracking',
  'category.ASSESSMENT': 'Assessment',
  'category.LMS': 'Learning management',
  beta: 'Beta',
  logo: '{tool} logo',

  'health.title': 'Connection health',
  'status.ACTIVE': 'Active',
  'status.ACTIVE.hint': 'Data is syncing as expected.',
  'status.INVALID': 'Credentials invalid',
  'status.INVALID.hint': 'Syncing stopped because the login is no longer valid. Reconnect the integration to resume.',
  'status.INACTIVE': 'Inactive',
  'status.INACTIVE.hint': 'Syncing is paused because the integration was switched off. It can be switched back on.',
  'status.label': 'Status',
  'setup.COMPLETED': 'Setup complete',
  'setup.COMPLETED.hint': 'Setup is finished and data is available.',
  'setup.INCOMPLETE': 'Setup incomplete',
  'setup.INCOMPLETE.hint':
    'Steps such as filters or field mapping are unfinished, so there is no data yet. Finish the setup to start syncing.',
  'setup.FINAL_SYNC_PENDING': 'Final sync pending',
  'setup.FINAL_SYNC_PENDING.hint': 'Setup is done and the final sync is running. Data arrives when it finishes.',
  'setup.label': 'Setup',
  'expired.title': 'Synced data is out of date',
  'expired.body': 'A configuration change on {date} invalidated it. The next successful sync replaces it.',

  'details.title': 'Connection details',
  'details.organization': 'Organization',
  'details.creator': 'Connected by',
  'details.origin': 'Customer ID',
  'details.scope': 'Scope configuration',
  'details.created': 'Connected on',
  'details.createdValue': '{date} ({relative})',
  'details.id': 'Integration ID',
  'details.none': 'Not provided',

  'coverage.title': 'Data coverage',
  'coverage.models': '{available} of {total} data models available',
  'coverage.fields': '{available} of {total} fields available',
  'coverage.actions': '{available} of {total} actions available',

  'models.title': 'Data that can be read',
  'models.empty': 'No data models are listed for this integration.',
  'actions.title': 'Actions that can be performed',
  'actions.empty': 'No actions are listed for this integration.',
  'item.fields': '{available} of {total} fields available',
  'item.noFields': 'No fields listed',
  'fields.loading': 'Loading fields…',
  'fields.caption': 'Fields of {item}',
  'fields.name': 'Field',
  'fields.availability': 'Availability',
  'fields.reason': 'Details',

  available: 'Available',
  unavailable: 'Not available',
  'coverage.SUPPORTED': 'Supported',
  'coverage.UNSUPPORTED': 'Not offered by the tool',
  'coverage.NOT_IMPLEMENTED': 'Not integrated yet',
  'coverage.UNKNOWN': 'Not integrated yet',
  'scope.ENABLED': 'Enabled in scope',
  'scope.DISABLED': 'Disabled in scope',
  'scope.OPTIONAL': 'Optional in scope',
  optedOut: 'Opted out by customer',
  'reason.UNSUPPORTED': '{tool} doesn’t offer this.',
  'reason.NOT_IMPLEMENTED': '{tool} offers this, but Kombo hasn’t integrated it yet.',
  'reason.UNKNOWN': 'Not integrated yet; whether {tool} offers it is unknown.',
  'reason.DISABLED': 'Switched off in the scope configuration.',
  'reason.OPTED_OUT': 'The customer opted out while connecting.',
};

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

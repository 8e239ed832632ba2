/** English words of the error views; they arrive with their chunk (see `i18n/strings.ts`). */
export const errorsEn = {
  'error.refreshTitle': 'Couldn’t update. Showing the last loaded details.',
  'error.invalid-data': 'The integration data is incomplete or malformed.',
  'error.json': 'The data is not valid JSON.',
  'error.parse': 'The server did not send integration data.',
  'error.network': 'The integration couldn’t be loaded. Check the connection and try again.',
  'error.timeout': 'The server took too long to answer. Try again in a moment.',
  'error.http': 'The server answered with an error (HTTP {status}).',
  'error.api': 'The integration service reported an error.',
  'error.issues': 'What is wrong',
  retry: 'Try again',
};

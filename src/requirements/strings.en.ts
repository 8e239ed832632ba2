/** English words of the required-data region; they arrive with its chunk (see `i18n/strings.ts`). */
export const requirementsEn = {
  'needs.title': 'Data this app needs',
  'needs.headline': '{available} of {total} data points this app needs are available',
  'needs.missingCount': '{count} missing',
  'needs.required': 'Required',
  'needs.missingHere': 'Required data missing',
  'needs.reason.OPTED_OUT': 'It was left out when the integration was connected.',
  'needs.reason.DISABLED': 'It is switched off in this app’s settings for the integration.',
  'needs.reason.UNSUPPORTED': '{tool} doesn’t offer it.',
  'needs.reason.NOT_IMPLEMENTED': '{tool} offers it, but it isn’t available through this integration yet.',
  'needs.reason.UNKNOWN': 'It isn’t available through this integration yet; whether {tool} offers it is unknown.',
  'needs.reason.NOT_LISTED': 'This integration doesn’t list it.',
  'needs.next.OPTED_OUT': 'Reconnect and allow it.',
  'needs.next.DISABLED': 'The app’s provider has to switch it on; there is nothing to do on your side.',
  'needs.next.cannotFix': 'This can’t be fixed from here.',
};

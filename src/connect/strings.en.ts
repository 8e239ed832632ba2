/** English words of the repair flow; they arrive with its chunk (see `i18n/strings.ts`). */
export const connectEn = {
  'connect.failed.relink': 'Couldn’t start reconnecting.',
  'connect.failed.setup': 'Couldn’t open the setup.',
  'connect.badLink': 'The server didn’t send a usable link.',
  'error.connect': 'The connection window couldn’t open. Close any other one and try again.',
  'connect.frame.relink': 'Reconnect {tool}',
  'connect.frame.setup': 'Finish setting up {tool}',
};

/** English words of the field rows' table head; they arrive with its chunk (see `i18n/strings.ts`). */
export const fieldTableEn = {
  'fields.caption': 'Fields of {item}',
  'fields.name': 'Field',
  'fields.availability': 'Availability',
  'fields.reason': 'Details',
};

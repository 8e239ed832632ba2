/** English words of search; they arrive with its chunk (see `i18n/strings.ts`). */
export const findEn = {
  'find.label': 'Find a data model or field',
  'find.show': 'Show',
  'find.all': 'All',
  'find.models.one': '{count} data model',
  'find.models.other': '{count} data models',
  'find.actions.one': '{count} action',
  'find.actions.other': '{count} actions',
  'find.fields.one': '{count} field',
  'find.fields.other': '{count} fields',
  'find.result': 'Showing {fields} in {items}.',
  'find.resultItems': 'Showing {items}.',
  'find.none': 'Nothing matches “{query}”.',
  'find.noneFilter': 'Nothing matches this filter.',
  'find.clear': 'Clear the filter',
};

const ACRONYMS = new Set([
  'id',
  'url',
  'api',
  'ats',
  'hris',
  'lms',
  'ssn',
  'iban',
  'bic',
  'vat',
  'eeo',
  'utc',
  'ip',
  'cv',
  'sso',
]);

function words(segment: string): string[] {
  return segment
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[_\-\s]/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/** `id` → `ID`, and plurals of acronyms keep a small s: `ids` → `IDs`. */
function acronym(word: string): string {
  if (ACRONYMS.has(word)) return word.toUpperCase();
  const singular = word.slice(0, -1);
  return word.endsWith('s') && ACRONYMS.has(singular) ? `${singular.toUpperCase()}s` : word;
}

function sentence(segment: string): string {
  const parts = words(segment).map(acronym);
  const [first = '', ...rest] = parts;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}

/**
 * A readable label for an API key, since fields have none: `date_of_birth` → "Date of birth",
 * `remote_id` → "Remote ID", `candidate.first_name` → "Candidate › First name". Falls back to the
 * id itself when nothing readable is left.
 */
export function humanizeFieldId(id: string): string {
  const label = id.split('.').map(sentence).filter(Boolean).join(' › ');
  return label || id;
}

// Worked out once per field of an integration (a table re-renders, search indexes them all).
const labels = new WeakMap<{ id: string }, string>();

/** `humanizeFieldId` of a field's id, remembered for that field. */
export function fieldLabel(field: { id: string }): string {
  let label = labels.get(field);
  if (label === undefined) labels.set(field, (label = humanizeFieldId(field.id)));
  return label;
}

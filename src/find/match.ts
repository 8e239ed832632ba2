import type { CoverageField, CoverageItem, Integration } from '../data/integration.js';

export type Availability = 'all' | 'available' | 'unavailable';
export type ItemKind = 'model' | 'action';

/** One model or action the filter keeps, with the fields it shows. */
export interface ItemMatch {
  kind: ItemKind;
  item: CoverageItem;
  /** The fields to show: all of them (filtered by availability) when the item itself matched. */
  fields: CoverageField[];
  /** Matched only through its fields: it opens by itself, so the answer is on screen. */
  throughFields: boolean;
}

export interface FilterResult {
  /** Kept items in list order, models then actions. */
  items: ItemMatch[];
  counts: { models: number; actions: number; fields: number };
  /** The normalised words of the query, for highlighting. */
  terms: string[];
  /** Marks these terms in a text (made by whoever renders the result, and kept while it is). */
  mark?: (text: string) => unknown;
}

/** Folds case and accents: "Gebürtsdatum" and "GEBURTSDATUM" compare equal. */
export function fold(text: string): string {
  // ASCII (nearly every id and label) has no accents to take off.
  return /^[\0-\x7f]*$/.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The text a field is found by: its id, folded. Every word of its readable label ("Date of birth"
 * for `date_of_birth`) is a piece of the id, and query words hold no spaces, so the id finds all
 * that the label would; only the label's " › " (for a dotted id) is added.
 */
function fieldWords(id: string): string {
  return fold(id.includes('.') ? `${id} ›` : id);
}

/** The words of a query, folded; every one must match. */
export function terms(query: string): string[] {
  return fold(query).split(/\s/).filter(Boolean);
}

const passes = (availability: Availability, available: boolean) =>
  availability === 'all' || (availability === 'available') === available;

interface IndexedItem {
  kind: ItemKind;
  item: CoverageItem;
  /** Label and id, folded. */
  text: string;
  /** Each field's id and readable label, folded. */
  fields: string[];
}

// Folding 20,000 field ids and labels takes longer than a keystroke should: once per integration.
const indexes = new WeakMap<Integration, IndexedItem[]>();

function indexOf(integration: Integration): IndexedItem[] {
  let index = indexes.get(integration);
  if (!index) {
    const entry = (kind: ItemKind) => (item: CoverageItem) => ({
      kind,
      item,
      text: fold(`${item.label} ${item.id}`),
      fields: item.fields.map((field) => fieldWords(field.id)),
    });
    index = [...integration.read_models.map(entry('model')), ...integration.write_actions.map(entry('action'))];
    indexes.set(integration, index);
  }
  return index;
}

/**
 * What a filter keeps. Text matches model and action labels and ids, field ids and the readable
 * labels the card shows; a field also matches through its item's words ("employees birth"). An item
 * whose own words match keeps all its fields; one that matches only through fields keeps those and
 * opens. Availability applies to items and fields alike. `undefined` when nothing filters.
 */
export function filterCoverage(
  integration: Integration,
  query: string,
  availability: Availability,
): FilterResult | undefined {
  const words = terms(query);
  if (words.length === 0 && availability === 'all') return undefined;
  const all = (text: string) => words.every((word) => text.includes(word));
  const items: ItemMatch[] = [];
  const counts = { models: 0, actions: 0, fields: 0 };
  for (const entry of indexOf(integration)) {
    const { item } = entry;
    const own = all(entry.text) && passes(availability, item.is_available);
    // Without its own match, a field needs every word somewhere in its words or its item's.
    const fields = item.fields.filter(
      (field, i) =>
        passes(availability, field.is_available) &&
        (own || words.every((word) => entry.fields[i]!.includes(word) || entry.text.includes(word))),
    );
    if (!own && fields.length === 0) continue;
    items.push({ kind: entry.kind, item, fields, throughFields: !own });
    counts[entry.kind === 'model' ? 'models' : 'actions']++;
    counts.fields += fields.length;
  }
  return { items, counts, terms: words };
}

/** What the lists show without a filter: every model, action and field (models' and actions'). */
export function countAll(integration: Integration): FilterResult['counts'] {
  const { read_models: models, write_actions: actions } = integration;
  let fields = 0;
  for (const item of [...models, ...actions]) fields += item.fields.length;
  return { models: models.length, actions: actions.length, fields };
}

/**
 * Splits `text` into runs that do and do not contain one of `words` (folded), for `<mark>`: the
 * highlight is found accent- and case-insensitively but shown in the text's own spelling.
 */
export function highlight(text: string, words: readonly string[]): { text: string; match: boolean }[] {
  // Folds character by character, so every folded position points back into the original text
  // (ASCII, most ids and labels, folds to itself in place).
  let folded = text.toLowerCase();
  let origin: number[] | undefined;
  if (/[^ -~\t\n\r]/.test(text)) {
    folded = '';
    origin = [];
    let offset = 0;
    for (const char of text) {
      const part = fold(char);
      folded += part;
      for (let i = 0; i < part.length; i++) origin.push(offset);
      offset += char.length;
    }
    origin.push(text.length);
  }
  const at = (index: number) => (origin ? origin[index]! : index);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    for (let found = folded.indexOf(word); found >= 0; found = folded.indexOf(word, found + 1)) {
      const end = at(found + word.length);
      for (let i = at(found); i < end; i++) marked[i] = true;
    }
  }
  const runs: { text: string; match: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = runs.at(-1);
    if (last && last.match === marked[i]) last.text += text[i];
    else runs.push({ text: text[i]!, match: marked[i]! });
  }
  return runs;
}

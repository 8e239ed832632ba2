import { intl } from './intl-cache.js';
import type { StringKey, Strings } from './strings.js';

export type Vars = Record<string, string | number>;

/**
 * Each template split once into text and placeholder names (odd places), for every later fill. Kept
 * for the page's life, so bounded: a host that builds its override words anew each time cannot grow it.
 * Exported for the tests, which start each from an empty one.
 */
export const splitTemplates = new Map<string, string[]>();

const split = (template: string): string[] => (
  splitTemplates.size > 999 && splitTemplates.clear(),
  splitTemplates.set(template, template.split(/\{(\w+)\}/)).get(template)!
);

/**
 * Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. A template
 * is split once, not matched by a regular expression on every fill: an item's words are filled for
 * every model of the first render.
 */
export const fill = (template: string, vars: Vars = {}): string =>
  (splitTemplates.get(template) ?? split(template))
    .map((part, i) => (i % 2 ? (Object.hasOwn(vars, part) ? vars[part] : `{${part}}`) : part))
    .join('');

export interface Translator {
  locale: string;
  t(key: StringKey, vars?: Vars): string;
  /** Wording of an open API enum (`status.ACTIVE`): a value with no wording shows as its raw text. */
  value(prefix: string, value: string, suffix?: string): string | undefined;
  number(value: number): string;
}

export function createTranslator(locale: string, strings: Partial<Strings>): Translator {
  const numberFormat = intl(`number|${locale}`, () => new Intl.NumberFormat(locale));
  const lookup = (key: string): string | undefined =>
    Object.hasOwn(strings, key) ? strings[key as StringKey] : undefined;
  return {
    locale,
    t: (key, vars) => fill(lookup(key) ?? key, vars),
    value: (prefix, value, suffix) => lookup(suffix ? `${prefix}.${value}.${suffix}` : `${prefix}.${value}`),
    number: (value) => numberFormat.format(value),
  };
}

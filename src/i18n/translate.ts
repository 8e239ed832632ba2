import { intl } from './intl-cache.js';
import type { StringKey, Strings } from './strings.js';

export type Vars = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, vars: Vars = {}): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : match,
  );
}

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

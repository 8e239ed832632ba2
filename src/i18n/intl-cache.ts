const formats = new Map<string, unknown>();

/**
 * One `Intl` formatter per kind and locale, made on first use. Making one costs far more than
 * using it (a tenth of a millisecond and more), and a render uses several.
 */
export function intl<T>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (format === undefined) formats.set(key, (format = make()));
  return format;
}

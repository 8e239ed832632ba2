/**
 * Whether each of these inputs is the very value (`===`) it was last time: kept work (an item's
 * template, the required-data check) is reused while it is.
 */
export const unchanged = (now: readonly unknown[], before: readonly unknown[]): boolean =>
  now.every((value, i) => value === before[i]);

import type { CSSResultOrNative } from 'lit';

/**
 * Style sheets that arrive with chunks (the field table's, for instance): a region loaded on first
 * use brings its own CSS, so the script-tag module does not carry it. Each card adopts the list
 * before it renders (see `adoptedCount`), so a region is never shown unstyled.
 */
export const lazyStyles: CSSResultOrNative[] = [];

export function addLazyStyles(sheet: CSSResultOrNative): void {
  if (!lazyStyles.includes(sheet)) lazyStyles.push(sheet);
}

import { isServer } from 'lit';

/**
 * The reader's locale: the nearest `lang` from the card up through its ancestors (crossing shadow
 * roots), else the document's, else English. Invalid tags fall back to English.
 */
export function findLocale(element: Element): string {
  // On a server (Lit SSR) there is no tree to walk: only the card's own `lang` counts.
  let node: Element | null = isServer ? null : element;
  let lang = isServer ? (element.getAttribute('lang') ?? '') : '';
  while (node && !lang) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) lang = withLang.getAttribute('lang')!; // it has one: `[lang]` matched it
    const root = node.getRootNode();
    node = !lang && root instanceof ShadowRoot ? root.host : null;
  }
  try {
    // One tag in, one out (or a RangeError).
    return Intl.getCanonicalLocales(lang || (isServer ? '' : document.documentElement.lang) || 'en')[0]!;
  } catch {
    return 'en';
  }
}

/**
 * One MutationObserver for every card on the page, watching `lang` attributes anywhere in the
 * document: a reader's language may change at runtime (a language switcher on the host page).
 * It exists only while at least one card is connected.
 */
const subscribers = new Set<() => void>();
let observer: MutationObserver | undefined;

export function observeLang(onChange: () => void): void {
  subscribers.add(onChange);
  if (observer) return;
  observer = new MutationObserver(() => subscribers.forEach((notify) => notify()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export function unobserveLang(onChange: () => void): void {
  subscribers.delete(onChange);
  if (subscribers.size > 0) return;
  observer?.disconnect();
  observer = undefined;
}

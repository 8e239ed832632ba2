/** Whether the card shows custom state `name` (`:state()`, or the older `:--name` syntax). */
export function matchesState(card: Element, name: string): boolean {
  try {
    return card.matches(`:state(${name})`);
  } catch {
    return card.matches(`:--${name}`);
  }
}

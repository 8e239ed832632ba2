// Its own module: the element reads the attribute with it, and the evaluation stays in its chunk.

/** A space- or comma-separated list (the attribute form) as requirements, blanks dropped. */
export function readRequirements(list: string | null): string[] {
  return (list ?? '').split(/[\s,]/).filter(Boolean);
}

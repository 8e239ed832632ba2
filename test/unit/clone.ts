/** A deep copy, so tests can change fixtures freely. */
export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

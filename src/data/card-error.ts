/** What went wrong, as `card.error` and `kombo-error`'s detail. `message` is for developers (English). */
export type CardError =
  | { kind: 'invalid-data'; message: string; issues: ValidationIssue[] }
  | { kind: 'parse'; message: string; status?: number }
  | { kind: 'network'; message: string }
  | { kind: 'timeout'; message: string; timeout: number }
  | { kind: 'http'; message: string; status: number }
  /** The connection flow (Kombo Connect) could not open, e.g. another one is open already. */
  | { kind: 'connect'; message: string }
  | {
      kind: 'api';
      /** Kombo's message (else its title). */
      message: string;
      /** HTTP status, absent when the envelope was handed to the `integration` property. */
      status?: number;
      code: string | null;
      title: string | null;
      /** Kombo's log link: for the vendor's developers, never shown on the card. */
      log_url: string | null;
    };

export type CardErrorKind = CardError['kind'];

/** A request that failed before any answer (offline, refused, a bad URL, its code missing): what was thrown, or why. */
export const networkError = (cause: unknown): CardError => ({ kind: 'network', message: String(cause) });

export interface ValidationIssue {
  /** Dotted path into the integration, e.g. `read_models.0.fields`. Empty for the root. */
  path: string;
  /** For developers, in English: "required", "expected a string, got a number", "must not be empty". */
  message: string;
  /** The type that belongs here (`string`, `boolean`, `array`, `object`…), when a type was wrong. */
  expected?: string;
  /** The type found instead (`number`, `null`, `undefined`, `invalid date`…), when a type was wrong. */
  received?: string;
}

// Side-effect-free entry: the class and its types, without registering the tag.
export { KomboIntegrationCard, type CardState } from './kombo-integration-card.js';
export type { CardError, CardErrorKind, ValidationIssue } from './card-error.js';
export type * from './events.js';
export type { Fetcher } from './fetch-integration.js';
export type * from './integration.js';
export type { StringKey, Strings } from './strings/en.js';
export type { StringOverrides } from './localization.js';
export { parseIntegration, type ParseResult } from './parse-integration.js';

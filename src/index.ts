// Side-effect-free entry: the class and its types, without registering the tag.
export { KomboIntegrationCard, type CardState } from './kombo-integration-card.js';
export type { CardError, CardErrorKind, ValidationIssue } from './data/card-error.js';
export type * from './events.js';
export type { Fetcher } from './load/request.js';
export type * from './data/integration.js';
export type { StringKey, Strings } from './i18n/strings.js';
export { loadLanguage, type StringOverrides } from './i18n/localization.js';
export { parseIntegration, type ParseResult } from './data/parse-integration.js';

import type { connectEn } from '../connect/strings.en.js';
import type { findEn } from '../find/strings.en.js';
import type { busyEn } from '../load/busy.en.js';
import type { requirementsEn } from '../requirements/strings.en.js';
import type { errorsEn } from '../templates/errors.en.js';
import type { fieldTableEn } from '../templates/field-table.en.js';
import type { en } from './strings/en.js';

/**
 * Every text key the card knows. The module carries `en` (the words of its first paint); a region
 * that arrives as a chunk (the connection flow, search, required data, the error views, the field
 * rows' head, the "Updating…" line) brings its own English table and registers it (`addEnglish`).
 * Built-in translations hold every key, so they are checked against all of them here.
 */
export type StringKey =
  | keyof typeof en
  | keyof typeof connectEn
  | keyof typeof requirementsEn
  | keyof typeof findEn
  | keyof typeof errorsEn
  | keyof typeof fieldTableEn
  | keyof typeof busyEn;
export type Strings = Record<StringKey, string>;

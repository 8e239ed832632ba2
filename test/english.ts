import { connectEn } from '../src/connect/strings.en.js';
import { findEn } from '../src/find/strings.en.js';
import type { StringKey } from '../src/i18n/strings.js';
import { requirementsEn } from '../src/requirements/strings.en.js';
import { errorsEn } from '../src/templates/errors.en.js';
import { fieldTableEn } from '../src/templates/field-table.en.js';
import { busyEn } from '../src/load/busy.en.js';
import { en } from '../src/i18n/strings/en.js';

/** Every English word the card has: its module's and those its chunks bring. Translations hold all. */
export const allEnglish: Record<StringKey, string> = {
  ...en,
  ...connectEn,
  ...requirementsEn,
  ...findEn,
  ...errorsEn,
  ...fieldTableEn,
  ...busyEn,
};

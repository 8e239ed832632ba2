import { unavailableReason } from '../data/coverage.js';
import type { CoverageField, CoverageItem } from '../data/integration.js';
import type { Translator } from '../i18n/translate.js';

/** Why an item or field is not available, in words, or `undefined`. */
export function reasonText(tr: Translator, item: CoverageItem | CoverageField, tool: string): string | undefined {
  const reason = unavailableReason(item);
  return reason ? tr.t(`reason.${reason}`, { tool }) : undefined;
}

import { unavailableReason } from '../coverage.js';
import type { CoverageField, CoverageItem } from '../integration.js';
import type { Translator } from '../translate.js';

/** Why an item or field is not available, in words, or `undefined`. */
export function reasonText(tr: Translator, item: CoverageItem | CoverageField, tool: string): string | undefined {
  const reason = unavailableReason(item);
  return reason ? tr.t(`reason.${reason}`, { tool }) : undefined;
}

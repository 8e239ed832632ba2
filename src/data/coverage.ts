import type { CoverageField, CoverageItem, Integration } from './integration.js';

export interface Count {
  available: number;
  total: number;
}

export interface CoverageSummary {
  models: Count;
  /** Fields of all read models together. */
  fields: Count;
  actions: Count;
}

const count = (items: readonly { is_available: boolean }[]): Count => {
  let available = 0;
  for (const item of items) if (item.is_available) available++;
  return { available, total: items.length };
};

/**
 * Counted again on each call, not remembered per item: a module-wide WeakMap keyed by items kept
 * its hash table at its largest (4 MB after 1,000 cards of 200 models in the memory test) long
 * after the items were gone, and an item's line is only redrawn when it changes.
 */
export const countFields = (item: CoverageItem): Count => count(item.fields);

export function summarizeCoverage(integration: Integration): CoverageSummary {
  const fields = integration.read_models.map(countFields);
  return {
    models: count(integration.read_models),
    fields: {
      available: fields.reduce((sum, c) => sum + c.available, 0),
      total: fields.reduce((sum, c) => sum + c.total, 0),
    },
    actions: count(integration.write_actions),
  };
}

/**
 * Why something the reader might expect is not available, most fundamental cause first: the
 * tool lacks it, Kombo has not integrated it, the vendor's scope config turns it off, or the
 * customer opted out. `undefined` when it is available, or when the API gives no reason we know.
 */
export type UnavailableReason = 'UNSUPPORTED' | 'NOT_IMPLEMENTED' | 'UNKNOWN' | 'DISABLED' | 'OPTED_OUT';

const COVERAGE_REASONS = ['UNSUPPORTED', 'NOT_IMPLEMENTED', 'UNKNOWN'] as const;

export function unavailableReason(item: CoverageItem | CoverageField): UnavailableReason | undefined {
  if (item.is_available) return undefined;
  const coverage = COVERAGE_REASONS.find((reason) => reason === item.coverage_status);
  if (coverage) return coverage;
  if (item.scope_config_setting === 'DISABLED') return 'DISABLED';
  if (item.opted_out_by_customer) return 'OPTED_OUT';
  return undefined;
}

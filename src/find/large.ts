import type { CoverageSummary } from '../data/coverage.js';

/**
 * An integration large enough for the search field (20 fields or more): its chunk is preloaded and
 * the field shows. A smaller one gets search only while a filter is on.
 */
export const isLarge = (coverage: CoverageSummary): boolean => coverage.fields.total >= 20;

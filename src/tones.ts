/** The semantic tone of a badge; every tone is also said in words, never by colour alone. */
export type Tone = 'success' | 'warning' | 'danger' | 'neutral';

const STATUS: Record<string, Tone> = { ACTIVE: 'success', INVALID: 'danger', INACTIVE: 'neutral' };
const SETUP: Record<string, Tone> = { COMPLETED: 'success', FINAL_SYNC_PENDING: 'warning', INCOMPLETE: 'warning' };
const COVERAGE: Record<string, Tone> = { SUPPORTED: 'success' };

const pick = (table: Record<string, Tone>, value: string): Tone =>
  Object.prototype.hasOwnProperty.call(table, value) ? table[value]! : 'neutral';

export const statusTone = (status: string): Tone => pick(STATUS, status);
export const setupTone = (setup: string): Tone => pick(SETUP, setup);
export const coverageTone = (coverage: string): Tone => pick(COVERAGE, coverage);
export const availabilityTone = (available: boolean): Tone => (available ? 'success' : 'neutral');

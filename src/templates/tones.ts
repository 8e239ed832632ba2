/** The semantic tone of a badge; every tone is also said in words, never by colour alone. */
export type Tone = 'success' | 'warning' | 'danger' | 'neutral';

const STATUS: Record<string, Tone> = { ACTIVE: 'success', INVALID: 'danger', INACTIVE: 'neutral' };
const SETUP: Record<string, Tone> = { COMPLETED: 'success', FINAL_SYNC_PENDING: 'warning', INCOMPLETE: 'warning' };

const pick = (table: Record<string, Tone>, value: string): Tone =>
  Object.hasOwn(table, value) ? table[value]! : 'neutral';

export const statusTone = (status: string): Tone => pick(STATUS, status);
export const setupTone = (setup: string): Tone => pick(SETUP, setup);
export const availabilityTone = (available: boolean): Tone => (available ? 'success' : 'neutral');

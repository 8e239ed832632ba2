import type { Integration } from '../src/data/integration.js';

type Raw = Omit<Integration, 'tool'> & { tool: Integration['tool'] & { internal_label: string | null } };
export declare const seed: { status: 'success'; data: Raw };
export declare const healthy: Raw;
export declare const credentialsInvalid: Raw;
export declare const setupIncomplete: Raw;
export declare const finalSyncPending: Raw;
export declare const dataExpired: Raw;
export declare const beta: Raw;
export declare const unknownValues: Raw;
export declare function large(models?: number, fields?: number): Raw;
export declare const integrations: Record<string, Raw>;

import { integrationSchema } from '../src/data/integration-schema.js';
import * as z from 'zod/mini';
export const f = (x: unknown) => z.safeParse(integrationSchema, x);

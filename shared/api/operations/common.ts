import { z } from 'zod';

/** The input of an operation that takes nothing. */
export const noInput = z.undefined();

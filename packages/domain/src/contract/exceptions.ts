import { z } from 'zod';
import { EXCEPTION_STATES, exceptionInputSchema, modelExceptionRecordSchema } from '../exception.js';
import { named } from './registry.js';

named('GrantExceptionBody', exceptionInputSchema, 'input');

/** An exception as the API returns it: the record and its state at the moment asked about. */
export const exceptionViewSchema = named(
  'ModelException',
  modelExceptionRecordSchema.extend({ state: z.enum(EXCEPTION_STATES) }),
);
export type ExceptionView = z.output<typeof exceptionViewSchema>;

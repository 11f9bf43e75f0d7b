import type { z } from 'zod';
import { ValidationError } from './errors';

/** Parse a record about to be written; a failure becomes a ValidationError naming each field. */
export function validate<S extends z.ZodType>(entity: string, schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw ValidationError.fromZod(entity, result.error);
  return result.data;
}

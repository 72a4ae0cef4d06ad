import type { z } from 'zod';
import { UserError } from './errors.js';
import { MESSAGES } from './messages.js';

/**
 * Validates the options a handler read from an interaction. The first problem becomes a
 * `UserError` naming the option, so the member sees what to fix and nothing is stored.
 */
export function parseOptions<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const option = issue?.path.join('.') || 'input';
  throw new UserError(MESSAGES.invalidOption(option, issue?.message ?? 'is not valid'));
}

/** Unwraps a domain `Result`, turning its error text into a `UserError`. */
export function orUserError<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new UserError(result.error);
  return result.value;
}

/** Outcome of a rule check: a value when the rule holds, an error (a member-facing message by default) when not. */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

export type Ok<T> = { ok: true; value: T };
export type Err<E> = { ok: false; error: E };

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}

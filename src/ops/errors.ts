/**
 * A refusal meant for the operator at the terminal or in the log: the message says what is wrong
 * and what to do, so entries print it as it is (no stack trace).
 */
export class OpsError extends Error {
  override readonly name = 'OpsError';
}

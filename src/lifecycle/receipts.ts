import type { LifecycleDeps } from './deps.js';

/**
 * Claims a settings-like command's interaction (`/setup`, `/feature`) before it runs: true the
 * first time, false when Discord delivers the same interaction again. Those commands set values,
 * so a redelivery that ran would set back what another maintainer changed in between.
 */
export function claimInteraction(
  deps: Pick<LifecycleDeps, 'store' | 'clock'>,
  input: { interactionId: string; command: string },
): boolean {
  const { store } = deps;
  return store.transaction(() => store.receipts.claim(input.interactionId, input.command, deps.clock.now()));
}

/** Gives a claim back: the command was refused and changed nothing, so its replay may run (and be refused) again. */
export function releaseInteraction(
  deps: Pick<LifecycleDeps, 'store'>,
  input: { interactionId: string },
): void {
  deps.store.transaction(() => deps.store.receipts.release(input.interactionId));
}

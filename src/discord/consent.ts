import { isLevel } from '../domain/levels.js';
import type { ConsentArgs } from '../lifecycle/join.js';
import type { ComponentSigner } from './component-id.js';

/** How long the terms stay answerable; after that the buttons are refused and nothing is granted. */
export const CONSENT_MINUTES = 10;

/**
 * The Accept and Decline buttons' custom ids: `join:accept|decline:<featureId>:<inviteId>:<level>:
 * <termsVersion>`, signed for the member shown the terms and valid `CONSENT_MINUTES`.
 */
export function consentButtons(
  signer: ComponentSigner,
  memberId: string,
  consent: ConsentArgs,
  now: Date,
): { acceptId: string; declineId: string } {
  const args = consentArgsToStrings(consent);
  const expiresAt = new Date(now.getTime() + CONSENT_MINUTES * 60_000);
  const sign = (action: string) =>
    signer.sign({ command: 'join', action, args, ownerId: memberId, expiresAt });
  return { acceptId: sign('accept'), declineId: sign('decline') };
}

export function consentArgsToStrings(args: ConsentArgs): string[] {
  return [String(args.featureId), String(args.inviteId), args.level, String(args.termsVersion)];
}

/** Reads a verified button's args back; null when they are not what `consentButtons` wrote. */
export function consentArgsFrom(parts: readonly string[]): ConsentArgs | null {
  const [featureId, inviteId, level, termsVersion] = parts;
  const numbers = [featureId, inviteId, termsVersion].map((p) =>
    p && /^\d{1,12}$/.test(p) ? Number(p) : Number.NaN,
  );
  if (numbers.some(Number.isNaN) || !level || !isLevel(level)) return null;
  return { featureId: numbers[0]!, inviteId: numbers[1]!, level, termsVersion: numbers[2]! };
}

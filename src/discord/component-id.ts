import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a button or modal carries in its `custom_id`; signed, so a forged or altered id is refused. */
export interface ComponentAction {
  command: string;
  action: string;
  args: string[];
  /** The only member whose click or submit counts. */
  ownerId: string;
  expiresAt: Date;
}

/** The owner of a button anyone may press (the vote button of a feedback copy). */
export const ANY_MEMBER = '*';
/** The expiry of buttons that stay valid (posts and DMs that live on). */
export const NEVER_EXPIRES = new Date(Date.UTC(9999, 11, 31));

export type VerifiedComponent =
  | { kind: 'valid'; component: ComponentAction }
  | { kind: 'expired'; component: ComponentAction }
  | { kind: 'invalid' };

const SEPARATOR = ':';
const SIGNATURE_LENGTH = 16;
const MAX_CUSTOM_ID_LENGTH = 100;

/** Signs and verifies custom ids: `command:action:args...:owner:expiry:signature` (at most 100 characters). */
export class ComponentSigner {
  constructor(private readonly secret: Buffer) {}

  sign(component: ComponentAction): string {
    for (const part of [component.command, component.action, ...component.args]) {
      if (part.includes(SEPARATOR)) throw new Error(`custom id part "${part}" contains "${SEPARATOR}"`);
    }
    const unsigned = [
      component.command,
      component.action,
      ...component.args,
      component.ownerId,
      Math.floor(component.expiresAt.getTime() / 1000).toString(36),
    ].join(SEPARATOR);
    const id = `${unsigned}${SEPARATOR}${this.signature(unsigned)}`;
    if (id.length > MAX_CUSTOM_ID_LENGTH) throw new Error(`custom id too long (${id.length}): ${unsigned}`);
    return id;
  }

  verify(customId: string, now: Date): VerifiedComponent {
    const cut = customId.lastIndexOf(SEPARATOR);
    if (cut < 0) return { kind: 'invalid' };
    const unsigned = customId.slice(0, cut);
    const given = Buffer.from(customId.slice(cut + 1));
    const expected = Buffer.from(this.signature(unsigned));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { kind: 'invalid' };
    const parts = unsigned.split(SEPARATOR);
    if (parts.length < 4) return { kind: 'invalid' };
    const expiry = parts.pop()!;
    const ownerId = parts.pop()!;
    const [command, action, ...args] = parts as [string, string, ...string[]];
    const component = {
      command,
      action,
      args,
      ownerId,
      expiresAt: new Date(Number.parseInt(expiry, 36) * 1000),
    };
    return component.expiresAt.getTime() <= now.getTime()
      ? { kind: 'expired', component }
      : { kind: 'valid', component };
  }

  /** The command a custom id names, read without verifying (for routing only). */
  static commandOf(customId: string): string {
    // A forged payload may lack the id: routing must not throw before the error policy applies.
    return typeof customId === 'string' ? (customId.split(SEPARATOR, 1)[0] ?? '') : '';
  }

  private signature(unsigned: string): string {
    return createHmac('sha256', this.secret).update(unsigned).digest('base64url').slice(0, SIGNATURE_LENGTH);
  }
}

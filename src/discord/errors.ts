import { DiscordAPIError } from 'discord.js';

/** An error whose message is meant for the member: the dispatcher shows it as an ephemeral reply. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** Discord's JSON error codes the bot turns into advice. */
export const DISCORD_ERROR = {
  unknownChannel: 10003,
  unknownMember: 10007,
  unknownMessage: 10008,
  unknownRole: 10011,
  unknownUser: 10013,
  cannotMessageUser: 50007,
  missingAccess: 50001,
  missingPermissions: 50013,
  alreadyAcknowledged: 40060,
} as const;

/**
 * A direct message to a member with closed DMs whose fallback mention was refused as well; keeps
 * the fallback's error as `cause` and its HTTP status, so retry decisions look at the fallback.
 */
export class DirectMessageFallbackError extends Error {
  override readonly name = 'DirectMessageFallbackError';
  readonly status: number | null;
  constructor(
    readonly fallbackChannelId: string,
    override readonly cause: unknown,
  ) {
    super(
      `DMs closed; fallback in ${fallbackChannelId} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.status = httpStatus(cause);
  }
}

export function discordErrorCode(error: unknown): number | null {
  return error instanceof DiscordAPIError && typeof error.code === 'number' ? error.code : null;
}

export function httpStatus(error: unknown): number | null {
  if (error instanceof DiscordAPIError) return error.status;
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

/**
 * Whether retrying can help: network failures, rate limits and 5xx can; other 4xx answers mean the
 * request itself is refused (missing permission, unknown member) and will be refused again.
 */
export function isPermanentDiscordFailure(error: unknown): boolean {
  const status = httpStatus(error);
  return status !== null && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

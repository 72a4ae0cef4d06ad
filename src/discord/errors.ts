import { DiscordAPIError } from 'discord.js';
import { type Locale, renderText, type TextRef } from '../text/index.js';

/**
 * An error whose text is meant for the member: the dispatcher shows it as an ephemeral reply, in
 * the member's language. It carries a catalogue key and values, never English text.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(readonly text: TextRef) {
    super(text.key);
  }

  /** The text in the reader's language. */
  render(locale: Locale): string {
    return renderText(locale, this.text);
  }
}

/** Discord's JSON error codes the bot turns into advice. */
export const DISCORD_ERROR = {
  unknownChannel: 10003,
  unknownMember: 10007,
  unknownMessage: 10008,
  unknownRole: 10011,
  unknownUser: 10013,
  cannotMessageUser: 50007,
  invalidRecipients: 50033,
  missingAccess: 50001,
  missingPermissions: 50013,
  alreadyAcknowledged: 40060,
  invalidFormBody: 50035,
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

/** An effect that cannot be delivered yet but will be (an edit of a message still being posted). */
export class RetryLaterError extends Error {
  override readonly name = 'RetryLaterError';
}

/**
 * Whether a failed request may still have been carried out by Discord: no answer (a timeout, a
 * connection lost after sending) or a server error. A refusal (4xx, 429 included) was not.
 */
export function mayHaveReachedDiscord(error: unknown): boolean {
  if (error instanceof RetryLaterError) return false;
  const status = httpStatus(error);
  return status === null || status >= 500;
}

/** Error codes of a connection that failed or timed out (Node's and undici's), where a retry can help. */
const NETWORK_ERROR_CODE = /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/;

function isNetworkFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'AbortError' || error.name === 'TimeoutError') return true;
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && NETWORK_ERROR_CODE.test(code);
}

/**
 * Whether retrying can help: network failures, timeouts, rate limits and 5xx can. Everything else
 * is final: a 4xx means the request itself is refused (missing permission, unknown member), and an
 * error without an HTTP status that is not a network failure is a bug (a reason that cannot be
 * encoded, a body Discord's client refuses) that would fail the same way forever.
 */
export function isTransientFailure(error: unknown): boolean {
  if (error instanceof RetryLaterError) return true;
  const status = httpStatus(error);
  if (status !== null) return status >= 500 || status === 408 || status === 429;
  return isNetworkFailure(error);
}

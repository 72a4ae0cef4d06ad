import { type REST, Routes, SnowflakeUtil } from 'discord.js';
import type { OutboxMessageBody } from '../domain/entities.js';

/** How far back an in-doubt message is looked for: the newest messages after the attempt began. */
const LOOKUP_LIMIT = 100;

interface PostedMessage {
  id: string;
  content?: string;
  author?: { id: string };
  embeds?: { title?: string; description?: string }[];
}

function sameMessage(message: PostedMessage, body: OutboxMessageBody, selfId: string | null): boolean {
  if (selfId && message.author?.id !== selfId) return false;
  if ((message.content ?? '') !== (body.content ?? '')) return false;
  const embeds = body.embeds ?? [];
  if ((message.embeds ?? []).length !== embeds.length) return false;
  return embeds.every(
    (embed, i) =>
      (message.embeds?.[i]?.title ?? '') === (embed.title ?? '') &&
      (message.embeds?.[i]?.description ?? '') === (embed.description ?? ''),
  );
}

/**
 * Looks for a message the bot may already have posted: one of its own, after `since` (when the
 * lost attempt began), with the same content and embeds. Returns its id, or null when there is
 * none (or it cannot be looked up: without Read Message History the message is posted again).
 */
export async function findPostedMessage(
  rest: REST,
  channelId: string,
  body: OutboxMessageBody,
  since: Date,
  selfId: string | null,
): Promise<string | null> {
  // Snowflakes sort by time: `after` a snowflake of one second before the attempt began.
  const after = SnowflakeUtil.generate({ timestamp: since.getTime() - 1000 }).toString();
  let messages: PostedMessage[];
  try {
    messages = (await rest.get(Routes.channelMessages(channelId), {
      query: new URLSearchParams({ after, limit: String(LOOKUP_LIMIT) }),
    })) as PostedMessage[];
  } catch {
    return null;
  }
  return messages.find((message) => sameMessage(message, body, selfId))?.id ?? null;
}

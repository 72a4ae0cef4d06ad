import { PermissionFlagsBits } from 'discord.js';
import { createMessage, editMessage, isEmptyMessage, messageView } from './messages.js';
import { canSeeThread, channelPermissions, has } from './permissions.js';
import {
  fail,
  missingPermissions,
  noContent,
  ok,
  type RouteContext,
  type RouteResult,
  type Router,
  unknownChannel,
  unknownMessage,
} from './router.js';
import { recordThreadDelete, recordThreadPost, refuseThreadPost } from './routes-threads.js';
import { channelJson, userJson } from './serialize.js';
import { nextSnowflake } from './snowflake.js';
import { type FakeMessage, isThread, THREAD_ONLY_TYPES } from './types.js';
import type { World } from './world.js';

/** Channel messages and DM channels. */

function dmChannelJson(world: World, channelId: string): Record<string, unknown> | null {
  const user = world.dmRecipient(channelId);
  if (!user) return null;
  return { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [userJson(user)] };
}

function findMessage(ctx: RouteContext): FakeMessage | undefined {
  const message = ctx.world.messages.get(ctx.params.messageId ?? '');
  return message && !message.deleted && message.channelId === ctx.params.channelId ? message : undefined;
}

function postMessage(ctx: RouteContext, nonces: Map<string, string>): RouteResult {
  const { world, body, files } = ctx;
  const channelId = ctx.params.channelId ?? '';
  const channel = world.findChannel(channelId);
  const recipient = channel ? undefined : world.dmRecipient(channelId);
  if (!channel && !recipient) return unknownChannel();
  if (channel) {
    const guild = world.guild(channel.guildId);
    const perms = channelPermissions(guild, world.botUser.id, channel);
    if (!has(perms, PermissionFlagsBits.ViewChannel)) return fail(403, 50001, 'Missing Access');
    if (channel.type === 4 || THREAD_ONLY_TYPES.has(channel.type)) {
      return fail(400, 50008, 'Cannot send messages in a non-text channel');
    }
    if (isThread(channel)) {
      const refused = refuseThreadPost(world, channel);
      if (refused) return refused;
    } else if (!has(perms, PermissionFlagsBits.SendMessages)) return missingPermissions();
    if (files.length > 0 && !has(perms, PermissionFlagsBits.AttachFiles)) return missingPermissions();
  }
  if (recipient?.dmsClosed) return fail(403, 50007, 'Cannot send messages to this user');
  if (isEmptyMessage(body, files)) return fail(400, 50006, 'Cannot send an empty message');
  const nonceKey =
    body.enforce_nonce === true && body.nonce !== undefined ? `${channelId}:${String(body.nonce)}` : null;
  if (nonceKey) {
    const existing = world.messages.get(nonces.get(nonceKey) ?? '');
    if (existing) return ok(messageView(world, existing));
  }
  const message = createMessage(world, {
    channelId,
    guildId: channel?.guildId ?? null,
    source: channel ? 'channel' : 'dm',
    interactionToken: null,
    body,
    files,
    origin: ctx.origin,
  });
  if (nonceKey) nonces.set(nonceKey, message.id);
  if (channel && isThread(channel)) recordThreadPost(world, channel, message);
  return ok(messageView(world, message));
}

/** A channel's messages, newest first, `after` a snowflake, at most `limit` (Discord's default 50). */
function listMessages(ctx: RouteContext): RouteResult {
  const { world, params, query } = ctx;
  const channelId = params.channelId ?? '';
  const channel = world.findChannel(channelId);
  if (!channel && !world.dmRecipient(channelId)) return unknownChannel();
  if (channel) {
    const perms = channelPermissions(world.guild(channel.guildId), world.botUser.id, channel);
    if (!has(perms, PermissionFlagsBits.ViewChannel)) return fail(403, 50001, 'Missing Access');
    if (!has(perms, PermissionFlagsBits.ReadMessageHistory)) return ok([]);
  }
  const after = query.after ? BigInt(query.after) : 0n;
  const limit = Math.min(100, Number(query.limit ?? 50));
  const found = [...world.messages.values()]
    .filter((m) => m.channelId === channelId && !m.deleted && BigInt(m.id) > after)
    .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1))
    .slice(0, limit);
  return ok(found.map((m) => messageView(world, m)));
}

export function registerChannelRoutes(router: Router): void {
  const nonces = new Map<string, string>();
  router
    .on('POST', '/users/@me/channels', ({ world, body }) => {
      const recipientId = typeof body.recipient_id === 'string' ? body.recipient_id : '';
      const user = world.users.get(recipientId);
      if (!user || user.id === world.botUser.id) return fail(400, 50033, 'Invalid Recipient(s)');
      let channelId = world.dmChannels.get(user.id);
      if (!channelId) {
        channelId = nextSnowflake();
        world.dmChannels.set(user.id, channelId);
      }
      return ok(dmChannelJson(world, channelId));
    })
    .on('GET', '/channels/:channelId', ({ world, params }) => {
      const channel = world.findChannel(params.channelId ?? '');
      if (
        channel &&
        isThread(channel) &&
        !canSeeThread(world.guild(channel.guildId), world.botUser.id, channel)
      ) {
        return fail(403, 50001, 'Missing Access');
      }
      if (channel) return ok(channelJson(channel));
      const dm = dmChannelJson(world, params.channelId ?? '');
      return dm ? ok(dm) : unknownChannel();
    })
    .on('POST', '/channels/:channelId/messages', (ctx) => postMessage(ctx, nonces))
    .on('GET', '/channels/:channelId/messages', (ctx) => listMessages(ctx))
    .on('GET', '/channels/:channelId/messages/:messageId', (ctx) => {
      const message = findMessage(ctx);
      return message ? ok(messageView(ctx.world, message)) : unknownMessage();
    })
    .on('PATCH', '/channels/:channelId/messages/:messageId', (ctx) => {
      const message = findMessage(ctx);
      if (!message) return unknownMessage();
      if (message.authorId !== ctx.world.botUser.id) {
        return fail(403, 50005, 'Cannot edit a message authored by another user');
      }
      editMessage(message, ctx.body, ctx.files, ctx.origin);
      return ok(messageView(ctx.world, message));
    })
    .on('DELETE', '/channels/:channelId/messages/:messageId', (ctx) => {
      const message = findMessage(ctx);
      if (!message) return unknownMessage();
      message.deleted = true;
      const thread = ctx.world.findThread(message.channelId);
      if (thread) recordThreadDelete(thread, message);
      return noContent();
    });
}

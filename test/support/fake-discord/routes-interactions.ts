import { createMessage, editMessage, isEmptyMessage, LOADING, messageView } from './messages.js';
import { discordErrorTree } from './openapi-validator.js';
import {
  fail,
  noContent,
  ok,
  type RouteContext,
  type RouteResult,
  type Router,
  unknownMessage,
  unknownWebhook,
} from './router.js';
import type { FakeMessage, InteractionRecord } from './types.js';

/** Interaction callbacks and the interaction webhook (`@original`, follow-ups). */

/** Callback types Discord accepts per interaction type. */
const ALLOWED_CALLBACKS: Record<number, number[]> = {
  2: [4, 5, 9, 12],
  3: [4, 5, 6, 7, 9, 12],
  4: [8],
  5: [4, 5, 6, 7],
};

function invalid(ctx: RouteContext, message: string): RouteResult {
  const errors = [message];
  ctx.world.violations.push({ method: ctx.method, path: ctx.path, operation: null, errors });
  return {
    status: 400,
    body: { code: 50035, message: 'Invalid Form Body', errors: discordErrorTree(errors) },
  };
}

function callback(ctx: RouteContext): RouteResult {
  const { world, body, files, params } = ctx;
  const rec = world.interactions.get(params.token ?? '');
  if (!rec || rec.id !== params.interactionId) return fail(404, 10062, 'Unknown interaction');
  if (rec.callbacks.length > 0) return fail(400, 40060, 'Interaction has already been acknowledged.');
  const type = typeof body.type === 'number' ? body.type : -1;
  if (!(ALLOWED_CALLBACKS[rec.type] ?? []).includes(type)) {
    return invalid(
      ctx,
      `callback type ${type} is not valid for an interaction of type ${rec.type} (${rec.label})`,
    );
  }
  const data = body.data && typeof body.data === 'object' ? (body.data as Record<string, unknown>) : null;
  if (type === 4 && isEmptyMessage(data ?? {}, files))
    return fail(400, 50006, 'Cannot send an empty message');
  const source = rec.sourceMessageId ? world.messages.get(rec.sourceMessageId) : undefined;
  if (type === 7 && !source)
    return invalid(ctx, 'callback type 7 (UPDATE_MESSAGE) needs a component message');
  rec.callbacks.push({ type, data, files, at: Date.now() });

  let message: FakeMessage | undefined;
  const base = {
    channelId: rec.channelId,
    guildId: rec.guildId,
    interactionToken: rec.token,
    origin: ctx.origin,
  };
  if (type === 4) {
    message = createMessage(world, { ...base, source: 'interaction', body: data ?? {}, files });
  } else if (type === 5) {
    const flags = typeof data?.flags === 'number' ? data.flags : 0;
    message = createMessage(world, {
      ...base,
      source: 'interaction',
      body: { flags },
      files: [],
      extraFlags: LOADING,
    });
  } else if ((type === 6 || type === 7) && source) {
    if (type === 7) editMessage(source, data ?? {}, files, ctx.origin);
    message = source;
  }
  if (message) {
    rec.originalMessageId = message.id;
    if (type !== 5 && type !== 6) rec.lastVisibleMessageId = message.id;
  }
  world.changed();
  if (ctx.query.with_response !== 'true') return noContent();
  return ok({
    interaction: {
      id: rec.id,
      type: rec.type,
      channel_id: rec.channelId,
      guild_id: rec.guildId,
      ...(message
        ? {
            response_message_id: message.id,
            response_message_loading: type === 5,
            response_message_ephemeral: (message.flags & 64) !== 0,
          }
        : {}),
    },
    ...(message && (type === 4 || type === 7)
      ? { resource: { type, message: messageView(world, message) } }
      : {}),
  });
}

function webhookInteraction(ctx: RouteContext): InteractionRecord | undefined {
  if (ctx.params.appId !== ctx.world.applicationId) return undefined;
  const rec = ctx.world.interactions.get(ctx.params.token ?? '');
  return rec && rec.callbacks.length > 0 ? rec : undefined;
}

function targetMessage(ctx: RouteContext, rec: InteractionRecord): FakeMessage | undefined {
  const id = ctx.params.messageId ?? rec.originalMessageId ?? '';
  const message = ctx.world.messages.get(id);
  if (!message || message.deleted) return undefined;
  const belongs = id === rec.originalMessageId || message.interactionToken === rec.token;
  return belongs ? message : undefined;
}

function getMessage(ctx: RouteContext): RouteResult {
  const rec = webhookInteraction(ctx);
  if (!rec) return unknownWebhook();
  const message = targetMessage(ctx, rec);
  return message ? ok(messageView(ctx.world, message)) : unknownMessage();
}

function patchMessage(ctx: RouteContext): RouteResult {
  const rec = webhookInteraction(ctx);
  if (!rec) return unknownWebhook();
  const message = targetMessage(ctx, rec);
  if (!message) return unknownMessage();
  editMessage(message, ctx.body, ctx.files, ctx.origin);
  rec.updates += 1;
  rec.lastVisibleMessageId = message.id;
  ctx.world.changed();
  return ok(messageView(ctx.world, message));
}

function deleteMessage(ctx: RouteContext): RouteResult {
  const rec = webhookInteraction(ctx);
  if (!rec) return unknownWebhook();
  const message = targetMessage(ctx, rec);
  if (!message) return unknownMessage();
  message.deleted = true;
  ctx.world.changed();
  return noContent();
}

function followUp(ctx: RouteContext): RouteResult {
  const { world, body, files } = ctx;
  const rec = webhookInteraction(ctx);
  if (!rec) return unknownWebhook();
  if (isEmptyMessage(body, files)) return fail(400, 50006, 'Cannot send an empty message');
  const original = rec.originalMessageId ? world.messages.get(rec.originalMessageId) : undefined;
  let message: FakeMessage;
  if (original && !original.deleted && (original.flags & LOADING) !== 0) {
    // After a deferred reply, the first follow-up replaces the "thinking..." message.
    editMessage(original, body, files, ctx.origin);
    message = original;
  } else {
    message = createMessage(world, {
      channelId: rec.channelId,
      guildId: rec.guildId,
      source: 'followup',
      interactionToken: rec.token,
      body,
      files,
      origin: ctx.origin,
    });
    rec.followupIds.push(message.id);
  }
  rec.updates += 1;
  rec.lastVisibleMessageId = message.id;
  world.changed();
  return ctx.query.wait === 'true' ? ok(messageView(world, message)) : noContent();
}

export function registerInteractionRoutes(router: Router): void {
  router
    .on('POST', '/interactions/:interactionId/:token/callback', callback)
    .on('GET', '/webhooks/:appId/:token/messages/@original', getMessage)
    .on('PATCH', '/webhooks/:appId/:token/messages/@original', patchMessage)
    .on('DELETE', '/webhooks/:appId/:token/messages/@original', deleteMessage)
    .on('GET', '/webhooks/:appId/:token/messages/:messageId', getMessage)
    .on('PATCH', '/webhooks/:appId/:token/messages/:messageId', patchMessage)
    .on('DELETE', '/webhooks/:appId/:token/messages/:messageId', deleteMessage)
    .on('POST', '/webhooks/:appId/:token', followUp);
}

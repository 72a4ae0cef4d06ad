import { messageJson, threadJson } from './serialize.js';
import { nextSnowflake } from './snowflake.js';
import type { FakeFile, FakeMessage, MessageSource } from './types.js';
import type { World } from './world.js';

/** Creating, editing and serialising messages from request bodies (JSON or multipart). */

export const EPHEMERAL = 64;
export const LOADING = 128;
/** Message flag of a message a thread was started from. */
export const HAS_THREAD = 32;

export interface NewMessage {
  channelId: string;
  guildId: string | null;
  source: MessageSource;
  interactionToken: string | null;
  body: Record<string, unknown>;
  files: FakeFile[];
  origin: string;
  authorId?: string;
  extraFlags?: number;
  /** A fixed id (a forum post's starter message shares its thread's id). */
  id?: string;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function uploadedAttachments(
  body: Record<string, unknown>,
  files: FakeFile[],
  channelId: string,
  origin: string,
): Record<string, unknown>[] {
  const declared = asArray(body.attachments) as Record<string, unknown>[];
  return files.map((file, index) => {
    const fieldIndex = /\[(\d+)\]/.exec(file.field)?.[1] ?? String(index);
    const meta = declared.find((a) => String(a.id) === fieldIndex);
    const id = nextSnowflake();
    const filename = typeof meta?.filename === 'string' ? meta.filename : file.name;
    return {
      id,
      filename,
      size: file.data.length,
      url: `${origin}/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`,
      proxy_url: `${origin}/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`,
      ...(file.contentType ? { content_type: file.contentType } : {}),
      ...(typeof meta?.description === 'string' ? { description: meta.description } : {}),
    };
  });
}

export function isEmptyMessage(body: Record<string, unknown>, files: FakeFile[]): boolean {
  const content = typeof body.content === 'string' ? body.content : '';
  return (
    content.length === 0 &&
    asArray(body.embeds).length === 0 &&
    asArray(body.components).length === 0 &&
    asArray(body.sticker_ids).length === 0 &&
    body.poll == null &&
    files.length === 0
  );
}

export function createMessage(world: World, init: NewMessage): FakeMessage {
  const { body } = init;
  const message: FakeMessage = {
    id: init.id ?? nextSnowflake(),
    channelId: init.channelId,
    guildId: init.guildId,
    authorId: init.authorId ?? world.botUser.id,
    source: init.source,
    interactionToken: init.interactionToken,
    content: typeof body.content === 'string' ? body.content : '',
    embeds: asArray(body.embeds),
    components: asArray(body.components),
    flags: (typeof body.flags === 'number' ? body.flags : 0) | (init.extraFlags ?? 0),
    files: [...init.files],
    attachments: uploadedAttachments(body, init.files, init.channelId, init.origin),
    nonce: typeof body.nonce === 'string' || typeof body.nonce === 'number' ? body.nonce : null,
    timestamp: new Date().toISOString(),
    editedTimestamp: null,
    deleted: false,
    body,
    edits: 0,
  };
  world.messages.set(message.id, message);
  return message;
}

/** Applies an edit body (PATCH semantics: absent fields are kept). */
export function editMessage(
  message: FakeMessage,
  body: Record<string, unknown>,
  files: FakeFile[],
  origin: string,
): void {
  if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
  if ('embeds' in body) message.embeds = asArray(body.embeds);
  if ('components' in body) message.components = asArray(body.components);
  if (typeof body.flags === 'number') message.flags = body.flags | (message.flags & (EPHEMERAL | HAS_THREAD));
  message.flags &= ~LOADING;
  if (Array.isArray(body.attachments)) {
    const keep = new Set((body.attachments as Record<string, unknown>[]).map((a) => String(a.id)));
    const kept = message.attachments.filter((a) => keep.has(String(a.id)));
    message.files = message.files.filter((_, i) => keep.has(String(message.attachments[i]?.id)));
    message.attachments = kept;
  }
  message.attachments.push(...uploadedAttachments(body, files, message.channelId, origin));
  message.files.push(...files);
  message.body = body;
  message.edits += 1;
  message.editedTimestamp = new Date().toISOString();
}

/** A message's API JSON; a message a thread was started from carries that thread (`thread`). */
export function messageView(world: World, message: FakeMessage): Record<string, unknown> {
  const author = world.users.get(message.authorId) ?? world.botUser;
  const json = messageJson(message, author, world.applicationId);
  const thread = world.findThread(message.id);
  return thread && thread.parentId === message.channelId ? { ...json, thread: threadJson(thread) } : json;
}

import type { APIEmbed, APIMessageTopLevelComponent } from 'discord.js';
import type {
  FakeFile,
  FakeMessage,
  InteractionCallback,
  InteractionRecord,
  RecordedRequest,
} from './types.js';
import type { World } from './world.js';

/** What a test reads back from an interaction: a callback body or the resulting visible message. */
export interface ReplyView {
  /** Callback type (4 message, 5 deferred, 6 deferred update, 7 update, 8 autocomplete, 9 modal). */
  type: number;
  content: string;
  embeds: APIEmbed[];
  components: APIMessageTopLevelComponent[];
  flags: number;
  /** `flags & 64` */
  ephemeral: boolean;
  files: FakeFile[];
  /** API attachment objects (only for message views). */
  attachments: Record<string, unknown>[];
  /** Every `custom_id` found in `components` (nested), in order. */
  customIds: string[];
  /** Autocomplete choices (type 8). */
  choices: { name: string; value: string | number }[];
  /** Modal custom id and title (type 9). */
  customId: string | null;
  title: string | null;
  /** Raw callback `data` or the message's last request body. */
  data: Record<string, unknown> | null;
  /** The message id when the view is a message. */
  messageId: string | null;
}

export interface InteractionHandle {
  id: string;
  token: string;
  /** The `INTERACTION_CREATE` data that was dispatched. */
  payload: Record<string, unknown>;
  /** The first callback the bot sent (waits; rejects after the timeout). */
  reply(timeoutMs?: number): Promise<ReplyView>;
  /**
   * The visible outcome: the message of callback 4/7, or after a deferral (5/6) the latest `@original` edit or
   * follow-up (waits for the first one). For 8/9 the callback itself.
   */
  response(timeoutMs?: number): Promise<ReplyView>;
  /** Every callback received (normally one). */
  callbacks(): InteractionCallback[];
  /** Follow-up messages, in order. */
  followUps(): ReplyView[];
  /** All recorded HTTP requests that used this interaction's token. */
  requests(): RecordedRequest[];
}

export const DEFAULT_WAIT_MS = 10_000;

function collectCustomIds(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) collectCustomIds(item, out);
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof obj.custom_id === 'string') out.push(obj.custom_id);
    for (const [key, child] of Object.entries(obj)) if (key !== 'custom_id') collectCustomIds(child, out);
  }
  return out;
}

export function callbackView(cb: InteractionCallback): ReplyView {
  const data = cb.data ?? {};
  const components = (Array.isArray(data.components) ? data.components : []) as APIMessageTopLevelComponent[];
  const flags = typeof data.flags === 'number' ? data.flags : 0;
  return {
    type: cb.type,
    content: typeof data.content === 'string' ? data.content : '',
    embeds: (Array.isArray(data.embeds) ? data.embeds : []) as APIEmbed[],
    components,
    flags,
    ephemeral: (flags & 64) !== 0,
    files: cb.files,
    attachments: [],
    customIds: collectCustomIds(components),
    choices: (Array.isArray(data.choices) ? data.choices : []) as ReplyView['choices'],
    customId: typeof data.custom_id === 'string' ? data.custom_id : null,
    title: typeof data.title === 'string' ? data.title : null,
    data: cb.data,
    messageId: null,
  };
}

export function messageToView(message: FakeMessage, type = 4): ReplyView {
  const components = message.components as APIMessageTopLevelComponent[];
  return {
    type,
    content: message.content,
    embeds: message.embeds as APIEmbed[],
    components,
    flags: message.flags,
    ephemeral: (message.flags & 64) !== 0,
    files: message.files,
    attachments: message.attachments,
    customIds: collectCustomIds(components),
    choices: [],
    customId: null,
    title: null,
    data: message.body,
    messageId: message.id,
  };
}

export function createHandle(
  world: World,
  rec: InteractionRecord,
  defaultTimeoutMs: number,
): InteractionHandle {
  const describe = (what: string) => (): string => {
    const seen = world.requests
      .filter((r) => r.path.includes(rec.token))
      .map((r) => `${r.method} ${r.path.replace(rec.token, '<token>')} -> ${r.status}`);
    return `waiting for ${what} of interaction ${rec.id} (${rec.label}); requests for it: ${
      seen.length > 0 ? seen.join(', ') : 'none'
    }`;
  };
  const firstCallback = (timeoutMs: number): Promise<InteractionCallback> =>
    world.waitFor(() => rec.callbacks[0], timeoutMs, describe('the first callback'));

  return {
    id: rec.id,
    token: rec.token,
    payload: rec.payload,
    async reply(timeoutMs = defaultTimeoutMs) {
      return callbackView(await firstCallback(timeoutMs));
    },
    async response(timeoutMs = defaultTimeoutMs) {
      const cb = await firstCallback(timeoutMs);
      if (cb.type === 5 || cb.type === 6) {
        await world.waitFor(
          () => (rec.updates > 0 ? true : undefined),
          timeoutMs,
          describe('an edit or follow-up after the deferral'),
        );
      }
      const message = world.messages.get(rec.lastVisibleMessageId ?? '');
      return message ? messageToView(message, cb.type) : callbackView(cb);
    },
    callbacks: () => [...rec.callbacks],
    followUps: () =>
      rec.followupIds.flatMap((id) => {
        const message = world.messages.get(id);
        return message ? [messageToView(message)] : [];
      }),
    requests: () => world.requests.filter((r) => r.path.includes(rec.token)),
  };
}

import type { APIApplicationCommandInteractionDataOption } from 'discord.js';
import { createHandle, type InteractionHandle } from './handle.js';
import { messageView } from './messages.js';
import { buildOptions, type CommandOptionsInput, findCommand } from './options.js';
import { channelPermissions } from './permissions.js';
import { memberJson, threadJson, userJson } from './serialize.js';
import { nextSnowflake, randomToken } from './snowflake.js';
import { type FakeGuild, type FakeMessage, type InteractionRecord, isThread } from './types.js';
import type { World } from './world.js';

/** Builds realistic `INTERACTION_CREATE` payloads and dispatches them over the gateway. */

export interface InteractionTarget {
  guildId: string;
  userId: string;
  /** Defaults to the guild's first text channel. */
  channelId?: string;
  locale?: string;
}

export interface SendCommandOptions extends InteractionTarget {
  name: string;
  subcommand?: string;
  subcommandGroup?: string;
  /** Raw API options, or a simple `{ name: value }` object converted using the registered definition. */
  options?: CommandOptionsInput;
  /** Extra `resolved` data (merged over what the simple form produces). */
  resolved?: Record<string, unknown>;
}

export interface SendAutocompleteOptions extends SendCommandOptions {
  /** Name of the focused option (its value is sent as a string). */
  focused: string;
}

export interface ClickButtonOptions extends InteractionTarget {
  customId: string;
  /** The message holding the button; default: the newest known message with that custom id. */
  messageId?: string;
}

/** A click on a button of a message the bot sent in a user's DM channel (no guild, no member). */
export interface ClickDirectMessageButtonOptions {
  userId: string;
  customId: string;
  /** The DM holding the button; default: the newest DM to the user with that custom id. */
  messageId?: string;
  locale?: string;
}

export interface SelectMenuOptions extends ClickButtonOptions {
  values: string[];
  /** 3 string (default), 5 user, 6 role, 7 mentionable, 8 channel. */
  componentType?: number;
}

export interface SubmitModalOptions extends InteractionTarget {
  customId: string;
  /** Text input values (or selected values) by custom id. */
  fields: Record<string, string | string[]>;
  /** Force a component shape; default mirrors the modal the bot sent (action rows when unknown). */
  shape?: 'actionRow' | 'label';
}

type Dispatch = (data: Record<string, unknown>) => void;

function hasCustomId(value: unknown, customId: string): boolean {
  if (Array.isArray(value)) return value.some((v) => hasCustomId(v, customId));
  if (!value || typeof value !== 'object') return false;
  const obj = value as Record<string, unknown>;
  return obj.custom_id === customId || Object.values(obj).some((v) => hasCustomId(v, customId));
}

export class Interactions {
  constructor(
    private readonly world: World,
    private readonly dispatch: Dispatch,
    private readonly defaultTimeoutMs: number,
  ) {}

  sendCommand(o: SendCommandOptions): InteractionHandle {
    const guild = this.world.guild(o.guildId);
    const channelId = this.channelFor(guild, o.channelId);
    const data = this.commandData(guild, channelId, o);
    return this.emit(2, o, channelId, `/${o.name}`, { data });
  }

  sendAutocomplete(o: SendAutocompleteOptions): InteractionHandle {
    const guild = this.world.guild(o.guildId);
    const channelId = this.channelFor(guild, o.channelId);
    const data = this.commandData(guild, channelId, o, o.focused);
    return this.emit(4, o, channelId, `/${o.name} autocomplete ${o.focused}`, { data });
  }

  clickButton(o: ClickButtonOptions): InteractionHandle {
    return this.component(o, { custom_id: o.customId, component_type: 2 });
  }

  clickDirectMessageButton(o: ClickDirectMessageButtonOptions): InteractionHandle {
    const { world } = this;
    const user = world.users.get(o.userId);
    const channelId = world.dmChannels.get(o.userId);
    if (!user || !channelId) throw new Error(`fake-discord: the bot has no DM channel with ${o.userId}`);
    const message = o.messageId
      ? world.messages.get(o.messageId)
      : [...world.messages.values()]
          .reverse()
          .find((m) => m.channelId === channelId && !m.deleted && hasCustomId(m.components, o.customId));
    if (!message) throw new Error(`fake-discord: no DM to ${o.userId} holds a button ${o.customId}`);
    const id = nextSnowflake();
    const token = randomToken();
    const payload: Record<string, unknown> = {
      id,
      application_id: world.applicationId,
      type: 3,
      token,
      version: 1,
      channel_id: channelId,
      channel: { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [userJson(user)] },
      user: userJson(user),
      locale: o.locale ?? 'en-US',
      entitlements: [],
      authorizing_integration_owners: {},
      context: 1,
      attachment_size_limit: 10_485_760,
      data: { custom_id: o.customId, component_type: 2 },
      message: messageView(world, message),
    };
    const rec: InteractionRecord = {
      id,
      token,
      type: 3,
      label: `dm component ${o.customId}`,
      guildId: null,
      channelId,
      userId: user.id,
      payload,
      createdAt: Date.now(),
      callbacks: [],
      originalMessageId: null,
      followupIds: [],
      sourceMessageId: message.id,
      lastVisibleMessageId: null,
      updates: 0,
    };
    world.interactions.set(token, rec);
    this.dispatch(payload);
    return createHandle(world, rec, this.defaultTimeoutMs);
  }

  selectMenu(o: SelectMenuOptions): InteractionHandle {
    return this.component(o, {
      custom_id: o.customId,
      component_type: o.componentType ?? 3,
      values: o.values,
    });
  }

  submitModal(o: SubmitModalOptions): InteractionHandle {
    const guild = this.world.guild(o.guildId);
    const opener = this.modalOpener(o.customId);
    const definition = opener?.callbacks[0]?.data ?? null;
    const channelId = o.channelId ?? opener?.channelId ?? this.channelFor(guild, undefined);
    const components = this.modalComponents(o, definition);
    const source = opener?.sourceMessageId ? this.world.messages.get(opener.sourceMessageId) : undefined;
    const extra: Record<string, unknown> = { data: { custom_id: o.customId, components } };
    if (source) extra.message = messageView(this.world, source);
    return this.emit(5, o, channelId, `modal ${o.customId}`, extra, source?.id ?? null);
  }

  private commandData(
    guild: FakeGuild,
    channelId: string,
    o: SendCommandOptions,
    focused?: string,
  ): Record<string, unknown> {
    const def = findCommand(this.world, guild.id, o.name) as { id?: string } | undefined;
    let options: unknown[];
    let resolved: Record<string, unknown> = {};
    if (Array.isArray(o.options)) {
      options = o.options as APIApplicationCommandInteractionDataOption[];
    } else {
      const command = {
        name: o.name,
        ...(o.subcommand ? { subcommand: o.subcommand } : {}),
        ...(o.subcommandGroup ? { subcommandGroup: o.subcommandGroup } : {}),
      };
      const built = buildOptions(this.world, guild, channelId, command, o.options ?? {}, focused);
      options = built.options;
      resolved = built.resolved;
    }
    resolved = { ...resolved, ...o.resolved };
    return {
      id: def?.id ?? nextSnowflake(),
      name: o.name,
      type: 1,
      guild_id: guild.id,
      options,
      ...(Object.keys(resolved).length > 0 ? { resolved } : {}),
    };
  }

  private component(o: ClickButtonOptions, data: Record<string, unknown>): InteractionHandle {
    const guild = this.world.guild(o.guildId);
    const message = this.messageWith(guild, o);
    return this.emit(
      3,
      o,
      message.channelId,
      `component ${o.customId}`,
      { data, message: messageView(this.world, message) },
      message.id,
    );
  }

  /** The message holding a component: explicit id, newest known message with it, or a stub bot message. */
  private messageWith(guild: FakeGuild, o: ClickButtonOptions): FakeMessage {
    if (o.messageId) {
      const found = this.world.messages.get(o.messageId);
      if (!found) throw new Error(`fake-discord: unknown message ${o.messageId}`);
      return found;
    }
    const candidates = [...this.world.messages.values()].reverse();
    const found = candidates.find(
      (m) =>
        !m.deleted && (m.guildId === guild.id || m.guildId === null) && hasCustomId(m.components, o.customId),
    );
    if (found) return found;
    const channelId = this.channelFor(guild, o.channelId);
    const stub: FakeMessage = {
      id: nextSnowflake(),
      channelId,
      guildId: guild.id,
      authorId: this.world.botUser.id,
      source: 'component',
      interactionToken: null,
      content: '',
      embeds: [],
      components: [
        { type: 1, components: [{ type: 2, style: 1, custom_id: o.customId, label: o.customId }] },
      ],
      flags: 0,
      files: [],
      attachments: [],
      nonce: null,
      timestamp: new Date().toISOString(),
      editedTimestamp: null,
      deleted: false,
      body: {},
      edits: 0,
    };
    this.world.messages.set(stub.id, stub);
    return stub;
  }

  private modalOpener(customId: string): InteractionRecord | undefined {
    return [...this.world.interactions.values()]
      .reverse()
      .find((rec) => rec.callbacks[0]?.type === 9 && rec.callbacks[0].data?.custom_id === customId);
  }

  private modalComponents(o: SubmitModalOptions, definition: Record<string, unknown> | null): unknown[] {
    let nextId = 1;
    const input = (component: Record<string, unknown>): Record<string, unknown> => {
      const customId = String(component.custom_id);
      const type = typeof component.type === 'number' ? component.type : 4;
      const value = o.fields[customId];
      const base = { type, id: nextId++, custom_id: customId };
      if (type === 4) return { ...base, value: Array.isArray(value) ? value.join('\n') : (value ?? '') };
      return { ...base, values: Array.isArray(value) ? value : value === undefined ? [] : [value] };
    };
    const wrap = (component: Record<string, unknown>, asLabel: boolean): Record<string, unknown> =>
      asLabel
        ? { type: 18, id: nextId++, component: input(component) }
        : { type: 1, id: nextId++, components: [input(component)] };

    const defined = (Array.isArray(definition?.components) ? definition.components : []) as Record<
      string,
      unknown
    >[];
    const out: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    for (const row of defined) {
      if (row.type === 10) {
        out.push({ type: 10, id: nextId++ });
        continue;
      }
      const inner = (row.type === 18 ? row.component : (row.components as unknown[] | undefined)?.[0]) as
        | Record<string, unknown>
        | undefined;
      if (!inner?.custom_id) continue;
      seen.add(String(inner.custom_id));
      out.push(wrap(inner, o.shape ? o.shape === 'label' : row.type === 18));
    }
    for (const customId of Object.keys(o.fields)) {
      if (seen.has(customId)) continue;
      if (defined.length > 0) {
        throw new Error(`fake-discord: modal ${o.customId} sent by the bot has no field "${customId}"`);
      }
      out.push(wrap({ type: 4, custom_id: customId }, o.shape === 'label'));
    }
    return out;
  }

  private channelFor(guild: FakeGuild, channelId: string | undefined): string {
    if (channelId) {
      if (!guild.channels.has(channelId) && !guild.threads.has(channelId)) {
        throw new Error(`fake-discord: channel ${channelId} is not in guild ${guild.id}`);
      }
      return channelId;
    }
    const first = [...guild.channels.values()].find((c) => c.type === 0);
    if (!first) throw new Error(`fake-discord: guild ${guild.id} has no text channel; call addChannel first`);
    return first.id;
  }

  private emit(
    type: number,
    target: InteractionTarget,
    channelId: string,
    label: string,
    extra: Record<string, unknown>,
    sourceMessageId: string | null = null,
  ): InteractionHandle {
    const { world } = this;
    const guild = world.guild(target.guildId);
    const member = guild.members.get(target.userId);
    if (!member) throw new Error(`fake-discord: user ${target.userId} is not a member of guild ${guild.id}`);
    const channel = guild.channels.get(channelId) ?? guild.threads.get(channelId);
    const memberPerms = channelPermissions(guild, member.id, channel);
    const appPerms = channelPermissions(guild, world.botUser.id, channel);
    const id = nextSnowflake();
    const token = randomToken();
    const payload: Record<string, unknown> = {
      id,
      application_id: world.applicationId,
      type,
      token,
      version: 1,
      guild_id: guild.id,
      channel_id: channelId,
      channel:
        channel && isThread(channel)
          ? { ...threadJson(channel), permissions: memberPerms.toString() }
          : {
              id: channelId,
              type: channel?.type ?? 0,
              guild_id: guild.id,
              name: channel?.name ?? 'unknown',
              position: channel?.position ?? 0,
              parent_id: channel?.parentId ?? null,
              topic: channel?.topic ?? null,
              nsfw: false,
              flags: 0,
              last_message_id: null,
              rate_limit_per_user: 0,
              permissions: memberPerms.toString(),
            },
      member: { ...memberJson(member), user: userJson(member.user), permissions: memberPerms.toString() },
      app_permissions: appPerms.toString(),
      locale: target.locale ?? 'en-US',
      guild_locale: guild.preferredLocale,
      entitlements: [],
      authorizing_integration_owners: { '0': guild.id },
      context: 0,
      attachment_size_limit: 10_485_760,
      ...extra,
    };
    const rec: InteractionRecord = {
      id,
      token,
      type,
      label,
      guildId: guild.id,
      channelId,
      userId: member.id,
      payload,
      createdAt: Date.now(),
      callbacks: [],
      originalMessageId: null,
      followupIds: [],
      sourceMessageId,
      lastVisibleMessageId: null,
      updates: 0,
    };
    world.interactions.set(token, rec);
    this.dispatch(payload);
    return createHandle(world, rec, this.defaultTimeoutMs);
  }
}

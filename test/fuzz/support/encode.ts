import { ApplicationCommandOptionType as OptionType } from 'discord.js';
import type { FakeChannel, FakeUser } from '../../support/fake-discord/index.js';
import { channelPermissions } from '../../support/fake-discord/permissions.js';
import { memberJson, roleJson, userJson } from '../../support/fake-discord/serialize.js';
import type { FuzzBot } from './fuzz-bot.js';
import type { GenOption, Ref, SlashCase, Value } from './slash-arbitraries.js';

/** Durations as members type them, good and bad. */
const DURATIONS = [
  '30m',
  '12h',
  '7d',
  '2w',
  '1d12h',
  '90d',
  '1m',
  '0m',
  '91d',
  '59s',
  '1y',
  '7 d',
  '-1d',
  '7D',
];

/**
 * The live server a reference is resolved against, read once per case: the fuzz changes the
 * server as it goes (features created and retired, tags added), and references follow.
 */
export class LiveServer {
  private readonly cache = new Map<string, unknown[]>();

  constructor(private readonly bot: FuzzBot) {}

  private list<T>(key: string, read: () => T[]): T[] {
    let found = this.cache.get(key) as T[] | undefined;
    if (!found) {
      found = read();
      this.cache.set(key, found);
    }
    return found;
  }

  private pluck<T>(sql: string): T[] {
    return this.bot.h.db.prepare(sql).pluck().all(this.bot.h.guild.id) as T[];
  }

  users(): FakeUser[] {
    return this.list('users', () => {
      const { h } = this.bot;
      const m = h.members;
      return [m.alice, m.bob, m.carol, m.maintainer, m.owner]
        .map((x) => x.user)
        .concat([h.fake.botUser, this.bot.stranger.user]);
    });
  }

  resolve(value: Value, def: GenOption['def']): unknown {
    if ('literal' in value) return value.literal;
    const full = this.resolveRef(value, def);
    return value.prefix !== undefined && typeof full === 'string' ? full.slice(0, value.prefix) : full;
  }

  private resolveRef(value: Ref, def: GenOption['def']): unknown {
    const pick = <T>(items: T[], fallback: T): T =>
      items.length > 0 ? items[value.index % items.length]! : fallback;
    const max = def?.max_length;
    const clip = (text: string) => (max !== undefined ? text.slice(0, max) : text);
    const { h } = this.bot;
    switch (value.ref) {
      case 'feature-key':
        return clip(pick(this.featureKeys(), 'dark-mode'));
      case 'new-key':
        return clip(`fz-${value.index.toString(36)}`);
      case 'new-tag':
        return clip(`t${value.index.toString(36)}`);
      case 'tag':
        return clip(pick(this.tags(), 'bug'));
      case 'tag-list': {
        const tags = this.tags();
        const count = 1 + (value.index % 3);
        const chosen = Array.from(
          { length: count },
          (_, i) => tags[(value.index + i) % tags.length] ?? 'bug',
        );
        return clip(chosen.join(value.index % 2 === 0 ? ',' : ', '));
      }
      case 'invite-code': {
        const code = pick(this.inviteCodes(), 'ABCDEFGHJKMNPQRS');
        return clip(value.index % 2 === 0 ? code : code.toLowerCase());
      }
      case 'duration':
        return clip(pick(DURATIONS, '7d'));
      case 'feedback-number': {
        const n = pick(this.feedbackNumbers(), 1);
        return Math.min(def?.max_value ?? n, Math.max(def?.min_value ?? n, n));
      }
      case 'member':
        return pick(this.users(), h.members.alice.user).id;
      case 'role':
        return pick([...h.guild.roles.keys()].sort(), h.guild.id);
      case 'channel':
        return pick(this.channels(def?.channel_types, true), h.channels.general).id;
      case 'other-channel':
        return pick(this.channels(def?.channel_types, false), this.bot.voiceChannel).id;
      case 'attachment':
        return `${900000000000000000n + BigInt(value.index)}`;
    }
  }

  private featureKeys(): string[] {
    return this.list('features', () =>
      this.pluck<string>('SELECT key FROM feature WHERE guild_id = ? ORDER BY id'),
    );
  }

  private tags(): string[] {
    return this.list('tags', () =>
      this.pluck<string>('SELECT tag FROM guild_tag WHERE guild_id = ? ORDER BY tag'),
    );
  }

  private inviteCodes(): string[] {
    return this.list('codes', () =>
      this.pluck<string>(
        'SELECT i.code FROM invite i JOIN feature f ON f.id = i.feature_id WHERE f.guild_id = ? ORDER BY i.id',
      ),
    );
  }

  private feedbackNumbers(): number[] {
    return this.list('numbers', () =>
      this.pluck<number>('SELECT number FROM feedback WHERE guild_id = ? ORDER BY number'),
    );
  }

  private channels(types: number[] | undefined, allowed: boolean): FakeChannel[] {
    const all = [...this.bot.h.guild.channels.values()].sort((a, b) => a.id.localeCompare(b.id));
    if (!types?.length) return allowed ? all : [];
    return all.filter((c) => types.includes(c.type) === allowed);
  }
}

export interface EncodedOptions {
  options: Record<string, unknown>[];
  resolved: Record<string, Record<string, unknown>>;
}

/**
 * The `options` tree and `resolved` data of an `INTERACTION_CREATE`, as Discord builds them: a
 * user, role or channel option is resolved when it names something that exists, unless the case
 * forges an unresolved one.
 */
export function encodeOptions(bot: FuzzBot, c: SlashCase): EncodedOptions {
  const live = new LiveServer(bot);
  const { h } = bot;
  const guild = h.guild;
  const resolved: Record<string, Record<string, unknown>> = {};
  const put = (kind: string, id: string, value: Record<string, unknown>) => {
    resolved[kind] ??= {};
    resolved[kind]![id] = value;
  };
  const resolveEntity = (type: number, id: string) => {
    const role = guild.roles.get(id);
    const user = h.fake.users.get(id);
    const channel = guild.channels.get(id);
    if ((type === OptionType.Role || type === OptionType.Mentionable) && role)
      put('roles', id, roleJson(role));
    if ((type === OptionType.User || type === OptionType.Mentionable) && user) {
      put('users', id, userJson(user));
      const member = guild.members.get(id);
      if (member) {
        const permissions = channelPermissions(guild, id, h.channels.general).toString();
        put('members', id, { ...memberJson(member, false), permissions });
      }
    }
    if (type === OptionType.Channel && channel) {
      const permissions = channelPermissions(guild, h.fake.botUser.id, channel).toString();
      put('channels', id, {
        id,
        name: channel.name,
        type: channel.type,
        permissions,
        parent_id: channel.parentId,
      });
    }
    if (type === OptionType.Attachment) {
      put('attachments', id, {
        id,
        filename: 'notes.txt',
        size: 12,
        url: `https://cdn.discordapp.com/attachments/${h.channels.general.id}/${id}/notes.txt`,
        proxy_url: `https://media.discordapp.net/attachments/${h.channels.general.id}/${id}/notes.txt`,
        content_type: 'text/plain',
      });
    }
  };
  const leaves = c.options.map((o) => {
    const value = live.resolve(o.value, o.def);
    if (typeof value === 'string' && o.flaw !== 'unresolved' && 'ref' in (o.value as Ref))
      resolveEntity(o.type, value);
    return { name: o.name, type: o.type, value, ...(o.focused ? { focused: true } : {}) };
  });
  let options: Record<string, unknown>[] = leaves;
  if (c.sub !== null) options = [{ name: c.sub, type: OptionType.Subcommand, options }];
  if (c.group !== null) options = [{ name: c.group, type: OptionType.SubcommandGroup, options }];
  return { options, resolved };
}

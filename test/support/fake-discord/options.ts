import type { APIApplicationCommandInteractionDataOption } from 'discord.js';
import { channelPermissions } from './permissions.js';
import { memberJson, roleJson, threadJson, userJson } from './serialize.js';
import { nextSnowflake } from './snowflake.js';
import { type FakeGuild, isThread } from './types.js';
import type { World } from './world.js';

/** Turns `{ key: 'x', seats: 5, role: roleId }` into typed command options + `resolved` data. */

/** An attachment option value. */
export interface AttachmentValue {
  filename: string;
  size?: number;
  contentType?: string;
}

export type SimpleOptionValue = string | number | boolean | AttachmentValue;

export type CommandOptionsInput =
  | APIApplicationCommandInteractionDataOption[]
  | Record<string, SimpleOptionValue>;

export interface BuiltOptions {
  options: Record<string, unknown>[];
  resolved: Record<string, Record<string, unknown>>;
}

interface OptionDef {
  name: string;
  type: number;
  options?: OptionDef[];
}

/** The registered definition of a chat-input command (guild commands first, then global). */
export function findCommand(world: World, guildId: string, name: string, type = 1): OptionDef | undefined {
  for (const key of [guildId, 'global']) {
    const found = world.commands.get(key)?.find((c) => c.name === name && (c.type ?? 1) === type);
    if (found) return found as unknown as OptionDef;
  }
  return undefined;
}

function inferType(guild: FakeGuild, world: World, value: SimpleOptionValue): number {
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  if (typeof value === 'object') return 11;
  if (guild.roles.has(value)) return 8;
  if (guild.channels.has(value) || guild.threads.has(value)) return 7;
  if (guild.members.has(value) || (world.users.has(value) && /^\d{15,}$/.test(value))) return 6;
  return 3;
}

export function buildOptions(
  world: World,
  guild: FakeGuild,
  channelId: string,
  command: { name: string; subcommand?: string; subcommandGroup?: string; type?: number },
  input: Record<string, SimpleOptionValue>,
  focused?: string,
): BuiltOptions {
  const resolved: Record<string, Record<string, unknown>> = {};
  const put = (kind: string, id: string, value: Record<string, unknown>): void => {
    resolved[kind] ??= {};
    (resolved[kind] as Record<string, unknown>)[id] = value;
  };
  let defs = findCommand(world, guild.id, command.name, command.type)?.options;
  if (command.subcommandGroup)
    defs = defs?.find((o) => o.name === command.subcommandGroup && o.type === 2)?.options;
  if (command.subcommand) defs = defs?.find((o) => o.name === command.subcommand && o.type === 1)?.options;
  const channel = guild.channels.get(channelId) ?? guild.threads.get(channelId);

  const leaf = Object.entries(input).map(([name, value]) => {
    const type = defs?.find((d) => d.name === name)?.type ?? inferType(guild, world, value);
    if (name === focused) return { name, type, value: String(value), focused: true };
    switch (type) {
      case 4:
      case 10:
        return { name, type, value: Number(value) };
      case 5:
        return { name, type, value: value === true || value === 'true' };
      case 11: {
        const file = value as AttachmentValue;
        const id = nextSnowflake();
        put('attachments', id, {
          id,
          filename: file.filename,
          size: file.size ?? 0,
          url: `https://cdn.discordapp.com/attachments/${channelId}/${id}/${file.filename}`,
          proxy_url: `https://media.discordapp.net/attachments/${channelId}/${id}/${file.filename}`,
          ...(file.contentType ? { content_type: file.contentType } : {}),
        });
        return { name, type, value: id };
      }
      default: {
        const id = String(value);
        if (type === 8 || (type === 9 && guild.roles.has(id))) {
          const role = guild.roles.get(id);
          if (role) put('roles', id, roleJson(role));
        } else if (type === 6 || type === 9) {
          const user = world.users.get(id);
          if (user) put('users', id, userJson(user));
          const member = guild.members.get(id);
          if (member) {
            const permissions = channelPermissions(guild, id, channel).toString();
            put('members', id, { ...memberJson(member, false), permissions });
          }
        } else if (type === 7) {
          const target = guild.channels.get(id) ?? guild.threads.get(id);
          if (target) {
            const permissions = channelPermissions(guild, world.botUser.id, target).toString();
            put('channels', id, {
              id,
              name: target.name,
              type: target.type,
              permissions,
              parent_id: target.parentId,
              ...(isThread(target)
                ? { thread_metadata: (threadJson(target) as { thread_metadata: unknown }).thread_metadata }
                : {}),
            });
          }
        }
        return { name, type, value: id };
      }
    }
  });

  let options: Record<string, unknown>[] = leaf;
  if (command.subcommand) options = [{ name: command.subcommand, type: 1, options }];
  if (command.subcommandGroup) options = [{ name: command.subcommandGroup, type: 2, options }];
  return { options, resolved };
}

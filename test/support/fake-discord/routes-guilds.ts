import { PermissionFlagsBits } from 'discord.js';
import { basePermissions, has, highestRolePosition } from './permissions.js';
import {
  missingPermissions,
  noContent,
  ok,
  type RouteContext,
  type RouteResult,
  type Router,
  unknownGuild,
  unknownMember,
  unknownRole,
} from './router.js';
import { channelJson, guildJson, memberJson, roleJson } from './serialize.js';

/** Guild, member and role routes; role assignment mutates the world and dispatches GUILD_MEMBER_UPDATE. */

function changeRole(ctx: RouteContext, add: boolean): RouteResult {
  const { world, params } = ctx;
  const guild = world.guilds.get(params.guildId ?? '');
  if (!guild) return unknownGuild();
  const member = guild.members.get(params.userId ?? '');
  if (!member) return unknownMember();
  const role = guild.roles.get(params.roleId ?? '');
  if (!role || role.id === guild.id) return unknownRole();
  const botId = world.botUser.id;
  const perms = basePermissions(guild, botId);
  if (!has(perms, PermissionFlagsBits.ManageRoles)) return missingPermissions();
  if (guild.ownerId !== botId && role.position >= highestRolePosition(guild, botId))
    return missingPermissions();
  if (role.managed) return missingPermissions();
  const before = member.roles.has(role.id);
  if (add) member.roles.add(role.id);
  else member.roles.delete(role.id);
  if (before !== member.roles.has(role.id)) world.memberUpdated(member);
  world.changed();
  return noContent();
}

export function registerGuildRoutes(router: Router): void {
  router
    .on('GET', '/guilds/:guildId', ({ world, params }) => {
      const guild = world.guilds.get(params.guildId ?? '');
      return guild
        ? ok({ ...guildJson(guild), approximate_member_count: guild.members.size })
        : unknownGuild();
    })
    .on('GET', '/guilds/:guildId/roles', ({ world, params }) => {
      const guild = world.guilds.get(params.guildId ?? '');
      return guild ? ok([...guild.roles.values()].map(roleJson)) : unknownGuild();
    })
    .on('GET', '/guilds/:guildId/channels', ({ world, params }) => {
      const guild = world.guilds.get(params.guildId ?? '');
      return guild ? ok([...guild.channels.values()].map(channelJson)) : unknownGuild();
    })
    .on('GET', '/guilds/:guildId/members', ({ world, params, query }) => {
      const guild = world.guilds.get(params.guildId ?? '');
      if (!guild) return unknownGuild();
      const limit = Number(query.limit ?? '1');
      const after = BigInt(query.after ?? '0');
      const members = [...guild.members.values()]
        .filter((m) => BigInt(m.id) > after)
        .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))
        .slice(0, limit);
      return ok(members.map((m) => memberJson(m)));
    })
    .on('GET', '/guilds/:guildId/members/:userId', ({ world, params }) => {
      const guild = world.guilds.get(params.guildId ?? '');
      if (!guild) return unknownGuild();
      const member = guild.members.get(params.userId ?? '');
      return member ? ok(memberJson(member)) : unknownMember();
    })
    .on('PUT', '/guilds/:guildId/members/:userId/roles/:roleId', (ctx) => changeRole(ctx, true))
    .on('DELETE', '/guilds/:guildId/members/:userId/roles/:roleId', (ctx) => changeRole(ctx, false));
}

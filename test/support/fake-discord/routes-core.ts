import { fail, ok, type Router } from './router.js';
import { userJson } from './serialize.js';
import { nextSnowflake } from './snowflake.js';
import type { World } from './world.js';

/** Gateway discovery, the bot user, the application and command registration. */

function storeCommands(
  world: World,
  key: string,
  guildId: string | null,
  body: unknown,
): Record<string, unknown>[] {
  const previous = world.commands.get(key) ?? [];
  const incoming = (Array.isArray(body) ? body : []) as Record<string, unknown>[];
  const stored = incoming.map((cmd) => {
    const type = typeof cmd.type === 'number' ? cmd.type : 1;
    const existing = previous.find((p) => p.name === cmd.name && p.type === type);
    return {
      ...cmd,
      id: (existing?.id as string | undefined) ?? nextSnowflake(),
      application_id: world.applicationId,
      version: nextSnowflake(),
      type,
      description: cmd.description ?? '',
      default_member_permissions: cmd.default_member_permissions ?? null,
      nsfw: cmd.nsfw ?? false,
      ...(guildId ? { guild_id: guildId } : {}),
    };
  });
  world.commands.set(key, stored);
  return stored;
}

export function registerCoreRoutes(router: Router, gatewayUrl: () => string): void {
  router
    .on('GET', '/gateway/bot', () =>
      ok({
        url: gatewayUrl(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      }),
    )
    .on('GET', '/gateway', () => ok({ url: gatewayUrl() }))
    .on('GET', '/users/@me', ({ world }) =>
      ok({ ...userJson(world.botUser), verified: true, mfa_enabled: false }),
    )
    .on('GET', '/users/:userId', ({ world, params }) => {
      const user = world.users.get(params.userId ?? '');
      return user ? ok(userJson(user)) : fail(404, 10013, 'Unknown User');
    })
    .on('GET', '/applications/@me', ({ world }) =>
      ok({
        id: world.applicationId,
        name: world.botUser.username,
        icon: null,
        description: '',
        summary: '',
        bot_public: false,
        bot_require_code_grant: false,
        verify_key: '0'.repeat(64),
        flags: 0,
        owner: userJson(world.botUser),
        team: null,
        bot: userJson(world.botUser),
        approximate_guild_count: world.guilds.size,
      }),
    )
    .on('PUT', '/applications/:appId/commands', ({ world, params, json }) =>
      params.appId === world.applicationId
        ? ok(storeCommands(world, 'global', null, json))
        : fail(403, 50001, 'Missing Access'),
    )
    .on('GET', '/applications/:appId/commands', ({ world }) => ok(world.commands.get('global') ?? []))
    .on('PUT', '/applications/:appId/guilds/:guildId/commands', ({ world, params, json }) => {
      if (params.appId !== world.applicationId) return fail(403, 50001, 'Missing Access');
      if (!world.guilds.has(params.guildId ?? '')) return fail(403, 50001, 'Missing Access');
      return ok(storeCommands(world, params.guildId ?? '', params.guildId ?? null, json));
    })
    .on('GET', '/applications/:appId/guilds/:guildId/commands', ({ world, params }) =>
      ok(world.commands.get(params.guildId ?? '') ?? []),
    );
}

/**
 * # Fake Discord
 *
 * An in-process Discord (REST + gateway WebSocket on 127.0.0.1, random port) that the real discord.js `Client`
 * logs in to. Every request is recorded and checked against Discord's OpenAPI spec.
 *
 * ```ts
 * const fake = await startFakeDiscord();
 * const guild = fake.addGuild({ name: 'Test' });
 * const channel = fake.addChannel(guild.id, { name: 'general' });
 * const alice = fake.addMember(guild.id, { username: 'alice' });
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.restUrl } });
 * await client.login('any-token');
 * const handle = fake.sendCommand({ guildId: guild.id, userId: alice.id, name: 'feature',
 *   subcommand: 'create', options: { key: 'x', seats: 5 } });
 * expect((await handle.reply()).ephemeral).toBe(true);
 * fake.assertNoViolations();
 * await client.destroy(); await fake.close();
 * ```
 *
 * - World: `addGuild`, `addRole`, `updateRole`, `addMember`, `addChannel`, `setMemberRoles`, `removeMember`; `guilds`, `users`
 *   (live maps, mutated by the REST routes); changes after login are dispatched over the gateway.
 * - Traffic: `requests`, `channelMessages(channelId)`, `directMessages(userId)`, `commands(guildId?)`,
 *   `waitForRequest(pred)`.
 * - Interactions: `sendCommand`, `sendAutocomplete`, `clickButton`, `clickDirectMessageButton`, `selectMenu`,
 *   `submitModal` return an {@link InteractionHandle} (`reply()`, `response()`, `followUps()`, `requests()`).
 * - Faults: `failNext`, `rateLimit`, `setLatency`, `dropGatewayConnections`.
 * - Spec: `violations`, `assertNoViolations()` (invalid bodies of known operations are answered 400/50035;
 *   paths or methods missing from the spec are recorded and answered by the routes, usually 404).
 */
import type { Server } from 'node:http';
import { GatewayIntentBits } from 'discord.js';
import { type FailNextOptions, Faults, type RateLimitOptions } from './faults.js';
import { Gateway } from './gateway.js';
import { DEFAULT_WAIT_MS, type InteractionHandle } from './handle.js';
import {
  type ClickButtonOptions,
  type ClickDirectMessageButtonOptions,
  Interactions,
  type SelectMenuOptions,
  type SendAutocompleteOptions,
  type SendCommandOptions,
  type SubmitModalOptions,
} from './interactions.js';
import { getValidator, type OpenApiValidator } from './openapi-validator.js';
import { Router } from './router.js';
import { registerChannelRoutes } from './routes-channels.js';
import { registerCoreRoutes } from './routes-core.js';
import { registerGuildRoutes } from './routes-guilds.js';
import { registerInteractionRoutes } from './routes-interactions.js';
import { registerThreadRoutes } from './routes-threads.js';
import { RestServer } from './server.js';
import type {
  FakeChannel,
  FakeForumTag,
  FakeGuild,
  FakeMember,
  FakeMessage,
  FakeOverwrite,
  FakeRole,
  FakeThread,
  FakeUser,
  RecordedRequest,
  Violation,
} from './types.js';
import {
  type AddChannelOptions,
  type AddGuildOptions,
  type AddMemberOptions,
  type AddRoleOptions,
  type AddThreadOptions,
  type ThreadChanges,
  World,
} from './world.js';

export type { FailNextOptions, RateLimitOptions } from './faults.js';
export type { InteractionHandle, ReplyView } from './handle.js';
export type {
  ClickButtonOptions,
  ClickDirectMessageButtonOptions,
  SelectMenuOptions,
  SendAutocompleteOptions,
  SendCommandOptions,
  SubmitModalOptions,
} from './interactions.js';
export type { AttachmentValue, SimpleOptionValue } from './options.js';
export type * from './types.js';
export type {
  AddChannelOptions,
  AddGuildOptions,
  AddMemberOptions,
  AddRoleOptions,
  AddThreadOptions,
  ForumTagInput,
  ThreadChanges,
} from './world.js';
export { FORUM_TAG_LIMITS, REQUIRE_TAG } from './world.js';

export interface FakeDiscordOptions {
  botUserId?: string;
  botUsername?: string;
  applicationId?: string;
  /** Validate requests against the OpenAPI spec (default true). */
  validate?: boolean;
  /** Path of `openapi.json`; default `<repo>/../shared/discord-api-spec/openapi.json`. */
  specPath?: string;
  /** Gateway heartbeat interval sent in HELLO (default 41250 ms). */
  heartbeatIntervalMs?: number;
  /** Default timeout of `handle.reply()` / `response()` / `waitForRequest()` (default 10 s). */
  waitTimeoutMs?: number;
}

export class FakeDiscord {
  readonly world: World;
  readonly faults = new Faults();
  readonly gateway: Gateway;
  private readonly rest: RestServer;
  private readonly interactions: Interactions;
  private readonly waitTimeoutMs: number;
  private readonly validator: OpenApiValidator | null;
  /** `http://127.0.0.1:PORT/api` — pass as `rest: { api }` to discord.js. */
  restUrl = '';
  /** `ws://127.0.0.1:PORT` */
  gatewayUrl = '';

  constructor(options: FakeDiscordOptions = {}) {
    this.world = new World(options);
    this.waitTimeoutMs = options.waitTimeoutMs ?? DEFAULT_WAIT_MS;
    this.gateway = new Gateway(this.world, { heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250 });
    this.world.dispatch = (t, d, intent) => this.gateway.dispatch(t, d, intent);
    this.world.events.on('guildAdded', (guild: FakeGuild) => this.gateway.guildAdded(guild.id));
    const router = new Router();
    registerCoreRoutes(router, () => this.gatewayUrl);
    registerInteractionRoutes(router);
    registerThreadRoutes(router);
    registerChannelRoutes(router);
    registerGuildRoutes(router);
    const validator = options.validate === false ? null : getValidator(options.specPath);
    this.validator = validator;
    this.rest = new RestServer({ world: this.world, router, faults: this.faults, validator });
    this.rest.server.on('upgrade', (req, socket, head) => this.gateway.handleUpgrade(req, socket, head));
    this.interactions = new Interactions(
      this.world,
      (payload) => this.gateway.dispatch('INTERACTION_CREATE', payload, 0, true),
      this.waitTimeoutMs,
    );
  }

  async listen(): Promise<this> {
    const origin = await this.rest.listen();
    this.restUrl = `${origin}/api`;
    this.gatewayUrl = origin.replace(/^http/, 'ws');
    this.gateway.url = this.gatewayUrl;
    return this;
  }

  get httpServer(): Server {
    return this.rest.server;
  }

  // ---- world -------------------------------------------------------------------------------------------
  get guilds(): Map<string, FakeGuild> {
    return this.world.guilds;
  }
  get users(): Map<string, FakeUser> {
    return this.world.users;
  }
  get botUser(): FakeUser {
    return this.world.botUser;
  }
  get applicationId(): string {
    return this.world.applicationId;
  }
  addGuild(options?: AddGuildOptions): FakeGuild {
    return this.world.addGuild(options);
  }
  addRole(guildId: string, options: AddRoleOptions): FakeRole {
    return this.world.addRole(guildId, options);
  }
  addMember(guildId: string, options?: AddMemberOptions): FakeMember {
    return this.world.addMember(guildId, options);
  }
  updateRole(
    guildId: string,
    roleId: string,
    changes: Partial<Pick<FakeRole, 'name' | 'permissions'>>,
  ): FakeRole {
    return this.world.updateRole(guildId, roleId, changes);
  }
  addChannel(guildId: string, options: AddChannelOptions): FakeChannel {
    return this.world.addChannel(guildId, options);
  }
  /** A thread or forum post made by a member (dispatches `THREAD_CREATE`); see `World.addThread`. */
  addThread(parentId: string, options: AddThreadOptions): FakeThread {
    return this.world.addThread(parentId, options);
  }
  /** A thread or forum post by id (throws when unknown). */
  thread(threadId: string): FakeThread {
    return this.world.thread(threadId);
  }
  /** The threads or posts of a channel or forum, oldest first, archived ones included. */
  threadsOf(parentId: string): FakeThread[] {
    return this.world.threadsOf(parentId);
  }
  /** Every message in a thread, oldest first (a forum post's starter message first). */
  threadMessages(threadId: string): FakeMessage[] {
    return this.world.threadMessages(threadId);
  }
  /** A forum's tag by name (throws when missing). */
  forumTag(forumId: string, name: string): FakeForumTag {
    return this.world.forumTag(forumId, name);
  }
  /** Changes a thread as a moderator or Discord's auto-archive would, and dispatches `THREAD_UPDATE`. */
  updateThread(threadId: string, changes: ThreadChanges): FakeThread {
    return this.world.updateThread(threadId, changes);
  }
  /** Sets (replaces) a permission overwrite on a channel and dispatches `CHANNEL_UPDATE`. */
  setChannelOverwrite(channelId: string, overwrite: FakeOverwrite): void {
    this.world.setChannelOverwrite(channelId, overwrite);
  }
  setMemberRoles(guildId: string, userId: string, roles: Iterable<string>): void {
    this.world.setMemberRoles(guildId, userId, roles);
  }
  removeMember(guildId: string, userId: string): void {
    this.world.removeMember(guildId, userId);
  }
  /** Role ids of a member (without `@everyone`); empty when not a member. */
  memberRoles(guildId: string, userId: string): string[] {
    return [...(this.world.guilds.get(guildId)?.members.get(userId)?.roles ?? [])];
  }

  // ---- traffic -----------------------------------------------------------------------------------------
  get requests(): readonly RecordedRequest[] {
    return this.world.requests;
  }
  get violations(): readonly Violation[] {
    return this.world.violations;
  }
  /** Messages posted with `POST /channels/{id}/messages` (optionally also interaction replies there). */
  channelMessages(channelId: string, options: { includeInteractions?: boolean } = {}): FakeMessage[] {
    return [...this.world.messages.values()].filter(
      (m) =>
        m.channelId === channelId &&
        !m.deleted &&
        (m.source === 'channel' ||
          (options.includeInteractions === true && (m.flags & 64) === 0 && m.source !== 'component')),
    );
  }
  /** Messages the bot sent to a user's DM channel. */
  directMessages(userId: string): FakeMessage[] {
    const channelId = this.world.dmChannels.get(userId);
    return [...this.world.messages.values()].filter((m) => m.channelId === channelId && m.source === 'dm');
  }
  /** Registered commands: global (no argument) or of a guild. */
  commands(guildId?: string): Record<string, unknown>[] {
    return this.world.commands.get(guildId ?? 'global') ?? [];
  }
  /** Resolves with the first (already recorded or future) answered request matching `predicate`. */
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs = this.waitTimeoutMs,
  ): Promise<RecordedRequest> {
    return this.world.waitFor(
      () => this.world.requests.find((r) => r.status !== null && predicate(r)),
      timeoutMs,
      () => `waiting for a matching request (${this.world.requests.length} recorded)`,
    );
  }
  /** Resolves once a gateway session is identified and connected. */
  waitForGateway(timeoutMs = this.waitTimeoutMs): Promise<true> {
    return this.world.waitFor(
      () => (this.gateway.connected ? true : undefined),
      timeoutMs,
      () => 'waiting for a gateway IDENTIFY',
    );
  }

  // ---- interactions ------------------------------------------------------------------------------------
  sendCommand(options: SendCommandOptions): InteractionHandle {
    return this.interactions.sendCommand(options);
  }
  sendAutocomplete(options: SendAutocompleteOptions): InteractionHandle {
    return this.interactions.sendAutocomplete(options);
  }
  clickButton(options: ClickButtonOptions): InteractionHandle {
    return this.interactions.clickButton(options);
  }
  clickDirectMessageButton(options: ClickDirectMessageButtonOptions): InteractionHandle {
    return this.interactions.clickDirectMessageButton(options);
  }
  selectMenu(options: SelectMenuOptions): InteractionHandle {
    return this.interactions.selectMenu(options);
  }
  submitModal(options: SubmitModalOptions): InteractionHandle {
    return this.interactions.submitModal(options);
  }

  // ---- faults ------------------------------------------------------------------------------------------
  failNext(options: FailNextOptions): void {
    this.faults.failNext(options);
  }
  rateLimit(options: RateLimitOptions): void {
    this.faults.rateLimit(options);
  }
  setLatency(ms: number): void {
    this.faults.latencyMs = ms;
  }
  /** Drops gateway sockets with a resumable close code; discord.js reconnects and RESUMEs. */
  dropGatewayConnections(code = 4000): void {
    this.gateway.dropConnections(code);
  }

  // ---- spec --------------------------------------------------------------------------------------------
  assertNoViolations(): void {
    if (this.world.violations.length === 0) return;
    const lines = this.world.violations.map(
      (v) => `- ${v.method} ${v.path}${v.operation ? ` (${v.operation})` : ''}: ${JSON.stringify(v.errors)}`,
    );
    throw new Error(
      `fake-discord: ${lines.length} request(s) broke the Discord API spec:\n${lines.join('\n')}`,
    );
  }
  /**
   * Successful answers of the fake that break the spec's response schema, among the recorded
   * requests matching `predicate`. Error answers are left out: Discord's field errors carry string
   * codes (`BASE_TYPE_REQUIRED`) where the spec says integers.
   */
  responseViolations(predicate: (request: RecordedRequest) => boolean = () => true): Violation[] {
    const validator = this.validator;
    if (!validator) return [];
    return this.world.requests.flatMap((r) => {
      if (r.status === null || r.status >= 300 || r.response === undefined || !predicate(r)) return [];
      const errors = validator.validateResponse(r.method, r.path, r.status, r.response);
      if (errors.length === 0) return [];
      const operation = validator.match(r.method, r.path)?.template.template ?? null;
      return [{ method: r.method, path: r.path, operation: operation && `${r.method} ${operation}`, errors }];
    });
  }
  clearViolations(): void {
    this.world.violations.length = 0;
  }

  async close(): Promise<void> {
    await this.gateway.close();
    const server = this.rest.server;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }
}

/** Starts a fake Discord on 127.0.0.1 with a random port. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return new FakeDiscord(options).listen();
}

/** Gateway intent bits, re-exported for convenience. */
export { GatewayIntentBits };

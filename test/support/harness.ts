import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import { type RunningBot, startBot } from '../../src/bot.js';
import type { Config } from '../../src/config.js';
import { deployCommands } from '../../src/discord/deploy.js';
import type { OutboxWorkerOptions } from '../../src/discord/outbox-worker.js';
import type { Feature } from '../../src/domain/entities.js';
import { createLogger } from '../../src/logger.js';
import { type Db, openDatabase } from '../../src/store/database.js';
import { Store } from '../../src/store/store.js';
import { TestClock } from './clock.js';
import {
  type FakeChannel,
  type FakeDiscord,
  type FakeGuild,
  type FakeMember,
  type FakeRole,
  type InteractionHandle,
  type ReplyView,
  type SendCommandOptions,
  startFakeDiscord,
} from './fake-discord/index.js';

export { TestClock };

export interface HarnessOptions {
  clock?: TestClock;
  outbox?: OutboxWorkerOptions;
  /** Register the command surface through `deployCommands` before logging in (default true). */
  deploy?: boolean;
  /** Reuse a database file (restart scenarios); a fresh temp file by default. */
  databasePath?: string;
  /** Receives the bot's JSON log lines (level debug and up); silent otherwise. */
  logDestination?: { write(line: string): void };
  /** Abort a REST request after this long (discord.js retries it): for timeout tests. */
  restTimeoutMs?: number;
}

type Options = SendCommandOptions['options'];

/**
 * A fake Discord with a seeded server, and the real bot (the same `startBot` wiring as
 * production) logged in to it on a temporary SQLite file.
 *
 * Server: `owner` (guild owner), `maintainer` (has Manage Server through the Moderators role),
 * members `alice`, `bob`, `carol`; roles `betaRole` and `previewRole` (below the bot's role) and
 * `highRole` (above it); channels `general`, `announcements`, `log`, `feedbackChannel` and
 * `readOnly` (the bot cannot post there).
 */
export class Harness {
  readonly config: Config;
  /** A second connection for assertions; reads see every committed write of the bot. */
  readonly db: Db;
  bot!: RunningBot;
  private seedStore: Store | null = null;

  private constructor(
    readonly fake: FakeDiscord,
    readonly clock: TestClock,
    readonly guild: FakeGuild,
    readonly roles: { moderators: FakeRole; betaRole: FakeRole; previewRole: FakeRole; highRole: FakeRole },
    readonly channels: {
      general: FakeChannel;
      announcements: FakeChannel;
      log: FakeChannel;
      feedbackChannel: FakeChannel;
      readOnly: FakeChannel;
    },
    readonly members: {
      owner: FakeMember;
      maintainer: FakeMember;
      alice: FakeMember;
      bob: FakeMember;
      carol: FakeMember;
    },
    private readonly tempDir: string | null,
    databasePath: string,
    private readonly outboxOptions: OutboxWorkerOptions | undefined,
    private readonly logDestination: HarnessOptions['logDestination'],
    private readonly restTimeoutMs: number | undefined,
  ) {
    this.config = {
      discordToken: 'fake-token',
      applicationId: fake.applicationId,
      guildId: guild.id,
      databasePath,
      apiUrl: fake.restUrl,
      logLevel: 'silent',
    };
    this.db = openDatabase(databasePath);
  }

  static async start(options: HarnessOptions = {}): Promise<Harness> {
    const fake = await startFakeDiscord();
    const guild = fake.addGuild({ name: 'Product Community' });
    const roles = {
      moderators: fake.addRole(guild.id, {
        name: 'Moderators',
        position: 5,
        permissions:
          PermissionFlagsBits.ManageGuild |
          PermissionFlagsBits.ViewChannel |
          PermissionFlagsBits.SendMessages,
      }),
      betaRole: fake.addRole(guild.id, { name: 'Dark Mode Beta', position: 2 }),
      previewRole: fake.addRole(guild.id, { name: 'Search Preview', position: 3 }),
      highRole: fake.addRole(guild.id, { name: 'Admins', position: 20 }),
    };
    const channels = {
      general: fake.addChannel(guild.id, { name: 'general' }),
      announcements: fake.addChannel(guild.id, { name: 'announcements' }),
      log: fake.addChannel(guild.id, { name: 'stagegate-log' }),
      feedbackChannel: fake.addChannel(guild.id, { name: 'feedback' }),
      readOnly: fake.addChannel(guild.id, { name: 'rules', botCanSend: false }),
    };
    const members = {
      owner: guild.members.get(guild.ownerId)!,
      maintainer: fake.addMember(guild.id, { username: 'maya', roles: [roles.moderators.id] }),
      alice: fake.addMember(guild.id, { username: 'alice' }),
      bob: fake.addMember(guild.id, { username: 'bob' }),
      carol: fake.addMember(guild.id, { username: 'carol' }),
    };
    const tempDir = options.databasePath ? null : mkdtempSync(join(tmpdir(), 'stagegate-e2e-'));
    const databasePath = options.databasePath ?? join(tempDir!, 'stagegate.sqlite');
    const harness = new Harness(
      fake,
      options.clock ?? new TestClock(),
      guild,
      roles,
      channels,
      members,
      tempDir,
      databasePath,
      options.outbox,
      options.logDestination,
      options.restTimeoutMs,
    );
    if (options.deploy ?? true) await deployCommands(harness.config, COMMANDS);
    await harness.startBot();
    return harness;
  }

  /** Starts (or restarts, after `stopBot`) the bot on the same database file. */
  async startBot(): Promise<RunningBot> {
    this.bot = await startBot(this.config, {
      clock: this.clock,
      ...(this.restTimeoutMs ? { restTimeoutMs: this.restTimeoutMs } : {}),
      // STAGEGATE_TEST_LOG=debug shows the bot's log while debugging a test.
      // The production logger (its redaction included), at debug level when a test reads the lines.
      logger: this.logDestination
        ? createLogger('debug', this.logDestination)
        : createLogger(process.env.STAGEGATE_TEST_LOG ?? 'silent'),
      outbox: {
        pollMs: 50,
        baseBackoffMs: 20,
        maxBackoffMs: 200,
        reportDelayMs: 0,
        reportCooldownMs: 0,
        discussionReportCooldownMs: 0,
        ...this.outboxOptions,
      },
    });
    await this.fake.waitForGateway();
    return this.bot;
  }

  async stopBot(): Promise<void> {
    await this.bot.stop();
  }

  /** Sends a slash command as `member` in #general (or `channelId`). */
  command(
    member: FakeMember,
    name: string,
    options: Options = {},
    extra: Partial<Pick<SendCommandOptions, 'subcommand' | 'subcommandGroup' | 'channelId'>> = {},
  ): InteractionHandle {
    return this.fake.sendCommand({
      guildId: this.guild.id,
      userId: member.id,
      channelId: extra.channelId ?? this.channels.general.id,
      name,
      options,
      ...(extra.subcommand ? { subcommand: extra.subcommand } : {}),
      ...(extra.subcommandGroup ? { subcommandGroup: extra.subcommandGroup } : {}),
    });
  }

  /** `/name subcommand options...` as `member`. */
  sub(member: FakeMember, name: string, subcommand: string, options: Options = {}): InteractionHandle {
    return this.command(member, name, options, { subcommand });
  }

  /** Creates a feature through `/feature create` as the maintainer and waits for the reply. */
  async createFeature(key: string, extra: Record<string, string | number> = {}): Promise<void> {
    const reply = await this.sub(this.members.maintainer, 'feature', 'create', {
      key,
      name: key
        .split('-')
        .map((w) => w[0]!.toUpperCase() + w.slice(1))
        .join(' '),
      description: `The ${key} feature`,
      role: this.roles.betaRole.id,
      ...extra,
    }).reply();
    if (!reply.content?.startsWith('Created'))
      throw new Error(`feature ${key} not created: ${reply.content}`);
  }

  /** `/setup log` as the maintainer, pointing at #stagegate-log (or `channel`). */
  setLogChannel(channel: FakeChannel = this.channels.log): Promise<ReplyView> {
    return this.sub(this.members.maintainer, 'setup', 'log', { channel: channel.id }).reply();
  }

  /** `/setup announcements` as the maintainer, pointing at #announcements (or `channel`). */
  setAnnouncementChannel(channel: FakeChannel = this.channels.announcements): Promise<ReplyView> {
    return this.sub(this.members.maintainer, 'setup', 'announcements', { channel: channel.id }).reply();
  }

  /** Sets the log channel, then the announcement channel. */
  async setChannels(): Promise<void> {
    await this.setLogChannel();
    await this.setAnnouncementChannel();
  }

  /** `/access grant` of `feature` to `member` as the maintainer; resolves with the reply. */
  grant(member: { id: string }, feature = 'dark-mode'): Promise<ReplyView> {
    return this.sub(this.members.maintainer, 'access', 'grant', { feature, member: member.id }).reply();
  }

  /**
   * The repositories over the harness's own connection, for seeding state with
   * `test/support/seed.ts` (works while the bot is stopped too).
   */
  get store(): Store {
    this.seedStore ??= new Store(this.db);
    return this.seedStore;
  }

  /** The stored feature `key` of the test's guild. */
  feature(key = 'dark-mode'): Feature {
    const feature = this.store.features.findByKey(this.guild.id, key);
    if (!feature) throw new Error(`no feature ${key} in the database`);
    return feature;
  }

  /** Rows of a query on the bot's database. */
  rows<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[] {
    return this.db.prepare(sql).all(...params) as T[];
  }

  count(table: string, where = '1 = 1', ...params: unknown[]): number {
    return this.db
      .prepare(`SELECT count(*) FROM ${table} WHERE ${where}`)
      .pluck()
      .get(...params) as number;
  }

  /** Resolves once the outbox has nothing pending or in flight. */
  async outboxIdle(): Promise<void> {
    // A big change writes its effects in batches first; then the outbox delivers them.
    await this.bot.fanout.idle();
    await this.bot.outbox.idle();
  }

  async close(): Promise<void> {
    try {
      this.fake.assertNoViolations();
    } finally {
      await this.bot.stop().catch(() => undefined);
      this.db.close();
      await this.fake.close();
      if (this.tempDir) rmSync(this.tempDir, { recursive: true, force: true });
    }
  }
}

export const startHarness = (options?: HarnessOptions) => Harness.start(options);

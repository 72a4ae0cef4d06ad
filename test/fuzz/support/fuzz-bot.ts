import { createHash } from 'node:crypto';
import { PermissionFlagsBits } from 'discord.js';
import type fc from 'fast-check';
import { DEFAULT_LOCALE, type MessageKey, t } from '../../../src/text/index.js';
import type {
  FakeChannel,
  FakeMember,
  FakeRole,
  InteractionHandle,
  RecordedRequest,
  ReplyView,
} from '../../support/fake-discord/index.js';
import { type Harness, startHarness, TestClock } from '../../support/harness.js';
import { hasLoneSurrogate } from './hostile-text.js';

/**
 * `npm test` explores the same cases every time, so a red CI run is a real regression that can be
 * replayed, not a roll of the dice; long runs (`FUZZ_RUNS`) draw new seeds to find new cases.
 */
const NPM_TEST_SEED = '20261201';

/**
 * How many cases each property runs: `FUZZ_RUNS` when set (the long run, with a fresh seed), else
 * the file's own count for `npm test` (with a fixed seed). `FUZZ_SEED` and `FUZZ_PATH` replay a
 * reported failure (see the README comment at the top of `test/fuzz/slash-commands.test.ts`).
 */
export function fuzzParameters(defaultRuns: number): fc.Parameters<unknown> {
  const runs = Number(process.env.FUZZ_RUNS ?? defaultRuns);
  const seed = process.env.FUZZ_SEED ?? (process.env.FUZZ_RUNS === undefined ? NPM_TEST_SEED : undefined);
  const path = process.env.FUZZ_PATH;
  return {
    numRuns: runs,
    ...(seed !== undefined ? { seed: Number(seed) } : {}),
    ...(path !== undefined ? { path } : {}),
    // Shrinking replays cases against the shared bot; FUZZ_SHRINK=0 reports the first failure as found.
    endOnFailure: process.env.FUZZ_SHRINK === '0',
  };
}

/** A test timeout that grows with the number of cases (a slow shared machine gets 1 s per case). */
export function fuzzTimeout(defaultRuns: number): number {
  return 60_000 + Number(process.env.FUZZ_RUNS ?? defaultRuns) * 1_000;
}

/** How long the fake waits for the bot's answer to one fuzz case. */
export const ANSWER_TIMEOUT_MS = 5_000;

interface LogLine {
  level: number;
  msg?: string;
  interaction?: string;
  reason?: string;
  reference?: string;
  err?: { message?: string; stack?: string; type?: string };
  [key: string]: unknown;
}

/** Row count, highest rowid and a content hash per table: what a refusal must leave as it was. */
export type Fingerprint = Record<string, { rows: number; maxRowid: number | null; hash: string | null }>;

/** Tables bigger than this are compared by count and max(rowid) only. */
const HASHED_TABLE_MAX_ROWS = 5_000;

export type Actor = 'member' | 'maintainer';

/** What one case did, for the properties to judge. */
export interface Observation {
  /** The first callback, and the visible answer after a deferral. */
  reply: ReplyView;
  final: ReplyView;
  /** The dispatcher refused (a `UserError`), with the text it logged. */
  refusal: string | null;
  /** The dispatcher caught an unexpected error (logged with a reference id). */
  internalError: { reference: string | undefined; message: string | undefined } | null;
  /** Log lines of the case at level warn and up. */
  problems: LogLine[];
  before: Fingerprint;
  after: Fingerprint;
  /** Requests the bot sent to the fake Discord during the case. */
  requests: RecordedRequest[];
  unhandled: unknown[];
}

/**
 * One real bot on a fake Discord, seeded with a lived-in server, shared by every case of a test
 * file: features at each level and a retired one, grants, invites, a waitlist, a dozen feedback
 * items, and real signed buttons and forms harvested from the flows that make them.
 */
export class FuzzBot {
  readonly unhandled: unknown[] = [];
  /** Custom ids the bot made in the seeded flows (buttons and forms), by what they are. */
  readonly harvested: {
    label: string;
    customId: string;
    kind: 'button' | 'modal';
    messageId: string | null;
  }[] = [];
  /** Field ids of the forms the bot opened, by form custom id. */
  readonly formFields = new Map<string, string[]>();
  /** Ephemeral messages holding the seeded buttons: forged clicks land on these. */
  readonly ephemeralMessages: string[] = [];
  /** Counters printed at the end of a file, to show what the fuzz reached. */
  readonly stats = new Map<string, number>();
  stranger!: FakeMember;
  voiceChannel!: FakeChannel;
  category!: FakeChannel;
  /** A forum, so generated `/feature create|edit channel:` options reach the forum mode. */
  forumChannel!: FakeChannel;
  extraRoles: FakeRole[] = [];
  /** Early Access features `replenish` created so far. */
  private replenished = 0;
  private readonly onUnhandled = (reason: unknown): void => {
    this.unhandled.push(reason);
  };

  private constructor(
    readonly h: Harness,
    readonly clock: TestClock,
    /** The bot's log (level debug and up), parsed: how the properties tell a refusal from an answer. */
    readonly logs: LogLine[],
  ) {}

  static async start(): Promise<FuzzBot> {
    const clock = new TestClock();
    const logs: LogLine[] = [];
    const h = await startHarness({
      clock,
      logDestination: {
        write(line: string) {
          logs.push(JSON.parse(line) as LogLine);
        },
      },
    });
    const bot = new FuzzBot(h, clock, logs);
    process.on('unhandledRejection', bot.onUnhandled);
    process.on('uncaughtException', bot.onUnhandled);
    await bot.seed();
    return bot;
  }

  async close(): Promise<void> {
    process.off('unhandledRejection', this.onUnhandled);
    process.off('uncaughtException', this.onUnhandled);
    await this.h.close();
  }

  count(what: string): void {
    this.stats.set(what, (this.stats.get(what) ?? 0) + 1);
  }

  /** What the cases reached, printed after a long run (`FUZZ_RUNS`) or with `FUZZ_STATS=1`. */
  printStats(title: string): void {
    if (process.env.FUZZ_RUNS === undefined && process.env.FUZZ_STATS !== '1') return;
    const lines = [...this.stats]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${String(n).padStart(6)}  ${k}`);
    console.warn(`${title}\n${lines.join('\n')}`);
  }

  member(actor: Actor): FakeMember {
    return actor === 'member' ? this.h.members.alice : this.h.members.maintainer;
  }

  /** Whether `member` passes the maintainer check now (Manage Server, or the configured role). */
  isMaintainerNow(member: FakeMember): boolean {
    const guild = this.h.guild;
    if (guild.ownerId === member.id) return true;
    const roles = [guild.id, ...member.roles].map((id) => guild.roles.get(id));
    const perms = roles.reduce((acc, role) => acc | (role?.permissions ?? 0n), 0n);
    if ((perms & (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator)) !== 0n) return true;
    const configured = this.h.db
      .prepare('SELECT maintainer_role_id FROM guild_settings WHERE guild_id = ?')
      .pluck()
      .get(guild.id) as string | null | undefined;
    return configured != null && member.roles.has(configured);
  }

  fingerprint(): Fingerprint {
    const tables = this.h.db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string; sql: string }[];
    const out: Fingerprint = {};
    for (const { name, sql } of tables) {
      const hasRowid = !/WITHOUT\s+ROWID/i.test(sql);
      const rows = this.h.db.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number;
      const maxRowid = hasRowid
        ? (this.h.db.prepare(`SELECT max(rowid) FROM "${name}"`).pluck().get() as number | null)
        : null;
      let hash: string | null = null;
      if (rows <= HASHED_TABLE_MAX_ROWS) {
        const all = this.h.db.prepare(`SELECT * FROM "${name}"`).raw().all();
        hash = createHash('sha1')
          .update(JSON.stringify(all, (_, v) => (Buffer.isBuffer(v) ? v.toString('hex') : v)))
          .digest('hex');
      }
      out[name] = { rows, maxRowid, hash };
    }
    return out;
  }

  /**
   * Puts back what earlier cases used up, so later cases still reach deep code: an active Early
   * Access feature with access for the member, a tag vocabulary, a feedback rate, and a member
   * who is not a maintainer. Runs before a case's fingerprint, through commands like a maintainer.
   */
  async replenish(): Promise<void> {
    const { h } = this;
    const { maintainer, alice } = h.members;
    const guildId = h.guild.id;
    const tags = h.db
      .prepare('SELECT tag FROM guild_tag WHERE guild_id = ?')
      .pluck()
      .all(guildId) as string[];
    for (const tag of ['bug', 'idea', 'blocker']) {
      if (!tags.includes(tag) && tags.length < 50) {
        this.count('replenished: tag');
        await this.expectReply(
          h.command(maintainer, 'setup', { tag }, { subcommandGroup: 'tags', subcommand: 'add' }),
          'tag',
        );
      }
    }
    const rate = h.db
      .prepare('SELECT feedback_per_minute FROM guild_settings WHERE guild_id = ?')
      .pluck()
      .get(guildId);
    if (typeof rate === 'number' && rate < 100) {
      this.count('replenished: feedback rate');
      await this.expectReply(h.sub(maintainer, 'setup', 'feedback-rate', { per_minute: 1000 }), 'rate');
    }
    if (this.isMaintainerNow(alice)) {
      this.count('replenished: maintainer role');
      await this.expectReply(
        h.sub(maintainer, 'setup', 'maintainers', { role: h.roles.moderators.id }),
        'maintainers',
      );
    }
    const earlyAccess = h.db
      .prepare(
        "SELECT key FROM feature WHERE guild_id = ? AND state = 'active' AND level = 'early-access' ORDER BY id",
      )
      .pluck()
      .all(guildId) as string[];
    if (earlyAccess.length === 0) {
      this.replenished += 1;
      const key = `fuzz-${this.replenished}`;
      const role = h.fake.addRole(guildId, { name: `Fuzz ${this.replenished}`, position: 2 });
      await this.botSees(role.id);
      await h.createFeature(key, { role: role.id });
      await this.expectReply(
        h.sub(maintainer, 'access', 'grant', { feature: key, member: alice.id }),
        'grant',
      );
      this.count('replenished: early-access feature');
    }
  }

  /** Resolves once the bot's cache holds a role or channel added to the fake server after login. */
  private async botSees(id: string): Promise<void> {
    const guild = () => this.h.bot.deps.client.guilds.cache.get(this.h.guild.id);
    for (let i = 0; i < 500; i++) {
      if (guild()?.roles.cache.has(id) || guild()?.channels.cache.has(id)) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`fuzz: the bot never saw ${id}`);
  }

  /** Lets work the previous case started finish: outbox deliveries and anything queued behind them. */
  async settle(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    await this.h.outboxIdle();
  }

  /**
   * Sends one interaction (made by `send`) and collects what it did. Rejects when the bot does
   * not answer within {@link ANSWER_TIMEOUT_MS}, with the fake's account of the requests it saw.
   */
  async observe(send: () => InteractionHandle): Promise<Observation> {
    await this.settle();
    const before = this.fingerprint();
    const firstLog = this.logs.length;
    const firstRequest = this.h.fake.requests.length;
    const firstUnhandled = this.unhandled.length;
    const handle = send();
    const reply = await handle.reply(ANSWER_TIMEOUT_MS);
    const final = reply.type === 5 || reply.type === 6 ? await handle.response(ANSWER_TIMEOUT_MS) : reply;
    await this.settle();
    const after = this.fingerprint();
    const lines = this.logs.slice(firstLog);
    const own = lines.filter((l) => l.interaction === handle.id);
    const refused = own.find((l) => l.msg === 'refused');
    const failed = own.find((l) => l.msg === 'interaction failed');
    return {
      reply,
      final,
      refusal: refused ? (refused.reason ?? '') : null,
      internalError: failed ? { reference: failed.reference, message: failed.err?.message } : null,
      problems: lines.filter((l) => l.level >= 40),
      before,
      after,
      requests: this.h.fake.requests.slice(firstRequest),
      unhandled: this.unhandled.slice(firstUnhandled),
    };
  }

  /** A seeding step: its answer, or an error when the bot refused it. */
  private async expectReply(handle: InteractionHandle, what: string, pattern?: RegExp): Promise<ReplyView> {
    const view = await handle.response();
    const refusal = this.logs.find(
      (l) => l.interaction === handle.id && (l.msg === 'refused' || l.msg === 'interaction failed'),
    );
    if (refusal || (pattern && !pattern.test(view.content))) {
      throw new Error(`fuzz seed: ${what} answered "${view.content}"`);
    }
    return view;
  }

  private harvest(view: ReplyView, label: string): void {
    for (const customId of view.customIds) {
      this.harvested.push({ label, customId, kind: 'button', messageId: view.messageId });
    }
    if (view.messageId && view.ephemeral) this.ephemeralMessages.push(view.messageId);
  }

  /** The lived-in server every case starts from (see the class comment). */
  private async seed(): Promise<void> {
    const { h } = this;
    const { maintainer, alice, bob, carol } = h.members;
    const other = h.fake.addGuild({ name: 'Elsewhere' });
    this.stranger = other.members.get(other.ownerId)!;
    this.voiceChannel = h.fake.addChannel(h.guild.id, { name: 'voice', type: 2 });
    this.category = h.fake.addChannel(h.guild.id, { name: 'Lobby', type: 4 });
    this.forumChannel = h.fake.addChannel(h.guild.id, { name: 'ideas', type: 15, availableTags: ['bug'] });
    const gaRole = h.fake.addRole(h.guild.id, { name: 'Exports', position: 4 });
    const legacyRole = h.fake.addRole(h.guild.id, { name: 'Legacy', position: 1 });
    // Roles free for /feature create, so generated features get created and listings grow.
    const spare = Array.from({ length: 12 }, (_, i) =>
      h.fake.addRole(h.guild.id, { name: `Spare ${i + 1}`, position: 1 + (i % 3) }),
    );
    this.extraRoles = [gaRole, legacyRole, ...spare];
    for (const { id } of [this.voiceChannel, this.category, this.forumChannel, ...this.extraRoles])
      await this.botSees(id);

    await this.expectReply(
      h.sub(maintainer, 'setup', 'announcements', { channel: h.channels.announcements.id }),
      'setup announcements',
    );
    await this.expectReply(h.sub(maintainer, 'setup', 'log', { channel: h.channels.log.id }), 'setup log');
    await this.expectReply(
      h.sub(maintainer, 'setup', 'feedback-rate', { per_minute: 1000 }),
      'feedback-rate',
    );
    await h.createFeature('dark-mode', { seats: 50, channel: h.channels.feedbackChannel.id });
    await h.createFeature('search', { role: h.roles.previewRole.id });
    await h.createFeature('exports', { role: gaRole.id });
    await h.createFeature('legacy', { role: legacyRole.id });
    await this.expectReply(
      h.sub(maintainer, 'feature', 'retire', { feature: 'legacy', reason: 'Replaced by exports' }),
      'retire',
    );
    for (const key of ['search', 'exports']) {
      await this.expectReply(
        h.command(maintainer, 'promote', { feature: key, force: true }),
        `promote ${key}`,
      );
    }
    this.clock.advance(2 * 60_000);
    await this.expectReply(
      h.command(maintainer, 'promote', { feature: 'exports', force: true }),
      'promote GA',
    );
    await this.expectReply(
      h.sub(maintainer, 'access', 'grant', { feature: 'dark-mode', member: alice.id }),
      'grant',
    );
    await this.expectReply(
      h.sub(maintainer, 'invite', 'create', { feature: 'dark-mode', uses: 3 }),
      'invite',
    );
    await this.expectReply(
      h.sub(maintainer, 'invite', 'create', { feature: 'dark-mode', member: carol.id, expires_in: '1d' }),
      'targeted invite',
    );
    await this.expectReply(h.command(bob, 'join', { feature: 'dark-mode' }), 'waitlist');
    const tags = ['bug', 'idea', 'praise', 'question', 'docs', 'performance', 'blocker'];
    for (let n = 0; n < 12; n++) {
      await this.expectReply(
        h.command(alice, 'feedback', {
          feature: 'dark-mode',
          tags: `${tags[n % tags.length]}`,
          message: `Seeded feedback ${n + 1}`,
        }),
        'feedback',
        /#\d+/,
      );
    }
    await this.expectReply(
      h.command(bob, 'feedback', { feature: 'search', tags: 'idea', message: 'Search feels slow' }),
      'preview feedback',
      /#\d+/,
    );
    await this.expectReply(
      h.sub(maintainer, 'triage', 'set', { id: 2, status: 'planned', note: 'Next sprint' }),
      'triage set',
    );

    // Signed components the bot made, for replays, tampering and other members' clicks.
    const page = await this.expectReply(
      h.sub(maintainer, 'triage', 'list', { feature: 'dark-mode' }),
      'page',
    );
    this.harvest(page, 'triage page (maintainer)');
    for (const member of [alice, bob]) {
      const prompt = await this.expectReply(h.command(member, 'join', { feature: 'search' }), 'join search');
      this.harvest(prompt, `join prompt (${member.user.username})`);
    }
    const form = await h.command(alice, 'feedback', { feature: 'dark-mode', tags: 'bug,idea' }).reply();
    if (form.type !== 9 || !form.customId) throw new Error(`fuzz seed: no feedback form (${form.content})`);
    this.harvested.push({
      label: 'feedback form (alice)',
      customId: form.customId,
      kind: 'modal',
      messageId: null,
    });
    this.formFields.set(form.customId, collectFieldIds(form.data));
    if (this.harvested.filter((c) => c.kind === 'button').length < 5) {
      throw new Error(`fuzz seed: expected page and consent buttons, got ${JSON.stringify(this.harvested)}`);
    }
    await this.settle();
    this.h.fake.assertNoViolations();
  }
}

function collectFieldIds(data: unknown, out: string[] = []): string[] {
  if (Array.isArray(data)) for (const item of data) collectFieldIds(item, out);
  else if (data && typeof data === 'object') {
    const obj = data as Record<string, unknown>;
    if (obj.type === 4 && typeof obj.custom_id === 'string') out.push(obj.custom_id);
    for (const value of Object.values(obj)) collectFieldIds(value, out);
  }
  return out;
}

// ---- properties shared by every kind of interaction ------------------------------------------------

/**
 * Defects the fuzz found that are not fixed yet. A case showing one is counted (and printed with
 * the stats) instead of failing the run, so the run keeps looking for new ones; each has its own
 * `it.fails` test in `found-defects.test.ts`. Remove the entry with the fix.
 */
export const KNOWN_DEFECTS: {
  name: string;
  /** The problems of a case it accounts for. */
  explains: ('internal error' | 'split' | 'internal field name')[];
  matches(obs: Observation, split: string[]): boolean;
}[] = [];

/** Every string in a payload, joined: what a member typed, for the leak and split checks. */
export function inputText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(inputText).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(inputText).join('\n');
  return String(value);
}

/** Strings of the bot's requests holding half a surrogate pair that the input did not hold. */
export function splitCharacters(requests: readonly RecordedRequest[], input: string): string[] {
  if (hasLoneSurrogate(input)) return [];
  const found: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (hasLoneSurrogate(value)) found.push(`${path} ends "${JSON.stringify(value.slice(-12))}"`);
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
    } else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  for (const request of requests)
    walk(request.body, `${request.method} ${request.path.replace(/\/[\w-]{60,}/, '/<token>')}`);
  return found.map((f) => `the bot cut a character in two: ${f}`);
}

/** The members of the fuzz use Discord in English: replies are rendered in {@link DEFAULT_LOCALE}. */
const GENERIC_ERROR = new RegExp(
  `^${escapeRegExp(t(DEFAULT_LOCALE, 'genericError', { reference: 'REFERENCE' })).replace('REFERENCE', '[0-9a-f]{8}')}$`,
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** What would show that an exception or an internal value reached a member's screen. */
const LEAKS: { name: string; pattern: RegExp }[] = [
  { name: 'stack frame', pattern: /\n\s+at \S.*(:\d+:\d+\)?|\(node:)/ },
  {
    name: 'error name',
    pattern:
      /\b(TypeError|RangeError|ReferenceError|SyntaxError|SqliteError|ZodError|DiscordAPIError|DiscordjsError)\b/,
  },
  { name: 'SQLite text', pattern: /SQLITE_[A-Z]+|constraint failed|no such (table|column)/ },
  { name: 'JavaScript value', pattern: /\[object Object\]|\bundefined\b|\bNaN\b/ },
  { name: 'Discord error', pattern: /Invalid Form Body|Unknown interaction/ },
  // Member-visible text comes from the catalogue; an entity's property name is not in it.
  { name: 'internal field name', pattern: /\b(?:[a-z]{2,}(?:[A-Z][a-z]+)+(?:Id|At)|seatCap)\b/ },
];

/** Every text of a reply a member reads: content, embed titles, descriptions, fields, footers. */
export function visibleText(view: ReplyView): string {
  const parts = [view.content];
  for (const embed of view.embeds) {
    parts.push(
      embed.title ?? '',
      embed.description ?? '',
      embed.footer?.text ?? '',
      embed.author?.name ?? '',
    );
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  return parts.join('\n');
}

/** A message with its particulars (names, numbers, quoted text) blanked, to count kinds. */
function normalise(message: string): string {
  return message
    .replace(/"[^"]*"|`[^`]*`|\*\*[^*]*\*\*|<[@#][^>]*>/g, '…')
    .replace(/\d+/g, 'N')
    .slice(0, 70);
}

export function fingerprintDiff(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((n) => JSON.stringify(before[n]) !== JSON.stringify(after[n]));
}

export interface Verdict {
  /** The payload could come from Discord itself: an internal error on it is a defect. */
  discordCouldSend: boolean;
  /**
   * Why the payload must change nothing (Discord never sends it, or the member may not use the
   * command); a handler may still answer it its own way (a report, a listing), but stores nothing.
   */
  mustNotChange: string | null;
  /**
   * The refusal expected, when there is one: the catalogue key the dispatcher logs, and the
   * reply must be that message in English.
   */
  expectedRefusal?: MessageKey;
  /** Every string of the input ({@link inputText}), so a text the member typed is not mistaken for a leak. */
  input: string;
}

/**
 * The properties of issue 12 for one observed case; throws an error naming the broken one.
 * Answered (or `observe` rejected already), no leak of internals, refusals ephemeral and
 * changing nothing, an internal error only on a payload Discord could not send, no unhandled
 * rejection, no request breaking Discord's API description, no message that could ping everyone.
 */
export function checkAnswer(bot: FuzzBot, obs: Observation, verdict: Verdict): void {
  const problems: string[] = [];
  const split = splitCharacters(obs.requests, verdict.input);
  const known = KNOWN_DEFECTS.filter((d) => d.matches(obs, split));
  const excused = new Set(known.flatMap((d) => d.explains));
  for (const defect of known) bot.count(`known defect: ${defect.name}`);
  for (const site of split) {
    const where = site.replace(/ ends .*$/, '').replace(/^.*: (\w+ )/, '$1');
    bot.count(`split site: ${where.replace(/\d{15,}/g, 'N')}`);
  }
  if (!excused.has('split')) problems.push(...split);
  const texts = [visibleText(obs.reply), visibleText(obs.final)];
  for (const { name, pattern } of LEAKS) {
    const leaked = texts.find((t) => pattern.test(t));
    if (leaked && !pattern.test(verdict.input) && !excused.has(name as 'internal field name'))
      problems.push(`the reply shows a ${name}: ${leaked.slice(0, 300)}`);
  }
  const refused = obs.refusal !== null || obs.internalError !== null;
  if (obs.internalError) {
    bot.count(`internal error: ${normalise(obs.internalError.message ?? '')}`);
    if (!GENERIC_ERROR.test(obs.final.content))
      problems.push(`an internal error was answered with "${obs.final.content.slice(0, 300)}"`);
    if (verdict.discordCouldSend && !excused.has('internal error'))
      problems.push(`internal error on a payload Discord could send: ${obs.internalError.message}`);
  }
  if (refused) {
    bot.count(obs.internalError ? 'answered with the generic error' : 'refused');
    // A deferred reply is ephemeral when the deferral was: the edit keeps the flags of the deferral.
    if (!obs.reply.ephemeral) problems.push(`a refusal is not ephemeral (callback ${obs.reply.type})`);
    const changed = fingerprintDiff(obs.before, obs.after);
    if (changed.length > 0) problems.push(`a refusal changed the database: ${changed.join(', ')}`);
    if (obs.refusal !== null) bot.count(`refusal: ${normalise(obs.refusal)}`);
  } else {
    bot.count(`answered (callback ${obs.reply.type})`);
    // Handlers render some refusals themselves (a paused feature, unmet gates), which the log does
    // not name; every reply the bot makes is ephemeral today, so that covers them. A public reply
    // added on purpose must be exempted here.
    if ((obs.reply.type === 4 || obs.reply.type === 5) && !obs.reply.ephemeral)
      problems.push(`a public reply (callback ${obs.reply.type}): "${obs.final.content.slice(0, 200)}"`);
  }
  if (verdict.mustNotChange !== null) {
    const changed = fingerprintDiff(obs.before, obs.after);
    if (changed.length > 0)
      problems.push(`${verdict.mustNotChange}, yet the database changed: ${changed.join(', ')}`);
  }
  if (verdict.expectedRefusal !== undefined) {
    if (obs.refusal !== verdict.expectedRefusal)
      problems.push(`expected the refusal "${verdict.expectedRefusal}", got ${JSON.stringify(obs.refusal)}`);
    const expectedText = t(DEFAULT_LOCALE, verdict.expectedRefusal as never);
    if (obs.final.content !== expectedText)
      problems.push(`expected the reply "${expectedText}", got "${obs.final.content.slice(0, 300)}"`);
  }
  if (obs.unhandled.length > 0) problems.push(`unhandled rejection: ${String(obs.unhandled[0])}`);
  const errors = obs.problems.filter((l) => l.level >= 50 && l.msg !== 'interaction failed');
  if (errors.length > 0) problems.push(`the bot logged errors: ${errors.map((l) => l.msg).join('; ')}`);
  const violations = bot.h.fake.violations;
  if (violations.length > 0) {
    problems.push(`requests broke the Discord API description: ${JSON.stringify(violations.slice(0, 3))}`);
    bot.h.fake.clearViolations();
  }
  for (const request of obs.requests) {
    const body = request.body as Record<string, unknown> | null;
    if (!body || typeof body !== 'object') continue;
    const data = (body.data && typeof body.data === 'object' ? body.data : body) as Record<string, unknown>;
    if (typeof data.content !== 'string' && !Array.isArray(data.embeds)) continue;
    const mentions = data.allowed_mentions as { parse?: string[] } | undefined;
    if (!mentions) problems.push(`${request.method} ${request.path} has no allowed_mentions`);
    else if (mentions.parse?.includes('everyone'))
      problems.push(`${request.method} ${request.path} may ping @everyone`);
  }
  if (problems.length > 0) {
    throw new Error(
      `${problems.join('\n')}\nreply: ${JSON.stringify(obs.final.content).slice(0, 500)}\nrefusal: ${obs.refusal}\nlog: ${JSON.stringify(obs.problems).slice(0, 1500)}`,
    );
  }
}

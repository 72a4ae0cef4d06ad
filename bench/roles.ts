import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { REST, Routes } from 'discord.js';
import { openStore } from '../src/store/store.js';
import type { RecordedRequest } from '../test/support/fake-discord/index.js';
import { startBotProcess } from './interactions.js';
import type { BenchWorld } from './lib/setup.js';

export const GRANTS = 2_000;
/** Discord-like bucket on the role route: 40 requests per 1 s window (below discord.js's 50/s global). */
export const ROLE_LIMIT = 40;
export const ROLE_WINDOW_MS = 1_000;
const ROLE_ROUTE = /^\/guilds\/\d+\/members\/\d+\/roles\/\d+$/;

export interface DeliveryFigures {
  delivered: number;
  lost: number;
  doubled: number;
  rateLimited: number;
  /** First role request sent -> last grant answered, ms. */
  spanMs: number;
  /** Queued (rows committed / requests issued) -> last grant answered, ms. */
  endToEndMs: number;
  perSecond: number;
  /** `perSecond` over the limit (ROLE_LIMIT per ROLE_WINDOW_MS). */
  ofLimit: number;
  /** The shortest possible span for this many requests under fixed windows, over the measured span. */
  windowEfficiency: number;
}

export interface RoleFigures {
  limitPerSecond: number;
  grants: number;
  baseline: DeliveryFigures;
  bot: DeliveryFigures & { outboxDelivered: number; outboxFailed: number };
}

function measure(
  requests: readonly RecordedRequest[],
  from: number,
  roleId: string,
  memberIds: readonly string[],
  queuedAt: number,
): DeliveryFigures {
  const perMember = new Map<string, number>();
  let rateLimited = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (let i = from; i < requests.length; i += 1) {
    const r = requests[i]!;
    if (r.method !== 'PUT' || !ROLE_ROUTE.test(r.path) || !r.path.endsWith(`/roles/${roleId}`)) continue;
    first = Math.min(first, r.at);
    if (r.status === 429) rateLimited += 1;
    if (r.status === 204) {
      const member = r.path.split('/')[4]!;
      perMember.set(member, (perMember.get(member) ?? 0) + 1);
      last = Math.max(last, r.at);
    }
  }
  let delivered = 0;
  let lost = 0;
  let doubled = 0;
  for (const id of memberIds) {
    const n = perMember.get(id) ?? 0;
    if (n === 0) lost += 1;
    else delivered += 1;
    if (n > 1) doubled += 1;
  }
  const spanMs = Math.max(1, last - first);
  const perSecond = (delivered * 1000) / spanMs;
  const limitPerSecond = (ROLE_LIMIT * 1000) / ROLE_WINDOW_MS;
  const idealSpan = (Math.ceil(delivered / ROLE_LIMIT) - 1) * ROLE_WINDOW_MS;
  return {
    delivered,
    lost,
    doubled,
    rateLimited,
    spanMs,
    endToEndMs: last - queuedAt,
    perSecond,
    ofLimit: perSecond / limitPerSecond,
    windowEfficiency: idealSpan / spanMs,
  };
}

async function until(predicate: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > deadline) return false;
    await delay(50);
  }
  return true;
}

function successCount(requests: readonly RecordedRequest[], from: number, roleId: string): number {
  let n = 0;
  for (let i = from; i < requests.length; i += 1) {
    const r = requests[i]!;
    if (r.method === 'PUT' && r.status === 204 && r.path.endsWith(`/roles/${roleId}`)) n += 1;
  }
  return n;
}

export async function runRoleBench(
  world: BenchWorld,
  logs: string,
  progress: (line: string) => void,
): Promise<RoleFigures> {
  const { fake, guild } = world;
  // Long runs elsewhere may have trimmed the record; start from an empty one.
  fake.world.requests.length = 0;
  const members = Array.from(
    { length: GRANTS },
    (_, i) => fake.addMember(guild.id, { username: `grantee-${i}` }).id,
  );
  fake.rateLimit({
    path: ROLE_ROUTE,
    method: 'PUT',
    limit: ROLE_LIMIT,
    windowMs: ROLE_WINDOW_MS,
    bucket: 'role-bucket',
  });
  const timeoutMs = (GRANTS / ROLE_LIMIT) * ROLE_WINDOW_MS * 2 + 30_000;

  // Baseline: bare @discordjs/rest, every grant issued at once; discord.js queues them per bucket.
  const rest = new REST({ api: fake.restUrl }).setToken(world.config.discordToken);
  const baselineFrom = fake.requests.length;
  const baselineQueuedAt = Date.now();
  await Promise.all(
    members.map((id) =>
      rest.put(Routes.guildMemberRole(guild.id, id, world.baselineRole.id), { reason: 'bench' }),
    ),
  );
  const baseline = measure(fake.requests, baselineFrom, world.baselineRole.id, members, baselineQueuedAt);
  progress(`role baseline: ${baseline.perSecond.toFixed(1)}/s, ${baseline.rateLimited} 429s`);
  await delay(ROLE_WINDOW_MS * 2);

  const bot = startBotProcess(world, logs, 'bot-roles');
  try {
    await bot.waitForOutput('logged in', 60_000);
    const from = fake.requests.length;
    // The grants as the access commands queue them: outbox rows, one transaction, while the bot runs.
    const store = openStore(world.config.databasePath);
    const ids: number[] = [];
    let queuedAt: number;
    try {
      store.transaction(() => {
        const now = new Date();
        for (const memberId of members) {
          ids.push(
            store.outbox.enqueue(
              guild.id,
              { kind: 'role-add', memberId, roleId: world.role.id, reason: 'Benchmark grant' },
              null,
              now,
            ),
          );
        }
      });
      queuedAt = Date.now();
    } finally {
      store.close();
    }
    const done = await until(() => successCount(fake.requests, from, world.role.id) >= GRANTS, timeoutMs);
    if (!done) progress('role delivery did not finish in time');
    const db = new Database(world.config.databasePath, { readonly: true });
    const outboxStatus = (): { delivered: number; failed: number } =>
      db
        .prepare<[number, number], { delivered: number; failed: number }>(
          `SELECT count(*) FILTER (WHERE status = 'delivered') AS delivered,
                  count(*) FILTER (WHERE status = 'failed') AS failed
           FROM outbox WHERE id BETWEEN ? AND ?`,
        )
        .get(ids[0]!, ids[ids.length - 1]!)!;
    await until(() => outboxStatus().delivered + outboxStatus().failed >= GRANTS, 10_000);
    const status = outboxStatus();
    db.close();
    const figures = measure(fake.requests, from, world.role.id, members, queuedAt);
    progress(
      `role delivery: ${figures.perSecond.toFixed(1)}/s, lost ${figures.lost}, doubled ${figures.doubled}`,
    );
    return {
      limitPerSecond: (ROLE_LIMIT * 1000) / ROLE_WINDOW_MS,
      grants: GRANTS,
      baseline,
      bot: { ...figures, outboxDelivered: status.delivered, outboxFailed: status.failed },
    };
  } finally {
    await bot.stop();
  }
}

/**
 * Issue 12, defect 7: Discord may deliver the same INTERACTION_CREATE twice (after a gateway
 * resume). Every state-changing command must apply once: the replay changes no row and sends
 * Discord nothing but its own (refused) interaction callback.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionHandle } from '../support/fake-discord/index.js';
import { type Harness, startHarness, TestClock } from '../support/harness.js';

let h: Harness;
const clock = new TestClock();
const logs: { level: number; msg?: string }[] = [];

beforeAll(async () => {
  h = await startHarness({
    clock,
    logDestination: { write: (line: string) => logs.push(JSON.parse(line)) },
  });
  await h.setChannels();
  await h.createFeature('dark-mode', { channel: h.channels.feedbackChannel.id });
  await h.createFeature('search', { role: h.roles.previewRole.id });
  await h.outboxIdle();
}, 60_000);

afterAll(async () => {
  await h?.close();
});

/** Row count and a hash of every row, per table: what a replay must leave as it was. */
function snapshot(): Record<string, string> {
  const tables = h
    .rows<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    .map((t) => t.name);
  return Object.fromEntries(
    tables.map((name) => {
      const rows = h.db.prepare(`SELECT * FROM "${name}"`).raw().all();
      return [name, `${rows.length} ${createHash('sha1').update(JSON.stringify(rows)).digest('hex')}`];
    }),
  );
}

/** A role added to the server once the bot's cache holds it. */
async function newRole(name: string): Promise<string> {
  const role = h.fake.addRole(h.guild.id, { name, position: 3 });
  await expect
    .poll(() => h.bot.deps.client.guilds.cache.get(h.guild.id)?.roles.cache.has(role.id))
    .toBe(true);
  return role.id;
}

const callbacks = (handle: InteractionHandle) =>
  handle.requests().filter((r) => r.method === 'POST' && r.path.endsWith('/callback'));

/**
 * Sends `handle`'s interaction again, the very same payload, once the first delivery is answered
 * and its effects delivered, two minutes later (past any short guard such as the promotion's);
 * asserts the replay changed no row and sent nothing but its callback, which Discord refuses.
 */
async function expectReplayChangesNothing(handle: InteractionHandle): Promise<void> {
  await handle.response();
  await h.outboxIdle();
  const before = snapshot();
  const requestsBefore = h.fake.requests.length;
  const logsBefore = logs.length;
  clock.advance(2 * 60_000);
  h.fake.gateway.dispatch('INTERACTION_CREATE', handle.payload, 0, true);
  await expect.poll(() => callbacks(handle).length).toBeGreaterThanOrEqual(2);
  await new Promise((resolve) => setImmediate(resolve));
  await h.outboxIdle();
  // The replay's answer (and the error reply after it) are refused: the first delivery was answered.
  const sent = h.fake.requests.slice(requestsBefore);
  expect(sent.length).toBeGreaterThan(0);
  for (const request of sent) {
    expect(`${request.method} ${request.path} ${request.status}`).toBe(
      `POST /interactions/${handle.id}/${handle.payload.token as string}/callback 400`,
    );
  }
  const after = snapshot();
  const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
  expect(changed).toEqual([]);
  expect(logs.slice(logsBefore).filter((line) => line.level >= 50)).toEqual([]);
}

describe('a replayed interaction changes nothing more', () => {
  it('/access grant', async () => {
    await expectReplayChangesNothing(
      h.sub(h.members.maintainer, 'access', 'grant', { feature: 'dark-mode', member: h.members.alice.id }),
    );
  });

  it('/access revoke', async () => {
    await expectReplayChangesNothing(
      h.sub(h.members.maintainer, 'access', 'revoke', {
        feature: 'dark-mode',
        member: h.members.alice.id,
        reason: 'Shared screenshots',
      }),
    );
  });

  it('/access pause, resume and seats', async () => {
    for (const [sub, options] of [
      ['pause', {}],
      ['resume', {}],
      ['seats', { count: 12 }],
    ] as const) {
      await expectReplayChangesNothing(
        h.sub(h.members.maintainer, 'access', sub, { feature: 'dark-mode', ...options }),
      );
    }
  });

  it('/feature create', async () => {
    await expectReplayChangesNothing(
      h.sub(h.members.maintainer, 'feature', 'create', {
        key: 'exports',
        name: 'Exports',
        description: 'CSV exports',
        role: await newRole('Exports'),
      }),
    );
  });

  it('/feature edit, a new role included', async () => {
    await h.grant(h.members.bob);
    const role = await newRole('Dark Mode 2');
    await expectReplayChangesNothing(
      h.sub(h.members.maintainer, 'feature', 'edit', { feature: 'dark-mode', name: 'Dark Mode v2', role }),
    );
  });

  it('/promote', async () => {
    await expectReplayChangesNothing(
      h.command(h.members.maintainer, 'promote', { feature: 'search', force: true }),
    );
    expect(h.feature('search').level).toBe('preview');
  });

  it('/feature retire', async () => {
    await expectReplayChangesNothing(
      h.sub(h.members.maintainer, 'feature', 'retire', { feature: 'exports', reason: 'Folded into search' }),
    );
  });

  it('/invite create and admit', async () => {
    await expectReplayChangesNothing(
      h.sub(h.members.maintainer, 'invite', 'create', { feature: 'dark-mode' }),
    );
    await h.command(h.members.carol, 'join', { feature: 'dark-mode' }).reply();
    await expectReplayChangesNothing(
      h.sub(h.members.maintainer, 'invite', 'admit', { feature: 'dark-mode', count: 1 }),
    );
  });

  it('/join Accept and /leave', async () => {
    const prompt = await h.command(h.members.alice, 'join', { feature: 'search' }).reply();
    const accept = prompt.customIds.find((id) => id.startsWith('join:accept'))!;
    await expectReplayChangesNothing(
      h.fake.clickButton({
        guildId: h.guild.id,
        userId: h.members.alice.id,
        customId: accept,
        ...(prompt.messageId ? { messageId: prompt.messageId } : {}),
      }),
    );
    await expectReplayChangesNothing(h.command(h.members.alice, 'leave', { feature: 'search' }));
  });

  it('/triage set', async () => {
    await h
      .command(h.members.bob, 'feedback', { feature: 'dark-mode', tags: 'bug', message: 'Flickers' })
      .reply();
    await expectReplayChangesNothing(
      h.sub(h.members.maintainer, 'triage', 'set', { id: 1, status: 'planned', note: 'Next sprint' }),
    );
  });

  it('/setup, every subcommand that changes something', async () => {
    const setup = (sub: string, options: Record<string, string | number>, group?: string) =>
      h.command(
        h.members.maintainer,
        'setup',
        options,
        group ? { subcommandGroup: group, subcommand: sub } : { subcommand: sub },
      );
    const cases: (() => InteractionHandle)[] = [
      () => setup('announcements', { channel: h.channels.general.id }),
      () => setup('log', { channel: h.channels.log.id }),
      () => setup('maintainers', { role: h.roles.moderators.id }),
      () => setup('add', { tag: 'ux' }, 'tags'),
      () => setup('remove', { tag: 'docs' }, 'tags'),
      () => setup('gates', { transition: 'preview->ga', min_feedback: 3, min_days: 1, max_open_blockers: 0 }),
      () => setup('terms', { level: 'preview', text: 'Preview terms: things may still change.' }),
      () => setup('feedback-rate', { per_minute: 20 }),
      () => setup('ga-roles', { policy: 'remove' }),
      () => setup('language', { locale: 'de' }),
    ];
    for (const send of cases) await expectReplayChangesNothing(send());
  });
});

describe('a replayed settings change after another maintainer’s change in between', () => {
  /** Delivers `handle`'s interaction again, the very same payload, and waits for its answer. */
  async function replay(handle: InteractionHandle): Promise<void> {
    const before = callbacks(handle).length;
    h.fake.gateway.dispatch('INTERACTION_CREATE', handle.payload, 0, true);
    await expect.poll(() => callbacks(handle).length).toBeGreaterThan(before);
    await h.outboxIdle();
  }

  it('/setup feedback-rate: the later change stays', async () => {
    const first = h.sub(h.members.maintainer, 'setup', 'feedback-rate', { per_minute: 11 });
    await first.response();
    await h.sub(h.members.owner, 'setup', 'feedback-rate', { per_minute: 22 }).response();
    await replay(first);
    expect(h.rows('SELECT feedback_per_minute FROM guild_settings')).toEqual([{ feedback_per_minute: 22 }]);
  });

  it('/feature edit: the later change stays', async () => {
    const first = h.sub(h.members.maintainer, 'feature', 'edit', { feature: 'search', name: 'Search v2' });
    await first.response();
    await h.sub(h.members.owner, 'feature', 'edit', { feature: 'search', name: 'Search v3' }).response();
    await replay(first);
    expect(h.feature('search').name).toBe('Search v3');
    expect(h.count('interaction_receipt', 'interaction_id = ?', first.id)).toBe(1);
  });
});

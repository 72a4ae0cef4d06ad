import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InteractionHandle } from '../support/fake-discord/index.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
let logs: Record<string, unknown>[];

beforeEach(async () => {
  logs = [];
  h = await startHarness({ logDestination: { write: (line) => logs.push(JSON.parse(line)) } });
  await h.createFeature('dark-mode');
});

afterEach(async () => {
  await h.close();
});

const featureId = () =>
  h.db.prepare("SELECT id FROM feature WHERE key = 'dark-mode'").pluck().get() as number;

/** Puts `count` new server members on the waitlist, in order, and returns their ids. */
function waitlist(count: number): string[] {
  const ids: string[] = [];
  const insert = h.db.prepare(
    'INSERT INTO waitlist_entry (feature_id, member_id, joined_at) VALUES (?, ?, ?)',
  );
  for (let i = 0; i < count; i++) {
    const member = h.fake.addMember(h.guild.id, { username: `waiting-${i}` });
    insert.run(featureId(), member.id, h.clock.now().toISOString());
    ids.push(member.id);
  }
  return ids;
}

/** Sends the very same INTERACTION_CREATE again, as Discord may after a gateway resume. */
function replay(handle: InteractionHandle): void {
  h.fake.gateway.dispatch('INTERACTION_CREATE', handle.payload, 0, true);
}

const callbackStatuses = (handle: InteractionHandle) =>
  handle
    .requests()
    .filter((r) => r.method === 'POST' && r.path.endsWith('/callback'))
    .map((r) => r.status);

const errorLogs = () => logs.filter((line) => (line.level as number) >= 50);

describe('/invite admit of many members', () => {
  it('answers within 2,000 characters, naming the first members and how many more, after admitting all 100', async () => {
    const waiting = waitlist(100);
    const handle = h.sub(h.members.maintainer, 'invite', 'admit', { feature: 'dark-mode', count: 100 });
    const reply = await handle.reply();
    expect(reply.content).not.toContain('Something went wrong');
    expect(reply.content.length).toBeLessThanOrEqual(2000);
    expect(reply.content).toContain('Invited 100 members');
    expect(reply.content).toContain(`<@${waiting[0]}>`);
    const shown = waiting.filter((id) => reply.content.includes(`<@${id}>`)).length;
    expect(shown).toBeLessThan(100);
    expect(reply.content).toContain(`and ${100 - shown} more`);
    expect(reply.content).toContain('0 still waiting');
    expect(callbackStatuses(handle)).toEqual([204]);
    expect(h.count('invite')).toBe(100);
    expect(errorLogs()).toEqual([]);
  });
});

describe('replayed /invite interactions', () => {
  it('admits once when the same /invite admit is delivered twice', async () => {
    const [first] = waitlist(3);
    const handle = h.sub(h.members.maintainer, 'invite', 'admit', { feature: 'dark-mode', count: 1 });
    const reply = await handle.reply();
    expect(reply.content).toContain(`<@${first}>`);
    replay(handle);
    await expect.poll(() => callbackStatuses(handle)).toEqual([204, 400]);
    expect(h.rows('SELECT target_member_id FROM invite')).toEqual([{ target_member_id: first }]);
    expect(h.count('waitlist_entry', 'closed_at IS NULL')).toBe(2);
    expect(h.count('outbox', "kind = 'direct-message'")).toBe(1);
    expect(errorLogs()).toEqual([]);
  });

  it('makes one invite when the same /invite create is delivered twice', async () => {
    const handle = h.sub(h.members.maintainer, 'invite', 'create', {
      feature: 'dark-mode',
      member: h.members.bob.id,
    });
    const reply = await handle.reply();
    replay(handle);
    await expect.poll(() => callbackStatuses(handle)).toEqual([204, 400]);
    const codes = h.rows<{ code: string }>('SELECT code FROM invite');
    expect(codes).toHaveLength(1);
    expect(reply.content).toContain(`\`${codes[0]!.code}\``);
    expect(h.count('outbox', "kind = 'direct-message'")).toBe(1);
    expect(errorLogs()).toEqual([]);
  });
});

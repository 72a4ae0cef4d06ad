import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeMember } from '../support/fake-discord/index.js';
import { type Harness, startHarness, TestClock } from '../support/harness.js';

let h: Harness;
let clock: TestClock;

beforeEach(async () => {
  clock = new TestClock();
  h = await startHarness({ clock });
});

afterEach(async () => {
  await h.close();
});

const invites = () =>
  h.rows<{
    code: string;
    target_member_id: string | null;
    max_uses: number;
    expires_at: string;
    revoked: number;
  }>('SELECT code, target_member_id, max_uses, expires_at, revoked FROM invite ORDER BY id');

function joinAs(member: FakeMember) {
  return h.command(member, 'join', { feature: 'dark-mode' }).reply();
}

describe('/invite create', () => {
  it('creates an unguessable code shown in a code span, one use and 7 days by default', async () => {
    await h.createFeature('dark-mode');
    const reply = await h.sub(h.members.maintainer, 'invite', 'create', { feature: 'dark-mode' }).reply();
    expect(reply.ephemeral).toBe(true);
    const [row] = invites();
    expect(row!.code).toMatch(/^[0-9A-Z]{16}$/);
    expect(reply.content).toContain(`\`${row!.code}\``);
    expect(row).toMatchObject({ target_member_id: null, max_uses: 1, revoked: 0 });
    expect(new Date(row!.expires_at).getTime() - clock.now().getTime()).toBe(7 * 24 * 3600_000);

    await h
      .sub(h.members.maintainer, 'invite', 'create', { feature: 'dark-mode', uses: 3, expires_in: '12h' })
      .reply();
    const codes = invites().map((i) => i.code);
    expect(new Set(codes).size).toBe(2);
    expect(invites()[1]).toMatchObject({ max_uses: 3 });
  });

  it('refuses a malformed lifetime, an invite for Preview and a member from anyone but a maintainer, storing nothing', async () => {
    await h.createFeature('dark-mode');
    const bad = await h
      .sub(h.members.maintainer, 'invite', 'create', { feature: 'dark-mode', expires_in: 'soon' })
      .reply();
    expect(bad.ephemeral).toBe(true);
    expect(bad.content).toContain('not a duration');
    const tooLong = await h
      .sub(h.members.maintainer, 'invite', 'create', { feature: 'dark-mode', expires_in: '100d' })
      .reply();
    expect(tooLong.content).toContain('between 1 minute and 90 days');
    const notMaintainer = await h.sub(h.members.alice, 'invite', 'create', { feature: 'dark-mode' }).reply();
    expect(notMaintainer.content).toContain('for maintainers');
    h.db.prepare("UPDATE feature SET level = 'preview'").run();
    const preview = await h.sub(h.members.maintainer, 'invite', 'create', { feature: 'dark-mode' }).reply();
    expect(preview.content).toContain('invites are for Early Access only');
    expect(h.count('invite')).toBe(0);
  });

  it('tells the targeted member by direct message', async () => {
    await h.createFeature('dark-mode');
    await h
      .sub(h.members.maintainer, 'invite', 'create', { feature: 'dark-mode', member: h.members.bob.id })
      .reply();
    await expect.poll(() => h.fake.directMessages(h.members.bob.id).length).toBe(1);
    const [dm] = h.fake.directMessages(h.members.bob.id);
    expect(dm!.content).toContain('/join feature:dark-mode');
    expect(dm!.content).toContain(invites()[0]!.code);
  });
});

describe('/invite admit', () => {
  it('turns the first N waitlist entries into targeted invites and tells each member, by mention when DMs are closed', async () => {
    await h.createFeature('dark-mode', { channel: h.channels.feedbackChannel.id });
    const closed = h.fake.addMember(h.guild.id, { username: 'dora', dmsClosed: true });
    for (const member of [closed, h.members.alice, h.members.bob, h.members.carol]) await joinAs(member);

    const reply = await h
      .sub(h.members.maintainer, 'invite', 'admit', { feature: 'dark-mode', count: 3 })
      .reply();
    expect(reply.content).toContain('Invited 3 members');
    expect(reply.content).toContain('1 still waiting');
    expect(invites().map((i) => i.target_member_id)).toEqual([
      closed.id,
      h.members.alice.id,
      h.members.bob.id,
    ]);
    expect(h.rows('SELECT member_id, close_reason FROM waitlist_entry ORDER BY id')).toEqual([
      { member_id: closed.id, close_reason: 'admitted' },
      { member_id: h.members.alice.id, close_reason: 'admitted' },
      { member_id: h.members.bob.id, close_reason: 'admitted' },
      { member_id: h.members.carol.id, close_reason: null },
    ]);

    await h.outboxIdle();
    expect(h.fake.directMessages(h.members.alice.id)).toHaveLength(1);
    expect(h.fake.directMessages(h.members.bob.id)).toHaveLength(1);
    const mentions = h.fake.channelMessages(h.channels.feedbackChannel.id);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]!.content).toContain(`<@${closed.id}>`);
    expect(mentions[0]!.body.allowed_mentions).toEqual({ parse: [], users: [closed.id] });

    // The admitted member joins without typing the code; the next in line is now first.
    const prompt = await joinAs(h.members.alice);
    await h.fake
      .clickButton({ guildId: h.guild.id, userId: h.members.alice.id, customId: prompt.customIds[0]! })
      .reply();
    expect(h.rows('SELECT member_id, how FROM access_grant')).toEqual([
      { member_id: h.members.alice.id, how: 'invite' },
    ]);
    const carol = await joinAs(h.members.carol);
    expect(carol.content).toContain('position **1**');
  });

  it('says so when nobody is waiting', async () => {
    await h.createFeature('dark-mode');
    const reply = await h
      .sub(h.members.maintainer, 'invite', 'admit', { feature: 'dark-mode', count: 2 })
      .reply();
    expect(reply.content).toContain('Nobody is on the waitlist');
    expect(h.count('invite')).toBe(0);
    expect(h.count('outbox')).toBe(0);
  });
});

describe('/invite list and revoke', () => {
  it('lists invites with their state and refuses a revoked code', async () => {
    await h.createFeature('dark-mode');
    await h.sub(h.members.maintainer, 'invite', 'create', { feature: 'dark-mode', uses: 2 }).reply();
    await h.sub(h.members.maintainer, 'invite', 'create', { feature: 'dark-mode', expires_in: '1h' }).reply();
    const [first, second] = invites();
    clock.advance(2 * 3600_000);

    const revoked = await h
      .sub(h.members.maintainer, 'invite', 'revoke', { code: first!.code.toLowerCase() })
      .reply();
    expect(revoked.content).toContain(`Revoked the invite \`${first!.code}\``);
    expect(invites()[0]!.revoked).toBe(1);
    const twice = await h.sub(h.members.maintainer, 'invite', 'revoke', { code: first!.code }).reply();
    expect(twice.content).toContain('already revoked');
    const unknown = await h.sub(h.members.maintainer, 'invite', 'revoke', { code: 'ZZZZ' }).reply();
    expect(unknown.content).toContain('There is no invite');

    const list = await h.sub(h.members.maintainer, 'invite', 'list', { feature: 'dark-mode' }).reply();
    const text = list.embeds[0]?.description ?? '';
    expect(text).toContain(`\`${first!.code}\` · revoked · 0/2 used`);
    expect(text).toContain(`\`${second!.code}\` · expired · 0/1 used`);

    const refused = await h
      .command(h.members.alice, 'join', { feature: 'dark-mode', code: first!.code })
      .reply();
    expect(refused.content).toContain('revoked');
    expect(h.count('access_grant')).toBe(0);
  });
});

describe('/invite in two languages', () => {
  it("answers the maintainer in their language and tells the invited member in the server's", async () => {
    await h.createFeature('dark-mode');
    h.bot.deps.store.settings.setLanguage(h.guild.id, 'fr', clock.now());
    const createInGerman = (options: Record<string, string>) =>
      h.fake
        .sendCommand({
          guildId: h.guild.id,
          userId: h.members.maintainer.id,
          channelId: h.channels.general.id,
          locale: 'de',
          name: 'invite',
          subcommand: 'create',
          options: { feature: 'dark-mode', ...options },
        })
        .reply();

    const bad = await createInGerman({ expires_in: 'bald' });
    expect(bad.content).toBe(
      '`expires_in`: `bald` ist keine Dauer: Gib eine Zahl und eine Einheit an, zum Beispiel 30m, 12h, 7d oder 2w (Einheiten: m Minuten, h Stunden, d Tage, w Wochen).',
    );
    expect(h.count('invite')).toBe(0);

    const created = await createInGerman({ member: h.members.bob.id, expires_in: '2d' });
    const [row] = invites();
    const expiresAt = new Date(row!.expires_at).getTime() / 1000;
    expect(created.content).toBe(
      `Einladung \`${row!.code}\` für **Dark Mode**: 1 Nutzung, gültig bis <t:${expiresAt}:f>, nur für <@${h.members.bob.id}>.\nZum Teilen: \`/join feature:dark-mode code:${row!.code}\``,
    );
    await expect.poll(() => h.fake.directMessages(h.members.bob.id).length).toBe(1);
    const [dm] = h.fake.directMessages(h.members.bob.id);
    // French sets a narrow no-break space before "!".
    expect(dm!.content).toBe(
      `Vous avez reçu une invitation pour **Dark Mode** (Early Access) sur **Product Community**\u202f! Lancez \`/join feature:dark-mode\` sur le serveur (ou utilisez le code \`${row!.code}\`) avant le <t:${expiresAt}:f>.`,
    );
  });
});

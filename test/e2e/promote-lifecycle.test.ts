import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackStatus } from '../../src/domain/feedback-rules.js';
import type { FakeMember } from '../support/fake-discord/index.js';
import { type Harness, startHarness } from '../support/harness.js';
import { seededMemberId, seedFeedbackItems, seedGrant } from '../support/seed.js';

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.close();
});

/** Feedback at the feature's current level, each from another member (that command belongs to another area). */
function seedFeedback(count: number, tag = 'idea', options: { status?: FeedbackStatus } = {}): void {
  seedFeedbackItems(h.store, h.clock.now(), h.feature(), count, (n) => ({
    authorId: seededMemberId(n),
    body: 'Works for me',
    tags: [tag],
    ...options,
  }));
}

function waitlist(member: FakeMember): void {
  h.store.waitlist.join(h.feature().id, member.id, h.clock.now());
}

function grantAccess(member: FakeMember): void {
  seedGrant(h.store, h.clock.now(), h.feature(), member.id, 'invite', h.members.maintainer.id);
  h.fake.setMemberRoles(h.guild.id, member.id, [
    ...h.fake.memberRoles(h.guild.id, member.id),
    h.roles.betaRole.id,
  ]);
}

async function setAnnouncements(): Promise<void> {
  const reply = await h.setAnnouncementChannel();
  expect(reply.content).toContain('announced in');
}

function promote(options: Record<string, string | boolean> = {}, member = h.members.maintainer) {
  return h.command(member, 'promote', { feature: 'dark-mode', ...options });
}

/** Early Access with every gate met: 10 feedback, each from another member, 7 days at the level, no blocker. */
async function readyFeature(): Promise<void> {
  await h.createFeature('dark-mode', { channel: h.channels.feedbackChannel.id });
  seedFeedback(6, 'idea');
  seedFeedback(4, 'bug');
  h.clock.advanceDays(7);
}

const state = () => ({
  level: h.rows<{ level: string }>('SELECT level FROM feature')[0]!.level,
  promotions: h.count('promotion'),
  outbox: h.count('outbox'),
  openWaitlist: h.count('waitlist_entry', 'closed_at IS NULL'),
});

describe('/promote refuses unmet gates', () => {
  it('refuses a promotion whose gates are unmet, shows the report and changes nothing', async () => {
    await h.createFeature('dark-mode');
    await setAnnouncements();
    seedFeedback(3);
    seedFeedback(1, 'blocker');
    h.clock.advanceDays(2);
    const reply = await promote({ note: 'please' }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('Not promoted');
    expect(reply.content).toContain('force:True');
    const report = JSON.stringify(reply.embeds);
    expect(report).toContain('❌ Feedback at Early Access: 4 / 10');
    expect(report).toContain('❌ Days at Early Access: 2 / 7');
    expect(report).toContain('❌ Open blockers: 1 (at most 0)');
    expect(state()).toEqual({ level: 'early-access', promotions: 0, outbox: 0, openWaitlist: 0 });
    expect(h.fake.channelMessages(h.channels.announcements.id)).toEqual([]);
  });

  it('refuses a promotion when too few members took part, however much feedback they gave', async () => {
    await h.createFeature('dark-mode');
    seedFeedbackItems(h.store, h.clock.now(), h.feature(), 12, (n) => ({
      authorId: n % 2 === 0 ? h.members.alice.id : h.members.bob.id,
    }));
    h.clock.advanceDays(7);
    const reply = await promote().reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('Not promoted');
    const report = JSON.stringify(reply.embeds);
    expect(report).toContain('✅ Feedback at Early Access: 12 / 10');
    expect(report).toContain('❌ Participants at Early Access: 2 / 5');
    expect(report).toContain('✅ Days at Early Access: 7 / 7');
    expect(state()).toEqual({ level: 'early-access', promotions: 0, outbox: 0, openWaitlist: 0 });
  });

  it('refuses to promote a feature in General Availability', async () => {
    await h.createFeature('dark-mode');
    expect((await promote({ force: true }).reply()).content).toContain('Promoted');
    h.clock.advanceDays(1);
    expect((await promote({ force: true }).reply()).content).toContain('Promoted');
    h.clock.advanceDays(1);
    const reply = await promote({ force: true }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('already in General Availability');
    expect(state()).toMatchObject({ level: 'ga', promotions: 2 });
  });

  it('refuses an unknown feature and a note that is only spaces is stored as no note', async () => {
    const unknown = await h.command(h.members.maintainer, 'promote', { feature: 'nope' }).reply();
    expect(unknown.ephemeral).toBe(true);
    expect(unknown.content).toContain('no active feature `nope`');
    await readyFeature();
    await promote({ note: '   ' }).reply();
    expect(h.rows('SELECT note FROM promotion')).toEqual([{ note: null }]);
  });

  it('refuses members who are not maintainers', async () => {
    await readyFeature();
    const reply = await promote({}, h.members.alice).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('for maintainers');
    expect(state()).toMatchObject({ level: 'early-access', promotions: 0 });
  });
});

describe('/promote dry_run', () => {
  it('shows the report, the sign-up change and the announcement as it would be posted, and changes nothing', async () => {
    await readyFeature();
    await setAnnouncements();
    waitlist(h.members.alice);
    const reply = await promote({ dry_run: true, note: 'Thanks @everyone' }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('Dry run: nothing was changed');
    const [plan, announcement] = reply.embeds;
    expect(plan!.title).toBe('Dark Mode: Early Access → Preview');
    const planText = JSON.stringify(plan);
    expect(planText).toContain('✅ Feedback at Early Access: 10 / 10');
    expect(planText).toContain('No role changes');
    expect(planText).toContain('1 waitlisted member is told');
    expect(planText).toContain(
      '10 members who gave feedback at Early Access would be thanked by direct message, with the status of their items.',
    );
    expect(planText).toContain(`Would be posted in <#${h.channels.announcements.id}>`);
    expect(announcement!.title).toBe('Dark Mode: Early Access → Preview');
    expect(JSON.stringify(announcement)).toContain('Thanks @everyone');
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
    expect(state()).toEqual({ level: 'early-access', promotions: 0, outbox: 0, openWaitlist: 1 });
    await h.outboxIdle();
    expect(h.fake.channelMessages(h.channels.announcements.id)).toEqual([]);
    expect(h.fake.directMessages(h.members.alice.id)).toEqual([]);
  });

  it('a dry run of a GA promotion names the members whose role would be removed', async () => {
    await h.createFeature('dark-mode');
    await h.sub(h.members.maintainer, 'setup', 'ga-roles', { policy: 'remove' }).reply();
    grantAccess(h.members.alice);
    grantAccess(h.members.bob);
    await promote({ force: true }).reply();
    h.clock.advanceDays(1);
    const reply = await promote({ force: true, dry_run: true }).reply();
    const text = JSON.stringify(reply.embeds);
    expect(text).toContain(`<@&${h.roles.betaRole.id}> is removed from 2 members`);
    expect(text).toContain('No announcement channel is set');
    expect(state()).toMatchObject({ level: 'preview', promotions: 1 });
    expect(h.count('outbox', "kind = 'role-remove'")).toBe(0);
  });
});

describe('/promote records and announces', () => {
  it('records a forced promotion with the unmet report and announces it', async () => {
    await h.createFeature('dark-mode');
    await setAnnouncements();
    seedFeedback(2, 'praise');
    h.clock.advanceDays(3);
    const reply = await promote({ force: true, note: 'Launch week' }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('Promoted **Dark Mode** from Early Access to Preview (forced');
    const [row] = h.rows<{
      from_level: string;
      to_level: string;
      by_id: string;
      note: string;
      forced: number;
      report_json: string;
      at: string;
    }>('SELECT * FROM promotion');
    expect(row).toMatchObject({
      from_level: 'early-access',
      to_level: 'preview',
      by_id: h.members.maintainer.id,
      note: 'Launch week',
      forced: 1,
      at: h.clock.now().toISOString(),
    });
    const report = JSON.parse(row!.report_json);
    expect(report).toMatchObject({ from: 'early-access', to: 'preview', ready: false });
    expect(report.gates).toContainEqual(
      expect.objectContaining({ gate: 'min_feedback', actual: 2, required: 10, met: false }),
    );
    expect(h.rows('SELECT level, level_entered_at FROM feature')).toEqual([
      { level: 'preview', level_entered_at: h.clock.now().toISOString() },
    ]);
    await expect.poll(() => h.fake.channelMessages(h.channels.announcements.id).length).toBe(1);
  });

  it('announces with the evidence, mentioning only the feature role, and never pings through the note', async () => {
    await readyFeature();
    await setAnnouncements();
    seedFeedback(1, 'question', { status: 'resolved' });
    // A member who only voted since the level began takes part too (11 authors and Carol).
    const [first] = h.rows<{ id: number }>('SELECT id FROM feedback ORDER BY id LIMIT 1');
    h.store.votes.cast(first!.id, h.members.carol.id, null, h.clock.now());
    await promote({ note: `Thanks @everyone and @here and <@&${h.roles.highRole.id}>` }).reply();
    await h.outboxIdle();
    const [message] = h.fake.channelMessages(h.channels.announcements.id);
    expect(message!.content).toBe(`<@&${h.roles.betaRole.id}>`);
    expect(message!.body.allowed_mentions).toEqual({ parse: [], roles: [h.roles.betaRole.id] });
    expect(message!.body.enforce_nonce).toBe(true);
    const embed = message!.embeds[0] as { title: string; fields: { name: string; value: string }[] };
    expect(embed.title).toBe('Dark Mode: Early Access → Preview');
    const evidence = embed.fields.find((f) => f.name === 'Evidence')!.value;
    expect(evidence).toBe(
      'Feedback at Early Access: **11** (idea 6 · bug 4 · question 1)\nResolved at Early Access: **1**\n' +
        'Participants: **12**\nDays at Early Access: **7**',
    );
    expect(embed.fields.find((f) => f.name === 'Note')!.value).toContain('@everyone');
    expect(h.rows("SELECT status FROM outbox WHERE kind = 'message'")).toEqual([{ status: 'delivered' }]);
  });

  it('tells the maintainer when no announcement channel is set', async () => {
    await readyFeature();
    const reply = await promote().reply();
    expect(reply.content).toContain('Promoted');
    expect(JSON.stringify(reply.embeds)).toContain('No announcement channel is set');
    // Nothing to post: the outbox holds only the thanks to the 10 members who gave feedback.
    expect(state()).toMatchObject({ level: 'preview', promotions: 1, outbox: 10 });
    expect(h.count('outbox', "kind = 'message'")).toBe(0);
  });
});

describe('entering Preview lifts the invite gate', () => {
  it('tells every waitlisted member by DM (or in the feature channel when DMs are closed) and closes their entries', async () => {
    await readyFeature();
    await setAnnouncements();
    const dan = h.fake.addMember(h.guild.id, { username: 'dan', dmsClosed: true });
    waitlist(h.members.alice);
    waitlist(dan);
    const reply = await promote().reply();
    expect(JSON.stringify(reply.embeds)).toContain('2 waitlisted members are told');
    await h.outboxIdle();
    const [dm] = h.fake.directMessages(h.members.alice.id);
    expect(dm!.content).toContain('Dark Mode** is now in Preview');
    expect(dm!.content).toContain('/join feature:dark-mode');
    expect(dm!.body.allowed_mentions).toEqual({ parse: [] });
    const [fallback] = h.fake.channelMessages(h.channels.feedbackChannel.id);
    expect(fallback!.content).toMatch(new RegExp(`^<@${dan.id}> `));
    expect(fallback!.body.allowed_mentions).toEqual({ parse: [], users: [dan.id] });
    expect(h.rows('SELECT member_id, close_reason FROM waitlist_entry ORDER BY id')).toEqual([
      { member_id: h.members.alice.id, close_reason: 'gate-opened' },
      { member_id: dan.id, close_reason: 'gate-opened' },
    ]);
    // Every effect went out, but the thanks to the 10 seeded authors, whom the fake Discord does not know.
    expect(h.count('outbox', "status != 'delivered'")).toBe(10);
    expect(h.count('outbox', "status = 'cancelled' AND kind = 'direct-message'")).toBe(10);
  });
});

describe('thanks on promotion', () => {
  /** Alice gave two items (one resolved since), Bob one; Carol only voted. */
  function contributions(): void {
    const by = (member: FakeMember, body: string, status: FeedbackStatus = 'open') => ({
      authorId: member.id,
      body,
      status,
    });
    const seeds = [
      by(h.members.alice, 'Flickers on resume'),
      by(h.members.alice, 'Too dark on OLED', 'resolved'),
      by(h.members.bob, 'Love the contrast'),
    ];
    const items = seedFeedbackItems(h.store, h.clock.now(), h.feature(), 3, (n) => seeds[n - 1]!);
    h.store.votes.cast(items[2]!.id, h.members.carol.id, null, h.clock.now());
  }

  it('sends one DM per member who gave feedback at the level left, listing their items, none to voters', async () => {
    await h.createFeature('dark-mode');
    contributions();
    const reply = await promote({ force: true }).reply();
    expect(JSON.stringify(reply.embeds)).toContain(
      '2 members who gave feedback at Early Access are thanked by direct message',
    );
    await h.outboxIdle();
    const aliceDms = h.fake.directMessages(h.members.alice.id);
    expect(aliceDms).toHaveLength(1);
    expect(aliceDms[0]!.content).toBe(
      '**Dark Mode** moved from Early Access to Preview. Thank you for your feedback at Early Access; ' +
        'this is where it stands:\n**#1** · **Open** · Flickers on resume\n**#2** · **Resolved** · Too dark on OLED',
    );
    expect(aliceDms[0]!.body.allowed_mentions).toEqual({ parse: [] });
    const [bobDm] = h.fake.directMessages(h.members.bob.id);
    expect(bobDm!.content).toContain('**#3** · **Open** · Love the contrast');
    expect(h.fake.directMessages(h.members.bob.id)).toHaveLength(1);
    expect(h.fake.directMessages(h.members.carol.id)).toEqual([]);
    expect(h.rows("SELECT status, count(*) AS n FROM outbox WHERE kind = 'direct-message'")).toEqual([
      { status: 'delivered', n: 2 },
    ]);
  });

  it('thanks in the language of the server, and a dry run thanks nobody', async () => {
    await h.createFeature('dark-mode');
    contributions();
    h.bot.deps.store.settings.setLanguage(h.guild.id, 'de', h.clock.now());
    const dryRun = await promote({ force: true, dry_run: true }).reply();
    expect(JSON.stringify(dryRun.embeds)).toContain(
      '2 members who gave feedback at Early Access would be thanked by direct message',
    );
    expect(state()).toEqual({ level: 'early-access', promotions: 0, outbox: 0, openWaitlist: 0 });
    await promote({ force: true }).reply();
    await h.outboxIdle();
    const [dm] = h.fake.directMessages(h.members.alice.id);
    expect(dm!.content).toMatch(
      /^\*\*Dark Mode\*\* ist von Early Access auf Preview gewechselt\. Danke für dein Feedback in Early Access; so ist der Stand:\n/,
    );
    const [button] = (dm!.components as { components: { label: string }[] }[])[0]!.components;
    expect(button!.label).toBe('Diese Nachrichten abschalten');
  });
});

describe('entering General Availability follows the role policy', () => {
  async function toGa(policy: 'keep' | 'remove'): Promise<void> {
    await h.createFeature('dark-mode');
    const set = await h.sub(h.members.maintainer, 'setup', 'ga-roles', { policy }).reply();
    expect(set.ephemeral).toBe(true);
    expect(h.rows('SELECT ga_role_policy FROM guild_settings')).toEqual([{ ga_role_policy: policy }]);
    grantAccess(h.members.alice);
    grantAccess(h.members.bob);
    await promote({ force: true }).reply();
    h.clock.advanceDays(1);
    const reply = await promote({ force: true }).reply();
    expect(reply.content).toContain('from Preview to General Availability');
    await h.outboxIdle();
  }

  it('removes the feature role from every member with access under the remove policy', async () => {
    await toGa('remove');
    expect(h.fake.memberRoles(h.guild.id, h.members.alice.id)).not.toContain(h.roles.betaRole.id);
    expect(h.fake.memberRoles(h.guild.id, h.members.bob.id)).not.toContain(h.roles.betaRole.id);
    expect(h.rows('SELECT kind, status FROM outbox ORDER BY id')).toEqual([
      { kind: 'role-remove', status: 'delivered' },
      { kind: 'role-remove', status: 'delivered' },
    ]);
    expect(state().level).toBe('ga');
  });

  it('keeps the feature role as a badge under the keep policy', async () => {
    await toGa('keep');
    expect(h.fake.memberRoles(h.guild.id, h.members.alice.id)).toContain(h.roles.betaRole.id);
    expect(h.fake.memberRoles(h.guild.id, h.members.bob.id)).toContain(h.roles.betaRole.id);
    expect(h.fake.requests.filter((r) => r.method === 'DELETE' && r.path.includes('/roles/'))).toEqual([]);
    expect(h.count('outbox')).toBe(0);
  });
});

describe('concurrent promotions', () => {
  it('two maintainers promoting at the same moment produce one promotion and one announcement', async () => {
    await readyFeature();
    await setAnnouncements();
    const first = promote({ force: true });
    const second = promote({ force: true }, h.members.owner);
    const replies = await Promise.all([first.reply(), second.reply()]);
    const contents = replies.map((r) => r.content).sort();
    expect(contents[0]).toContain('Not promoted: **Dark Mode** was just moved to Preview');
    expect(contents[1]).toContain('Promoted **Dark Mode** from Early Access to Preview');
    expect(state()).toMatchObject({ level: 'preview', promotions: 1 });
    await h.outboxIdle();
    expect(h.fake.channelMessages(h.channels.announcements.id)).toHaveLength(1);
  });
});

describe('/features shows the promotion history', () => {
  it('lists every level change with date, who, note and whether it was forced', async () => {
    await readyFeature();
    await promote({ note: 'Solid feedback' }).reply();
    h.clock.advanceDays(2);
    await promote({ force: true, note: 'Marketing date' }, h.members.owner).reply();
    const detail = await h.command(h.members.alice, 'features', { feature: 'dark-mode' }).reply();
    const field = (detail.embeds[0]!.fields ?? []).find((f) => f.name === 'Promotion history')!;
    const lines = field.value.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(`^<t:\\d+:d> Early Access → Preview by <@${h.members.maintainer.id}>: Solid feedback$`),
    );
    expect(lines[1]).toContain(
      `Preview → General Availability by <@${h.members.owner.id}> **(forced)**: Marketing date`,
    );
    expect(detail.data?.allowed_mentions).toEqual({ parse: [] });
  });

  it('says there were no level changes yet', async () => {
    await h.createFeature('dark-mode');
    const detail = await h.command(h.members.alice, 'features', { feature: 'dark-mode' }).reply();
    expect(JSON.stringify(detail.embeds)).toContain('No level changes yet.');
  });
});

describe('languages', () => {
  /** A command as a member whose Discord is in German. */
  const inGerman = (member: FakeMember, name: string, options: Record<string, string | boolean>) =>
    h.fake.sendCommand({
      guildId: h.guild.id,
      userId: member.id,
      channelId: h.channels.general.id,
      name,
      options,
      locale: 'de',
    });

  it('answers a German dry run in German and previews the announcement in the language of the server', async () => {
    await readyFeature();
    await setAnnouncements();
    waitlist(h.members.alice);
    const reply = await inGerman(h.members.maintainer, 'promote', {
      feature: 'dark-mode',
      dry_run: true,
    }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe('Probelauf: Es wurde nichts geändert. Das würde `/promote` tun:');
    const [plan, announcement] = reply.embeds;
    expect(plan!.title).toBe('Dark Mode: Early Access → Preview');
    expect(plan!.fields).toEqual([
      {
        name: 'Reife',
        value:
          'Bereit für Preview.\n✅ Feedback in Early Access: 10 / 10\n✅ Teilnehmende in Early Access: 10 / 5\n' +
          '✅ Tage in Early Access: 7 / 7\n✅ Offene Blocker: 0 (höchstens 0)',
      },
      { name: 'Rollen', value: 'Keine Rollenänderungen.' },
      {
        name: 'Anmeldung',
        value:
          'Die Einladungspflicht entfällt: Alle können sich mit `/join` anmelden. 1 Mitglied auf der ' +
          'Warteliste wird per Direktnachricht informiert.',
      },
      {
        name: 'Ankündigung',
        value: `Würde in <#${h.channels.announcements.id}> gepostet und nur die Feature-Rolle erwähnen (siehe unten).`,
      },
      {
        name: 'Dank',
        value:
          '10 Mitglieder, die in Early Access Feedback gegeben haben, bekämen per Direktnachricht einen Dank ' +
          'mit dem Stand ihrer Einträge.',
      },
    ]);
    // The server reads English: the preview is the post exactly as it would go out.
    expect(announcement!.fields!.map((f) => f.name)).toEqual(['Evidence']);
    expect(state()).toEqual({ level: 'early-access', promotions: 0, outbox: 0, openWaitlist: 1 });
  });

  it('refuses a German maintainer in German, naming the next level', async () => {
    await h.createFeature('dark-mode');
    const reply = await inGerman(h.members.maintainer, 'promote', { feature: 'dark-mode' }).reply();
    expect(reply.content).toBe(
      'Nicht hochgestuft: **Dark Mode** erfüllt die Reifekriterien für Preview nicht. Es wurde nichts ' +
        'geändert. Führe `/promote` mit `force:True` erneut aus, um trotzdem hochzustufen (der Bericht mit ' +
        'den unerfüllten Kriterien wird gespeichert).',
    );
    expect(reply.embeds[0]!.fields![0]!.value).toContain(
      'Noch nicht bereit für Preview.\n❌ Feedback in Early Access: 0 / 10',
    );
  });

  it('shows a German member the feature in German', async () => {
    await readyFeature();
    await promote({ note: 'Solid feedback' }).reply();
    h.clock.advanceDays(1);
    const detail = await inGerman(h.members.alice, 'features', { feature: 'dark-mode' }).reply();
    const fields = detail.embeds[0]!.fields!;
    const field = (name: string) => fields.find((f) => f.name === name)?.value;
    expect(detail.embeds[0]!.title).toBe('Dark Mode (dark-mode)');
    expect(field('Stufe')).toBe('Preview');
    expect(field('Auf dieser Stufe')).toMatch(/^1 Tag \(seit <t:\d+:D>\)$/);
    expect(field('Rolle')).toBe(`<@&${h.roles.betaRole.id}>`);
    expect(field('Reife')).toMatch(
      /^Noch nicht bereit für General Availability\.\n❌ Feedback in Preview: 0 \/ 25\n/,
    );
    expect(field('Verlauf der Hochstufungen')).toMatch(
      new RegExp(`^<t:\\d+:d> Early Access → Preview durch <@${h.members.maintainer.id}>: Solid feedback$`),
    );
    const list = await inGerman(h.members.alice, 'features', {}).reply();
    expect(list.embeds[0]!.description).toBe(
      '**Dark Mode** `dark-mode` — Preview · 10 Teilnehmende · 10 Feedback-Einträge',
    );
  });

  it('posts the announcement and tells the waitlist in German once German is the language of the server', async () => {
    await readyFeature();
    await setAnnouncements();
    waitlist(h.members.alice);
    h.bot.deps.store.settings.setLanguage(h.guild.id, 'de', h.clock.now());
    // The maintainer reads English; the server reads German.
    const reply = await promote({ note: 'Danke!' }).reply();
    expect(reply.content).toBe('Promoted **Dark Mode** from Early Access to Preview.');
    await h.outboxIdle();
    const [post] = h.fake.channelMessages(h.channels.announcements.id);
    expect(post!.embeds).toEqual([
      expect.objectContaining({
        title: 'Dark Mode: Early Access → Preview',
        fields: [
          { name: 'Notiz', value: 'Danke!' },
          {
            name: 'Kennzahlen',
            value:
              'Feedback in Early Access: **10** (idea 6 · bug 4)\nErledigt in Early Access: **0**\n' +
              'Teilnehmende: **10**\nTage in Early Access: **7**',
          },
        ],
      }),
    ]);
    const [dm] = h.fake.directMessages(h.members.alice.id);
    expect(dm!.content).toBe(
      '**Dark Mode** ist jetzt in Preview: Die Einladungspflicht entfällt, und du kannst dich mit ' +
        '`/join feature:dark-mode` anmelden. Du standest auf der Warteliste, die jetzt geschlossen ist.',
    );
  });
});

describe('spec', () => {
  // The harness checks every request against the OpenAPI description when it closes after each test.
  it('every request the bot sent validated against the OpenAPI description', async () => {
    await readyFeature();
    await setAnnouncements();
    await promote().reply();
    await h.outboxIdle();
  });
});

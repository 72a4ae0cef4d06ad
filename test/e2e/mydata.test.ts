import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeMember } from '../support/fake-discord/index.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
  await h.createFeature('dark-mode', { channel: h.channels.feedbackChannel.id });
  // Preview takes feedback and votes from every member.
  h.db.prepare("UPDATE feature SET level = 'preview' WHERE key = 'dark-mode'").run();
});

afterEach(async () => {
  await h.close();
});

async function giveFeedback(member: FakeMember, message: string): Promise<number> {
  const reply = await h.command(member, 'feedback', { feature: 'dark-mode', tags: 'bug', message }).reply();
  return Number(/\*\*#(\d+)\*\*/.exec(reply.content ?? '')?.[1]);
}

const click = (member: FakeMember, customId: string) =>
  h.fake
    .clickButton({ guildId: h.guild.id, userId: member.id, customId, channelId: h.channels.general.id })
    .reply();

describe('/mydata export', () => {
  it('answers the member alone with a JSON file of their data, without other members’ text', async () => {
    const mine = await giveFeedback(h.members.alice, 'Alice: it flickers on resume');
    const bobs = await giveFeedback(h.members.bob, 'Bob: something only Bob wrote');
    await h.command(h.members.alice, 'vote', { id: bobs }).reply();

    const handle = h.sub(h.members.alice, 'mydata', 'export');
    const deferred = await handle.reply();
    expect(deferred.type).toBe(5);
    expect(deferred.ephemeral).toBe(true);
    const response = await handle.response();
    expect(response.data?.allowed_mentions).toEqual({ parse: [] });
    expect(response.content).toBe(
      'Everything Stagegate stores about you in this server is in ' +
        `\`stagegate-data-${h.guild.id}.json\`: 1 feedback item, 1 vote and 0 other records. ` +
        "The team's notes and other members' texts are not part of it.",
    );
    expect(response.files.map((f) => f.name)).toEqual([`stagegate-data-${h.guild.id}.json`]);
    const text = response.files[0]!.data.toString('utf8');
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      format: 'stagegate-member-data',
      guild_id: h.guild.id,
      member_id: h.members.alice.id,
      notifications: null,
      feedback: [{ id: mine, feature: 'dark-mode', body: 'Alice: it flickers on resume', tags: ['bug'] }],
      votes: [{ feedback: bobs, feature: 'dark-mode' }],
    });
    expect(text).not.toContain('only Bob wrote');
    expect(text).not.toContain(h.members.bob.id);
  });

  it('speaks the member’s language', async () => {
    const handle = h.fake.sendCommand({
      guildId: h.guild.id,
      userId: h.members.carol.id,
      name: 'mydata',
      subcommand: 'export',
      locale: 'de',
    });
    await handle.reply();
    const response = await handle.response();
    expect(response.content).toBe(
      `Stagegate speichert auf diesem Server nichts über dich; \`stagegate-data-${h.guild.id}.json\` zeigt die leeren Listen.`,
    );
    expect(JSON.parse(response.files[0]!.data.toString('utf8'))).toMatchObject({ feedback: [], access: [] });
  });
});

describe('/mydata delete', () => {
  it('asks first, refuses another member’s click, then erases and removes the role through the outbox', async () => {
    await h.grant(h.members.alice);
    await h.outboxIdle();
    expect(h.fake.memberRoles(h.guild.id, h.members.alice.id)).toContain(h.roles.betaRole.id);
    const mine = await giveFeedback(h.members.alice, 'Alice: please erase me later');
    await h.command(h.members.bob, 'vote', { id: mine }).reply();
    await h.command(h.members.alice, 'notifications', { setting: 'off' }).reply();

    const prompt = await h.sub(h.members.alice, 'mydata', 'delete').reply();
    expect(prompt.ephemeral).toBe(true);
    expect(prompt.content).toBe(
      [
        '**Erase your data in this server?** This cannot be undone. It erases:',
        '- the text of 1 feedback item and the record that it is yours',
        '- your notification setting (notifications are on again, the default)',
        '- your access to **Dark Mode** and its role',
        "Your feedback items stay, with their numbers, statuses, tags and votes, so the team's triage stays " +
          'whole; their text will read `[deleted by its author]` and they will no longer name you. Records the ' +
          'team keeps (your past access, invites made for you) stay too. Answer within 10 minutes.',
      ].join('\n'),
    );
    expect(prompt.customIds).toHaveLength(2);
    const [erase, keep] = prompt.customIds as [string, string];

    const foreign = await click(h.members.bob, erase);
    expect(foreign.ephemeral).toBe(true);
    expect(foreign.content).toBe('These buttons belong to another member.');
    expect(h.rows('SELECT author_id, body FROM feedback')).toEqual([
      { author_id: h.members.alice.id, body: 'Alice: please erase me later' },
    ]);

    const erased = await click(h.members.alice, erase);
    expect(erased.type).toBe(7);
    expect(erased.components).toEqual([]);
    expect(erased.content).toBe(
      [
        'Erased from this server:',
        '- the text of 1 feedback item and the record that it is yours',
        '- your notification setting (notifications are on again, the default)',
        '- your access to **Dark Mode** and its role',
        'Your feedback items keep their numbers and statuses; their text now reads `[deleted by its author]`.',
      ].join('\n'),
    );
    await h.outboxIdle();
    expect(h.fake.memberRoles(h.guild.id, h.members.alice.id)).not.toContain(h.roles.betaRole.id);
    const removal = h.fake.requests.find(
      (r) =>
        r.method === 'DELETE' &&
        r.path === `/guilds/${h.guild.id}/members/${h.members.alice.id}/roles/${h.roles.betaRole.id}`,
    );
    expect(decodeURIComponent(removal?.headers['x-audit-log-reason'] ?? '')).toBe(
      'Stagegate: member erased their data (dark-mode)',
    );
    expect(h.rows('SELECT number, author_id, body, votes FROM feedback')).toEqual([
      { number: mine, author_id: null, body: '[deleted by its author]', votes: 1 },
    ]);
    // The item's thread was named after the start of the text: renamed too.
    expect(h.fake.threadsOf(h.channels.feedbackChannel.id).map((thread) => thread.name)).toEqual([
      `#${mine} · [deleted by its author]`,
    ]);
    expect(h.rows('SELECT member_id, revoked_by, revoke_reason FROM access_grant')).toEqual([
      { member_id: h.members.alice.id, revoked_by: h.members.alice.id, revoke_reason: 'data deleted' },
    ]);
    expect(h.count('notification_setting')).toBe(0);
    expect(h.rows('SELECT member_id FROM feedback_vote')).toEqual([{ member_id: h.members.bob.id }]);

    // The other button of the answered confirmation erases nothing more; a new /mydata delete finds nothing.
    const again = await click(h.members.alice, erase);
    expect(again.content).toBe(erased.content);
    expect(h.count('outbox', "kind = 'role-remove'")).toBe(1);
    const nothing = await h.sub(h.members.alice, 'mydata', 'delete').reply();
    expect(nothing.content).toBe(
      'Stagegate holds nothing about you in this server that `/mydata delete` erases. ' +
        '`/mydata export` shows everything it stores.',
    );
    expect(nothing.customIds).toEqual([]);
    expect(keep).not.toBe(erase);
  });

  it('keeps everything when the member chooses to', async () => {
    await giveFeedback(h.members.alice, 'Alice: keep this');
    const prompt = await h.sub(h.members.alice, 'mydata', 'delete').reply();
    const kept = await click(h.members.alice, prompt.customIds[1]!);
    expect(kept.content).toBe('Nothing was erased.');
    expect(kept.components).toEqual([]);
    expect(h.rows('SELECT author_id, body FROM feedback')).toEqual([
      { author_id: h.members.alice.id, body: 'Alice: keep this' },
    ]);
  });

  it('asks in the member’s language', async () => {
    await giveFeedback(h.members.alice, 'Alice: auf Deutsch');
    const prompt = await h.fake
      .sendCommand({
        guildId: h.guild.id,
        userId: h.members.alice.id,
        name: 'mydata',
        subcommand: 'delete',
        locale: 'de',
      })
      .reply();
    expect(prompt.content).toContain('**Deine Daten auf diesem Server löschen?**');
    expect(prompt.content).toContain(
      '- der Text von 1 Feedback-Eintrag und der Hinweis, dass er von dir stammt',
    );
    expect(prompt.content).toContain('Antworte innerhalb von 10 Minuten.');
    const buttons = (prompt.components[0] as { components: { label: string }[] }).components;
    expect(buttons.map((b) => b.label)).toEqual(['Meine Daten löschen', 'Daten behalten']);
  });
});

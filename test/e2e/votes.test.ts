import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackItem } from '../../src/domain/entities.js';
import { queueStatusNotifications } from '../../src/lifecycle/notifications.js';
import { SKIPPED_DMS_CLOSED } from '../../src/store/outbox-repository.js';
import type { FakeMember } from '../support/fake-discord/index.js';
import { type Harness, startHarness } from '../support/harness.js';
import { seedFeedbackItems } from '../support/seed.js';

let h: Harness;

beforeEach(async () => {
  // Edits of one message are spaced by 400 ms here (2 s in production) to keep the test short.
  h = await startHarness({ outbox: { editIntervalMs: 400 } });
  await h.createFeature('dark-mode', { channel: h.channels.feedbackChannel.id });
  // Preview takes feedback and votes from every member.
  h.db.prepare("UPDATE feature SET level = 'preview' WHERE key = 'dark-mode'").run();
});

afterEach(async () => {
  await h.close();
});

async function giveFeedback(member: FakeMember, message: string): Promise<FeedbackItem> {
  const reply = await h.command(member, 'feedback', { feature: 'dark-mode', tags: 'bug', message }).reply();
  const number = Number(/\*\*#(\d+)\*\*/.exec(reply.content ?? '')?.[1]);
  return h.bot.deps.store.feedback.findByNumber(h.guild.id, number)!;
}

const vote = (member: FakeMember, id: number, withdraw?: boolean) =>
  h.command(member, 'vote', withdraw === undefined ? { id } : { id, withdraw }).reply();

describe('/vote', () => {
  it('backs an item once, refuses a second vote with the count, and withdraws', async () => {
    const item = await giveFeedback(h.members.alice, 'Flickers on resume');

    const voted = await vote(h.members.bob, item.number);
    expect(voted.ephemeral).toBe(true);
    expect(voted.content).toBe(
      `You back **#${item.number}**; it has 1 vote now. You will hear when its status changes.`,
    );
    const again = await vote(h.members.bob, item.number);
    expect(again.ephemeral).toBe(true);
    expect(again.content).toContain(`You already back **#${item.number}** (1 vote)`);
    expect(h.rows('SELECT member_id FROM feedback_vote')).toEqual([{ member_id: h.members.bob.id }]);

    const own = await vote(h.members.alice, item.number);
    expect(own.content).toContain('your own feedback');
    const unknown = await vote(h.members.bob, 99);
    expect(unknown.content).toBe('There is no feedback **#99** in this server.');

    const withdrawn = await vote(h.members.bob, item.number, true);
    expect(withdrawn.content).toContain(`You withdrew your vote on **#${item.number}**; it has 0 votes now.`);
    expect(h.count('feedback_vote')).toBe(0);
    expect(h.rows('SELECT votes FROM feedback')).toEqual([{ votes: 0 }]);
  });

  it('suggests open items the member may still back, most votes first', async () => {
    const quiet = await giveFeedback(h.members.alice, 'Quiet item');
    const popular = await giveFeedback(h.members.alice, 'Popular item');
    const mine = await giveFeedback(h.members.bob, 'My own item');
    const closed = await giveFeedback(h.members.alice, 'Closed item');
    h.db.prepare("UPDATE feedback SET status = 'resolved' WHERE id = ?").run(closed.id);
    await vote(h.members.carol, popular.number);

    const suggestions = await h.fake
      .sendAutocomplete({
        guildId: h.guild.id,
        userId: h.members.bob.id,
        name: 'vote',
        options: { id: '' },
        focused: 'id',
      })
      .reply();
    expect(suggestions.choices).toEqual([
      { name: `#${popular.number} · 1 vote · Dark Mode · Popular item`, value: popular.number },
      { name: `#${quiet.number} · 0 votes · Dark Mode · Quiet item`, value: quiet.number },
    ]);
    expect(mine.number).not.toBe(quiet.number);
  });
});

describe('/vote and /notifications in the member’s language', () => {
  const inGerman = (member: FakeMember, name: string, options: Record<string, string | number | boolean>) =>
    h.fake
      .sendCommand({
        guildId: h.guild.id,
        userId: member.id,
        channelId: h.channels.general.id,
        locale: 'de',
        name,
        options,
      })
      .reply();

  it('answers a German member in German, counts and refusals included', async () => {
    const item = await giveFeedback(h.members.alice, 'Flackert');
    expect((await inGerman(h.members.bob, 'vote', { id: item.number })).content).toBe(
      `Du unterstützt **#${item.number}**; der Eintrag hat jetzt 1 Stimme. Du bekommst Bescheid, wenn sich sein Status ändert.`,
    );
    expect((await inGerman(h.members.bob, 'vote', { id: item.number })).content).toBe(
      `Du unterstützt **#${item.number}** bereits (1 Stimme). Um deine Stimme zurückzuziehen, nutze \`/vote id:${item.number} withdraw:True\`.`,
    );
    expect((await inGerman(h.members.carol, 'vote', { id: item.number, withdraw: true })).content).toBe(
      `Du unterstützt **#${item.number}** nicht (1 Stimme), also gibt es keine Stimme zum Zurückziehen.`,
    );
    expect((await inGerman(h.members.alice, 'vote', { id: item.number })).content).toBe(
      `**#${item.number}** ist dein eigenes Feedback: Du kannst nicht dafür stimmen, und du folgst ihm bereits.`,
    );
    const off = await inGerman(h.members.carol, 'notifications', { setting: 'off' });
    expect(off.ephemeral).toBe(true);
    expect(off.content).toBe(
      'Benachrichtigungen sind auf diesem Server aus: keine Direktnachrichten mehr zu Feedback, dem du folgst. Mit `/notifications setting:on` schaltest du sie wieder ein.',
    );
    expect(h.rows('SELECT member_id FROM feedback_vote')).toEqual([{ member_id: h.members.bob.id }]);
  });
});

describe('the vote button of a feedback copy', () => {
  /** The copy `/feedback` posted in the feature's feedback channel, once the outbox delivered it. */
  async function copyOf(item: FeedbackItem): Promise<string> {
    await h.outboxIdle();
    const copy = h.fake
      .channelMessages(h.channels.feedbackChannel.id)
      .find((m) => (m.embeds[0] as { title?: string } | undefined)?.title === `#${item.number} · Dark Mode`);
    expect(h.rows('SELECT message_id FROM feedback_copy WHERE feedback_id = ?', item.id)).toEqual([
      { message_id: copy!.id },
    ]);
    return copy!.id;
  }

  const buttonOf = (messageId: string) => {
    const message = h.fake.world.messages.get(messageId)!;
    const rows = message.components as { components: { custom_id: string; label: string }[] }[];
    return rows[0]!.components[0]!;
  };

  it('toggles the presser’s vote, answers with the count, and edits the label with few edits for a burst', async () => {
    const item = await giveFeedback(h.members.alice, 'Flickers on resume');
    const messageId = await copyOf(item);
    const { custom_id: customId } = buttonOf(messageId);
    expect(buttonOf(messageId).label).toBe('Vote · 0');

    const press = (member: FakeMember) =>
      h.fake.clickButton({ guildId: h.guild.id, userId: member.id, customId, messageId }).reply();

    const first = await press(h.members.bob);
    expect(first.ephemeral).toBe(true);
    expect(first.content).toContain(`You back **#${item.number}**; it has 1 vote now.`);
    await expect.poll(() => buttonOf(messageId).label).toBe('Vote · 1');

    const crowd = Array.from({ length: 20 }, (_, i) => h.fake.addMember(h.guild.id, { username: `fan${i}` }));
    const replies = await Promise.all(crowd.map(press));
    expect(replies.every((reply) => reply.ephemeral && reply.content?.includes('You back'))).toBe(true);
    await expect.poll(() => buttonOf(messageId).label, { timeout: 10_000 }).toBe('Vote · 21');
    await h.outboxIdle();
    const edits = h.fake.world.requests.filter(
      (r) => r.method === 'PATCH' && r.path.endsWith(`/messages/${messageId}`),
    );
    // 21 presses: the first edit, then a few spaced ones carrying the latest count.
    expect(edits.length).toBeGreaterThanOrEqual(2);
    expect(edits.length).toBeLessThanOrEqual(6);

    const again = await press(h.members.bob);
    expect(again.content).toContain(`You withdrew your vote on **#${item.number}**; it has 20 votes now.`);
    await expect.poll(() => buttonOf(messageId).label, { timeout: 10_000 }).toBe('Vote · 20');
    expect(h.rows('SELECT votes FROM feedback WHERE id = ?', item.id)).toEqual([{ votes: 20 }]);

    const author = await press(h.members.alice);
    expect(author.content).toContain('your own feedback');
    expect(h.fake.violations).toEqual([]);
  });
});

describe('the vote button in other languages', () => {
  it('labels the button in the server’s language and answers the presser in theirs', async () => {
    h.db.prepare("UPDATE guild_settings SET language = 'de'").run();
    const item = await giveFeedback(h.members.alice, 'Flackert beim Fortsetzen');
    await h.outboxIdle();
    const [copy] = h.fake.channelMessages(h.channels.feedbackChannel.id);
    const label = () =>
      (h.fake.world.messages.get(copy!.id)!.components as { components: { label: string }[] }[])[0]!
        .components[0]!.label;
    expect(label()).toBe('Unterstützen · 0');
    const customId = (copy!.components as { components: { custom_id: string }[] }[])[0]!.components[0]!
      .custom_id;

    const reply = await h.fake
      .clickButton({
        guildId: h.guild.id,
        userId: h.members.bob.id,
        customId,
        messageId: copy!.id,
        locale: 'fr',
      })
      .reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe(
      `Vous soutenez **#${item.number}**\u202f; ce retour a maintenant 1 vote. Un message vous préviendra quand son statut changera.`,
    );
    await expect.poll(label).toBe('Unterstützen · 1');
    expect(h.fake.violations).toEqual([]);
  });
});

describe('/notifications and the opt-out button', () => {
  async function notify(item: FeedbackItem): Promise<void> {
    const { deps } = h.bot;
    deps.store.transaction(() =>
      queueStatusNotifications(deps, item, 'planned', 'Next sprint', deps.clock.now()),
    );
    deps.wakeOutbox();
    await h.outboxIdle();
  }

  it('turns notifications off and on for the server', async () => {
    const off = await h.command(h.members.alice, 'notifications', { setting: 'off' }).reply();
    expect(off.ephemeral).toBe(true);
    expect(off.content).toContain('Notifications are off in this server');
    expect(h.rows('SELECT member_id, enabled FROM notification_setting')).toEqual([
      { member_id: h.members.alice.id, enabled: 0 },
    ]);
    const item = await giveFeedback(h.members.alice, 'Flickers');
    await notify(item);
    expect(h.fake.directMessages(h.members.alice.id)).toEqual([]);

    const on = await h.command(h.members.alice, 'notifications', { setting: 'on' }).reply();
    expect(on.content).toContain('Notifications are on in this server');
    await notify(item);
    expect(h.fake.directMessages(h.members.alice.id)).toHaveLength(1);
  });

  it('sends a status DM with a button that turns notifications off for that server', async () => {
    const item = await giveFeedback(h.members.alice, 'Flickers');
    await vote(h.members.bob, item.number);
    await notify(item);

    const [dm] = h.fake.directMessages(h.members.alice.id);
    expect(dm?.content).toContain(`**#${item.number}** (Dark Mode) is now **Planned**.`);
    expect(dm?.content).toContain('Note from the maintainers: Next sprint');
    expect(h.fake.directMessages(h.members.bob.id)).toHaveLength(1);
    const rows = dm!.components as { components: { custom_id: string; label: string }[] }[];
    const button = rows[0]!.components[0]!;
    expect(button.label).toBe('Turn off these messages');

    const reply = await h.fake
      .clickDirectMessageButton({ userId: h.members.alice.id, customId: button.custom_id })
      .reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('no more notifications from that server');
    expect(h.rows('SELECT guild_id, member_id, enabled FROM notification_setting')).toEqual([
      { guild_id: h.guild.id, member_id: h.members.alice.id, enabled: 0 },
    ]);

    // The button is bound to its recipient: pressed by anyone else, it does nothing.
    h.bot.deps.store.notifications.set(h.guild.id, h.members.alice.id, true, h.clock.now());
    const [bobDm] = h.fake.directMessages(h.members.bob.id);
    const forged = await h.fake
      .clickDirectMessageButton({
        userId: h.members.bob.id,
        customId: button.custom_id,
        messageId: bobDm!.id,
      })
      .reply();
    expect(forged.content).toBe('These buttons belong to another member.');
    expect(h.bot.deps.store.notifications.enabled(h.guild.id, h.members.alice.id)).toBe(true);
    expect(h.bot.deps.store.notifications.enabled(h.guild.id, h.members.bob.id)).toBe(true);
    expect(h.fake.violations).toEqual([]);
  });

  it('skips and counts a notification to a member whose DMs are closed, without a report', async () => {
    h.db.prepare('UPDATE guild_settings SET log_channel_id = ?').run(h.channels.log.id);
    const item = await giveFeedback(h.members.alice, 'Flickers');
    h.members.alice.user.dmsClosed = true;
    await notify(item);
    expect(h.rows("SELECT status, last_error FROM outbox WHERE kind = 'direct-message'")).toEqual([
      { status: 'cancelled', last_error: SKIPPED_DMS_CLOSED },
    ]);
    expect(h.bot.deps.store.outbox.skippedNotifications(h.guild.id)).toBe(1);
    expect(h.fake.channelMessages(h.channels.log.id)).toEqual([]);
    expect(h.fake.channelMessages(h.channels.feedbackChannel.id).some((m) => m.content.includes('<@'))).toBe(
      false,
    );
  });

  it('skips and counts a status notification to an account that no longer exists, without a report', async () => {
    h.db.prepare('UPDATE guild_settings SET log_channel_id = ?').run(h.channels.log.id);
    // An item whose author's account was deleted since: Discord refuses the DM channel (50033).
    const [gone] = seedFeedbackItems(h.store, h.clock.now(), h.feature(), 1, () => ({
      authorId: '999999999999999999',
      body: 'Old item',
    }));
    const reply = await h
      .sub(h.members.maintainer, 'triage', 'set', { id: gone!.number, status: 'resolved' })
      .reply();
    expect(reply.content).toContain('1 follower notified');
    await h.outboxIdle();
    expect(h.rows("SELECT status, last_error FROM outbox WHERE kind = 'direct-message'")).toEqual([
      { status: 'cancelled', last_error: SKIPPED_DMS_CLOSED },
    ]);
    expect(h.bot.deps.store.outbox.skippedNotifications(h.guild.id)).toBe(1);
    expect(h.fake.channelMessages(h.channels.log.id)).toEqual([]);
  });
});

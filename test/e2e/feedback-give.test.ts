import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeMember, InteractionHandle, ReplyView } from '../support/fake-discord/index.js';
import { type Harness, startHarness } from '../support/harness.js';
import { seedGrant } from '../support/seed.js';

let h: Harness;
let logs: Record<string, unknown>[];

beforeEach(async () => {
  logs = [];
  h = await startHarness({ logDestination: { write: (line) => logs.push(JSON.parse(line)) } });
  await h.createFeature('dark-mode', { channel: h.channels.feedbackChannel.id });
});

afterEach(async () => {
  await h.close();
});

interface FeedbackRow {
  id: number;
  number: number;
  feature_id: number;
  level: string;
  author_id: string;
  body: string;
  status: string;
  source_interaction_id: string;
  created_at: string;
}

const featureId = () =>
  h.db.prepare("SELECT id FROM feature WHERE key = 'dark-mode'").pluck().get() as number;
const feedbackRows = () => h.rows<FeedbackRow>('SELECT * FROM feedback ORDER BY number');
const tagsOf = (feedbackId: number) =>
  h.db.prepare('SELECT tag FROM feedback_tag WHERE feedback_id = ? ORDER BY tag').pluck().all(feedbackId);

function grantAccess(member: FakeMember, revoked = false): void {
  const feature = h.feature();
  const now = h.clock.now();
  seedGrant(h.store, now, feature, member.id, 'maintainer', h.members.maintainer.id);
  if (revoked) h.store.access.revoke(feature.id, member.id, h.members.maintainer.id, 'Seeded', now);
}

function giveFeedback(member: FakeMember, options: Record<string, string>): InteractionHandle {
  return h.command(member, 'feedback', { feature: 'dark-mode', ...options });
}

function submitForm(member: FakeMember, form: ReplyView, body: string): InteractionHandle {
  return h.fake.submitModal({
    guildId: h.guild.id,
    userId: member.id,
    customId: form.customId!,
    fields: { body },
  });
}

/** Sends the very same INTERACTION_CREATE again, as Discord may after a gateway resume. */
function replay(handle: InteractionHandle): void {
  h.fake.gateway.dispatch('INTERACTION_CREATE', handle.payload, 0, true);
}

const callbackRequests = (handle: InteractionHandle) =>
  handle.requests().filter((r) => r.method === 'POST' && r.path.endsWith('/callback'));

function expectNothingStored(): void {
  expect(h.count('feedback')).toBe(0);
  expect(h.count('feedback_tag')).toBe(0);
  expect(h.count('outbox')).toBe(0);
  expect(h.db.prepare('SELECT next_feedback_number FROM guild_settings').pluck().get()).toBe(1);
}

describe('/feedback with a message', () => {
  it('stores the feedback at the current level, replies ephemerally with #N and mirrors it without pinging anyone', async () => {
    grantAccess(h.members.alice);
    const body =
      'Hey @everyone and @here, <@&' +
      h.roles.betaRole.id +
      '> and <@' +
      h.members.bob.id +
      '>: the toggle flickers';
    const handle = giveFeedback(h.members.alice, { tags: 'Bug, performance', message: `  ${body}  ` });
    const reply = await handle.reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('**#1**');
    expect(reply.content).toContain('Dark Mode');
    expect(reply.content).toContain('Early Access');
    expect(reply.content).toContain('`bug`, `performance`');
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });

    const [row] = feedbackRows();
    expect(row).toMatchObject({
      number: 1,
      feature_id: featureId(),
      level: 'early-access',
      author_id: h.members.alice.id,
      body,
      status: 'open',
      source_interaction_id: handle.id,
      created_at: h.clock.now().toISOString(),
    });
    expect(tagsOf(row!.id)).toEqual(['bug', 'performance']);

    await expect.poll(() => h.fake.channelMessages(h.channels.feedbackChannel.id).length).toBe(1);
    const [mirror] = h.fake.channelMessages(h.channels.feedbackChannel.id);
    expect(mirror!.body.allowed_mentions).toEqual({ parse: [] });
    expect(mirror!.content).toBe('');
    expect(mirror!.embeds[0]).toMatchObject({
      title: '#1 · Dark Mode',
      description: body,
      fields: [
        { name: 'Level', value: 'Early Access' },
        { name: 'Tags', value: '`bug`, `performance`' },
        { name: 'From', value: `<@${h.members.alice.id}>` },
      ],
    });
    await h.outboxIdle();
    // The copy, then the public thread its discussion lives in, opened on it and named after it.
    expect(h.rows('SELECT kind, status FROM outbox ORDER BY id')).toEqual([
      { kind: 'message', status: 'delivered' },
      { kind: 'thread-open', status: 'delivered' },
    ]);
    const [thread] = h.fake.threadsOf(h.channels.feedbackChannel.id);
    // Named `#N · <start of the feedback>`; a name shows mentions as raw text, so they read `@…`.
    expect(thread).toMatchObject({
      id: mirror!.id,
      name: '#1 · Hey @everyone and @here, @… and @…: the toggle flickers',
      type: 11,
      ownerId: h.fake.botUser.id,
    });
    expect(h.rows('SELECT thread_id FROM feedback_copy')).toEqual([{ thread_id: mirror!.id }]);
  });

  it('numbers feedback per server in order and stores it at the level the feature has now', async () => {
    grantAccess(h.members.alice);
    await giveFeedback(h.members.alice, { tags: 'idea', message: 'first' }).reply();
    h.db.prepare("UPDATE feature SET level = 'preview' WHERE key = 'dark-mode'").run();
    // Preview takes feedback from everyone, with or without access.
    const second = await giveFeedback(h.members.bob, { tags: 'praise', message: 'second' }).reply();
    expect(second.content).toContain('**#2**');
    expect(second.content).toContain('Preview');
    expect(feedbackRows().map((r) => [r.number, r.level, r.author_id])).toEqual([
      [1, 'early-access', h.members.alice.id],
      [2, 'preview', h.members.bob.id],
    ]);
  });

  it('accepts exactly 4000 characters after trimming and refuses 4001 without storing anything', async () => {
    grantAccess(h.members.alice);
    const tooLong = await giveFeedback(h.members.alice, { tags: 'bug', message: 'x'.repeat(4001) }).reply();
    expect(tooLong.ephemeral).toBe(true);
    expect(tooLong.content).toContain('at most 4,000 characters (yours has 4,001)');
    expectNothingStored();

    const blank = await giveFeedback(h.members.alice, { tags: 'bug', message: '   ' }).reply();
    expect(blank.content).toContain('cannot be empty');
    expectNothingStored();

    const exact = await giveFeedback(h.members.alice, {
      tags: 'bug',
      message: `\n ${'y'.repeat(4000)}  `,
    }).reply();
    expect(exact.content).toContain('**#1**');
    expect(feedbackRows()[0]!.body).toBe('y'.repeat(4000));
  });

  it('refuses unknown, repeated or too many tags and names the problem', async () => {
    grantAccess(h.members.alice);
    const unknown = await giveFeedback(h.members.alice, { tags: 'bug, nope', message: 'text' }).reply();
    expect(unknown.ephemeral).toBe(true);
    expect(unknown.content).toContain('Unknown tag `nope`');
    expect(unknown.content).toContain('blocker, bug, docs, idea, performance, praise, question');
    const repeated = await giveFeedback(h.members.alice, { tags: 'bug, BUG', message: 'text' }).reply();
    expect(repeated.content).toContain('`bug` is listed more than once');
    const many = await giveFeedback(h.members.alice, {
      tags: 'bug, idea, docs, praise',
      message: 'x',
    }).reply();
    expect(many.content).toContain('at most 3 tags');
    const none = await giveFeedback(h.members.alice, { tags: ' , ', message: 'text' }).reply();
    expect(none.content).toContain('at least one tag');
    expectNothingStored();
  });

  it('refuses an unknown or retired feature', async () => {
    grantAccess(h.members.alice);
    const unknown = await h
      .command(h.members.alice, 'feedback', { feature: 'nope', tags: 'bug', message: 'x' })
      .reply();
    expect(unknown.ephemeral).toBe(true);
    expect(unknown.content).toContain('There is no active feature `nope`');
    h.db.prepare("UPDATE feature SET state = 'retired' WHERE key = 'dark-mode'").run();
    const retired = await giveFeedback(h.members.alice, { tags: 'bug', message: 'x' }).reply();
    expect(retired.content).toContain('There is no active feature `dark-mode`');
    expectNothingStored();
  });
});

describe('Early Access feedback', () => {
  it('refuses members without access and tells them how to ask for it', async () => {
    const reply = await giveFeedback(h.members.bob, { tags: 'bug', message: 'let me in' }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('Early Access');
    expect(reply.content).toContain('/join feature:dark-mode');
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });

    grantAccess(h.members.carol, true);
    const revoked = await giveFeedback(h.members.carol, { tags: 'bug', message: 'x' }).reply();
    expect(revoked.content).toContain('/join feature:dark-mode');
    // The form is not even opened for a member who could not submit it.
    const form = await giveFeedback(h.members.bob, { tags: 'bug' }).reply();
    expect(form.type).toBe(4);
    expect(form.content).toContain('/join feature:dark-mode');
    expectNothingStored();
  });

  it('takes feedback from a member who holds the feature role or an active grant', async () => {
    h.fake.setMemberRoles(h.guild.id, h.members.bob.id, [h.roles.betaRole.id]);
    const byRole = await giveFeedback(h.members.bob, { tags: 'bug', message: 'role holder' }).reply();
    expect(byRole.content).toContain('**#1**');
    grantAccess(h.members.carol);
    const byGrant = await giveFeedback(h.members.carol, { tags: 'bug', message: 'grant holder' }).reply();
    expect(byGrant.content).toContain('**#2**');
    expect(feedbackRows().map((r) => r.author_id)).toEqual([h.members.bob.id, h.members.carol.id]);
  });
});

describe('the feedback form', () => {
  it('opens a form without a message and stores what the member writes, keyed by the form submission', async () => {
    grantAccess(h.members.alice);
    const form = await giveFeedback(h.members.alice, { tags: 'docs, question' }).reply();
    expect(form.type).toBe(9);
    expect(form.title).toBe('Feedback: Dark Mode');
    expect(form.customId!.length).toBeLessThanOrEqual(100);
    expect(JSON.stringify(form.data)).toContain('"max_length":4000');
    expectNothingStored();

    const text = 'Line one, with "quotes"\nLine two — ünïcødé 🎉\n\n@everyone';
    const submit = submitForm(h.members.alice, form, `\n${text}\n`);
    const reply = await submit.reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('**#1**');
    expect(reply.content).toContain('`docs`, `question`');
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
    const [row] = feedbackRows();
    expect(row).toMatchObject({
      body: text,
      source_interaction_id: submit.id,
      author_id: h.members.alice.id,
    });
    expect(tagsOf(row!.id)).toEqual(['docs', 'question']);
    await expect.poll(() => h.fake.channelMessages(h.channels.feedbackChannel.id).length).toBe(1);
    expect(h.fake.channelMessages(h.channels.feedbackChannel.id)[0]!.body.allowed_mentions).toEqual({
      parse: [],
    });
  });

  it('hands the text back when the form expired before it was sent, storing nothing', async () => {
    grantAccess(h.members.alice);
    const form = await giveFeedback(h.members.alice, { tags: 'idea' }).reply();
    h.clock.advance(2 * 60 * 60_000);
    const text = 'A long thought the member spent an hour on.';
    const reply = await submitForm(h.members.alice, form, text).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('expired');
    expect(reply.embeds[0]?.description).toBe(text);
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
    expectNothingStored();
  });

  it('refuses 4001 characters or only spaces from the form and hands the text back', async () => {
    grantAccess(h.members.alice);
    const form = await giveFeedback(h.members.alice, { tags: 'bug' }).reply();
    const long = 'z'.repeat(4001);
    const reply = await submitForm(h.members.alice, form, long).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('yours has 4,001');
    expect(reply.embeds[0]?.description).toBe(long);
    const blank = await submitForm(h.members.alice, form, '   \n ').reply();
    expect(blank.content).toContain('cannot be empty');
    expectNothingStored();
  });

  it('belongs to the member who opened it', async () => {
    grantAccess(h.members.alice);
    grantAccess(h.members.bob);
    const form = await giveFeedback(h.members.alice, { tags: 'bug' }).reply();
    const reply = await submitForm(h.members.bob, form, 'not mine').reply();
    expect(reply.content).toContain('belong to another member');
    expectNothingStored();
  });

  it('carries long tags in a compact form and re-checks them against the vocabulary on submit', async () => {
    grantAccess(h.members.alice);
    const long = ['accessibility-keyboard-a', 'accessibility-keyboard-b', 'accessibility-keyboard-c'];
    for (const tag of long)
      h.db.prepare('INSERT INTO guild_tag (guild_id, tag) VALUES (?, ?)').run(h.guild.id, tag);
    const form = await giveFeedback(h.members.alice, { tags: long.join(', ') }).reply();
    expect(form.type).toBe(9);
    expect(form.customId!.length).toBeLessThanOrEqual(100);
    const stored = await submitForm(h.members.alice, form, 'long tags').reply();
    expect(stored.content).toContain('**#1**');
    expect(tagsOf(feedbackRows()[0]!.id)).toEqual(long);

    const second = await giveFeedback(h.members.alice, { tags: long.join(', ') }).reply();
    // A maintainer changes the vocabulary while the form is open: the indexes now point elsewhere.
    h.db.prepare("INSERT INTO guild_tag (guild_id, tag) VALUES (?, 'aaa')").run(h.guild.id);
    const changed = await submitForm(h.members.alice, second, 'vocabulary moved').reply();
    expect(changed.content).toContain('tag vocabulary changed');
    expect(changed.embeds[0]?.description).toBe('vocabulary moved');
    expect(h.count('feedback')).toBe(1);
  });

  it('refuses on submit when a plain tag left the vocabulary while the form was open', async () => {
    grantAccess(h.members.alice);
    const form = await giveFeedback(h.members.alice, { tags: 'bug, docs' }).reply();
    h.db.prepare("DELETE FROM guild_tag WHERE tag = 'docs'").run();
    const reply = await submitForm(h.members.alice, form, 'still here').reply();
    expect(reply.content).toContain('Unknown tag `docs`');
    expect(reply.embeds[0]?.description).toBe('still here');
    expectNothingStored();
  });
});

describe('the per-member rate limit', () => {
  it('refuses the sixth item within a minute, says when to retry, and allows it once the minute has passed', async () => {
    grantAccess(h.members.alice);
    grantAccess(h.members.bob);
    const firstAt = h.clock.now();
    for (let i = 1; i <= 5; i++) {
      const reply = await giveFeedback(h.members.alice, { tags: 'idea', message: `idea ${i}` }).reply();
      expect(reply.content).toContain(`**#${i}**`);
      h.clock.advance(5_000);
    }
    const refused = await giveFeedback(h.members.alice, { tags: 'idea', message: 'one more' }).reply();
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toContain('at most 5 feedback items per minute');
    expect(refused.content).toContain(`<t:${Math.ceil((firstAt.getTime() + 60_000) / 1000)}:R>`);
    const form = await giveFeedback(h.members.alice, { tags: 'idea' }).reply();
    expect(form.type).toBe(4);
    expect(form.content).toContain('per minute');
    expect(h.count('feedback')).toBe(5);

    // Another member is not affected.
    expect((await giveFeedback(h.members.bob, { tags: 'idea', message: 'bob' }).reply()).content).toContain(
      '**#6**',
    );

    h.clock.advance(60_000 - 25_000 + 1);
    const later = await giveFeedback(h.members.alice, { tags: 'idea', message: 'after a minute' }).reply();
    expect(later.content).toContain('**#7**');
  });

  it('follows the configured limit per server', async () => {
    grantAccess(h.members.alice);
    h.db.prepare('UPDATE guild_settings SET feedback_per_minute = 1').run();
    await giveFeedback(h.members.alice, { tags: 'idea', message: 'one' }).reply();
    const refused = await giveFeedback(h.members.alice, { tags: 'idea', message: 'two' }).reply();
    expect(refused.content).toContain('at most 1 feedback item per minute');
  });
});

describe('replayed interactions', () => {
  it('stores a replayed command once and answers the replay without an error', async () => {
    grantAccess(h.members.alice);
    const handle = giveFeedback(h.members.alice, { tags: 'bug', message: 'only once' });
    await handle.reply();
    replay(handle);
    await expect.poll(() => callbackRequests(handle).map((r) => r.status)).toEqual([204, 400]);
    expect(handle.callbacks()).toHaveLength(1);
    expect(callbackRequests(handle)[1]!.body).toMatchObject({
      data: { content: expect.stringContaining('already stored as **#1**') },
    });
    expect(h.count('feedback')).toBe(1);
    // One copy and one thread on it: the replay queued nothing.
    expect(h.rows('SELECT kind FROM outbox ORDER BY id')).toEqual([
      { kind: 'message' },
      { kind: 'thread-open' },
    ]);
    expect(logs.filter((line) => (line.level as number) >= 50)).toEqual([]);

    const next = await giveFeedback(h.members.alice, { tags: 'bug', message: 'next' }).reply();
    expect(next.content).toContain('**#2**');
  });

  it('answers a replayed form command without an error and stores nothing', async () => {
    grantAccess(h.members.alice);
    const handle = giveFeedback(h.members.alice, { tags: 'bug' });
    expect((await handle.reply()).type).toBe(9);
    replay(handle);
    await expect.poll(() => callbackRequests(handle).map((r) => r.status)).toEqual([204, 400]);
    expectNothingStored();
    expect(logs.filter((line) => (line.level as number) >= 40)).toEqual([]);
  });

  it('stores a replayed form submission once', async () => {
    grantAccess(h.members.alice);
    const form = await giveFeedback(h.members.alice, { tags: 'bug' }).reply();
    const submit = submitForm(h.members.alice, form, 'form once');
    await submit.reply();
    replay(submit);
    await expect.poll(() => callbackRequests(submit).length).toBe(2);
    expect(h.count('feedback')).toBe(1);
    expect(feedbackRows()[0]!.source_interaction_id).toBe(submit.id);
    expect(logs.filter((line) => (line.level as number) >= 50)).toEqual([]);
  });
});

describe('autocomplete', () => {
  const complete = (focused: 'feature' | 'tags', options: Record<string, string>) =>
    h.fake
      .sendAutocomplete({
        guildId: h.guild.id,
        userId: h.members.alice.id,
        name: 'feedback',
        options: { feature: 'dark', tags: '', ...options },
        focused,
      })
      .reply();

  it('completes the last tag of the list from the vocabulary and the feature from active features', async () => {
    const tags = await complete('tags', { tags: 'bug, p' });
    expect(tags.choices).toEqual([
      { name: 'bug, performance', value: 'bug, performance' },
      { name: 'bug, praise', value: 'bug, praise' },
    ]);
    const features = await complete('feature', { feature: 'dark' });
    expect(features.choices).toEqual([{ name: 'Dark Mode (Early Access)', value: 'dark-mode' }]);
  });
});

describe('the readiness watch', () => {
  it('tells the log channel once when feedback makes the feature ready for its next level', async () => {
    grantAccess(h.members.alice);
    h.db.prepare('UPDATE guild_settings SET log_channel_id = ?').run(h.channels.log.id);
    h.db
      .prepare(
        `INSERT INTO gate_setting (guild_id, transition, min_feedback, min_participants, min_days, max_open_blockers)
         VALUES (?, 'early-access->preview', 2, 1, 0, 0)`,
      )
      .run(h.guild.id);
    await giveFeedback(h.members.alice, { tags: 'praise', message: 'one' }).reply();
    await giveFeedback(h.members.alice, { tags: 'praise', message: 'two' }).reply();
    await giveFeedback(h.members.alice, { tags: 'praise', message: 'three' }).reply();
    await expect.poll(() => h.fake.channelMessages(h.channels.log.id).length).toBe(1);
    await h.outboxIdle();
    const [notice] = h.fake.channelMessages(h.channels.log.id);
    expect(notice!.embeds[0]).toMatchObject({ title: 'Dark Mode is ready for Preview' });
    expect(notice!.body.allowed_mentions).toEqual({ parse: [] });
    expect(h.fake.channelMessages(h.channels.log.id)).toHaveLength(1);
  });
});

describe('/features detail', () => {
  it('shows feedback counts by level and by tag, and the open blockers', async () => {
    grantAccess(h.members.alice);
    h.db.prepare('UPDATE guild_settings SET feedback_per_minute = 100').run();
    await giveFeedback(h.members.alice, { tags: 'blocker, bug', message: 'Crashes on save' }).reply();
    await giveFeedback(h.members.alice, { tags: 'idea', message: 'Add a schedule' }).reply();
    h.db.prepare("UPDATE feature SET level = 'preview' WHERE key = 'dark-mode'").run();
    await giveFeedback(h.members.bob, { tags: 'bug', message: 'Contrast too low' }).reply();
    await giveFeedback(h.members.bob, { tags: 'blocker', message: 'Fixed already' }).reply();
    h.db.prepare("UPDATE feedback SET status = 'resolved' WHERE number = 4").run();
    await h.outboxIdle();

    const reply = await h.command(h.members.carol, 'features', { feature: 'dark-mode' }).reply();
    const fields = Object.fromEntries((reply.embeds[0]?.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields['Feedback by level']).toBe(
      'Early Access: **2**\nPreview: **2**\nGeneral Availability: **0**',
    );
    expect(fields['Feedback by tag']).toBe('blocker: **2** · bug: **2** · idea: **1**');
    // Each item links to its thread (opened on its copy, so the thread's id is the copy's).
    const [crash] = h.fake.threadsOf(h.channels.feedbackChannel.id);
    expect(fields['Open blockers (1)']).toBe(`**#1** Crashes on save · Discussion: <#${crash!.id}>`);
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('the OpenAPI contract', () => {
  // The harness checks every request against the OpenAPI description when it closes after each test.
  it('sent only requests that match Discord’s OpenAPI description', async () => {
    grantAccess(h.members.alice);
    await giveFeedback(h.members.alice, { tags: 'bug', message: 'contract' }).reply();
    const form = await giveFeedback(h.members.alice, { tags: 'idea' }).reply();
    await submitForm(h.members.alice, form, 'contract form').reply();
    await h.outboxIdle();
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeMember } from '../support/fake-discord/index.js';
import { type Harness, startHarness } from '../support/harness.js';
import { seedFeature, seedFeedbackItems } from '../support/seed.js';

/**
 * Votes wired into triage: `/triage set` tells an item's followers when its status changes, closes
 * duplicates into their original, and refuses a `duplicate_of` that cannot be right.
 */

let h: Harness;

beforeEach(async () => {
  h = await startHarness({ outbox: { editIntervalMs: 400 } });
  await h.createFeature('dark-mode', { channel: h.channels.feedbackChannel.id });
  // Preview takes feedback and votes from every member.
  h.db.prepare("UPDATE feature SET level = 'preview' WHERE key = 'dark-mode'").run();
});

afterEach(async () => {
  await h.close();
});

interface Button {
  custom_id: string;
  label: string;
  disabled?: boolean;
}

async function giveFeedback(member: FakeMember, message: string): Promise<number> {
  const reply = await h.command(member, 'feedback', { feature: 'dark-mode', tags: 'bug', message }).reply();
  return Number(/\*\*#(\d+)\*\*/.exec(reply.content ?? '')?.[1]);
}

/** The copy of `#number` in the feedback channel, once the outbox posted it. */
async function copyOf(number: number): Promise<string> {
  await h.outboxIdle();
  const copy = h.fake
    .channelMessages(h.channels.feedbackChannel.id)
    .find((m) => (m.embeds[0] as { title?: string } | undefined)?.title === `#${number} · Dark Mode`);
  return copy!.id;
}

const buttonOf = (messageId: string): Button =>
  (h.fake.world.messages.get(messageId)!.components as { components: Button[] }[])[0]!.components[0]!;

const press = (member: FakeMember, messageId: string) =>
  h.fake
    .clickButton({
      guildId: h.guild.id,
      userId: member.id,
      customId: buttonOf(messageId).custom_id,
      messageId,
    })
    .reply();

const triageSet = (options: Record<string, string | number>) =>
  h.sub(h.members.maintainer, 'triage', 'set', options).reply();

const item = (number: number) =>
  h.rows<{ id: number; status: string; votes: number; duplicate_of: number | null }>(
    'SELECT id, status, votes, duplicate_of FROM feedback WHERE guild_id = ? AND number = ?',
    h.guild.id,
    number,
  )[0]!;

describe('/triage set and the followers of an item', () => {
  it('closes a duplicate into its original: votes move, followers are told #M by DM, the button is disabled', async () => {
    const original = await giveFeedback(h.members.alice, 'Crashes when resuming');
    const duplicate = await giveFeedback(h.members.bob, 'App dies after sleep');
    const originalCopy = await copyOf(original);
    const duplicateCopy = await copyOf(duplicate);
    expect((await press(h.members.carol, duplicateCopy)).content).toContain(`You back **#${duplicate}**`);

    const reply = await triageSet({
      id: duplicate,
      status: 'duplicate',
      duplicate_of: original,
      note: 'Same crash',
    });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe(
      `Updated **#${duplicate}**: status \`open\` → \`duplicate\`; duplicate of **#${original}**; note recorded; 2 followers notified.`,
    );
    await h.outboxIdle();

    for (const member of [h.members.bob, h.members.carol]) {
      const dms = h.fake.directMessages(member.id);
      expect(dms).toHaveLength(1);
      expect(dms[0]!.content).toBe(
        [
          `**#${duplicate}** (Dark Mode) is now **Duplicate**.`,
          `It duplicates **#${original}**: its votes and followers moved there, and you will hear about **#${original}** from now on.`,
          'Note from the maintainers: Same crash',
          '',
          `-# You get this because you follow #${duplicate} (you gave it or voted for it).`,
        ].join('\n'),
      );
      expect(dms[0]!.body.allowed_mentions).toEqual({ parse: [] });
      const [optOut] = (dms[0]!.components as { components: Button[] }[])[0]!.components;
      expect(optOut!.label).toBe('Turn off these messages');
    }
    expect(h.fake.directMessages(h.members.alice.id)).toEqual([]);

    expect(item(duplicate)).toMatchObject({ status: 'duplicate', votes: 0, duplicate_of: item(original).id });
    expect(item(original)).toMatchObject({ status: 'open', votes: 1, duplicate_of: null });
    expect(h.rows('SELECT feedback_id, member_id FROM feedback_vote')).toEqual([
      { feedback_id: item(original).id, member_id: h.members.carol.id },
    ]);
    await expect.poll(() => buttonOf(duplicateCopy)).toMatchObject({ label: 'Vote · 0', disabled: true });
    await expect.poll(() => buttonOf(originalCopy).label).toBe('Vote · 1');

    // The duplicate takes no more votes: its button answers why.
    const closed = await press(h.members.owner, duplicateCopy);
    expect(closed.ephemeral).toBe(true);
    expect(closed.content).toBe(`**#${duplicate}** is closed (**Duplicate**): it takes no more votes.`);
    expect(h.fake.violations).toEqual([]);
  });

  it('tells every follower once when the status changes, and nobody for tags or a note alone', async () => {
    const number = await giveFeedback(h.members.alice, 'Flickers');
    await h.command(h.members.bob, 'vote', { id: number }).reply();
    await h.command(h.members.carol, 'notifications', { setting: 'off' }).reply();
    await h.command(h.members.carol, 'vote', { id: number }).reply();

    const quiet = await triageSet({
      id: number,
      status: 'open',
      note: 'Looking into it',
      tags: 'bug, performance',
    });
    expect(quiet.content).toContain('note recorded');
    expect(quiet.content).not.toContain('notified');
    await h.outboxIdle();
    expect(h.count('outbox', "kind = 'direct-message'")).toBe(0);

    const planned = await triageSet({ id: number, status: 'planned', note: 'Next sprint' });
    expect(planned.content).toContain('2 followers notified');
    await h.outboxIdle();
    expect(h.fake.directMessages(h.members.alice.id).map((m) => m.content.split('\n')[0])).toEqual([
      `**#${number}** (Dark Mode) is now **Planned**.`,
    ]);
    expect(h.fake.directMessages(h.members.bob.id)).toHaveLength(1);
    expect(h.fake.directMessages(h.members.carol.id)).toEqual([]);
    expect(h.fake.violations).toEqual([]);
  });

  it('answers the maintainer in their language and writes the DMs in the server’s', async () => {
    h.db.prepare("UPDATE guild_settings SET language = 'fr'").run();
    const number = await giveFeedback(h.members.alice, 'Flickers');
    const reply = await h.fake
      .sendCommand({
        guildId: h.guild.id,
        userId: h.members.maintainer.id,
        channelId: h.channels.general.id,
        locale: 'de',
        name: 'triage',
        subcommand: 'set',
        options: { id: number, status: 'resolved' },
      })
      .reply();
    expect(reply.content).toBe(
      `**#${number}** aktualisiert: Status \`open\` → \`resolved\`; 1 Follower benachrichtigt.`,
    );
    await h.outboxIdle();
    const [dm] = h.fake.directMessages(h.members.alice.id);
    expect(dm!.content.split('\n')[0]).toBe(`**#${number}** (Dark Mode) a maintenant le statut **Résolu**.`);
    const [optOut] = (dm!.components as { components: Button[] }[])[0]!.components;
    expect(optOut!.label).toBe('Ne plus recevoir ces messages');
  });
});

describe('/triage set duplicate_of refusals', () => {
  it('refuses duplicate_of pointing at the item itself, at a duplicate, at another server’s item, or without status duplicate, changing nothing', async () => {
    const original = await giveFeedback(h.members.alice, 'Crashes when resuming');
    const target = await giveFeedback(h.members.bob, 'App dies after sleep');
    const earlier = await giveFeedback(h.members.carol, 'Crash on wake');
    await h.command(h.members.carol, 'vote', { id: target }).reply();
    expect((await triageSet({ id: earlier, status: 'duplicate', duplicate_of: original })).content).toContain(
      `duplicate of **#${original}**`,
    );
    // Another server's items have their own numbers; #9 exists there only.
    const elsewhere = seedFeature(h.store, h.clock.now(), { guildId: '100000000000000999', key: 'search' });
    const foreign = seedFeedbackItems(h.store, h.clock.now(), elsewhere, 9).at(-1)!.number;
    await h.outboxIdle();
    const before = {
      events: h.count('triage_event'),
      outbox: h.count('outbox'),
      requests: h.fake.world.requests.length,
      votes: h.rows('SELECT feedback_id, member_id FROM feedback_vote ORDER BY feedback_id, member_id'),
    };

    const cases: [Record<string, string | number>, string][] = [
      [
        { id: target, status: 'duplicate', duplicate_of: target },
        `**#${target}** cannot duplicate itself: give the number of the original in \`duplicate_of\`.`,
      ],
      [
        { id: target, status: 'duplicate', duplicate_of: earlier },
        `**#${earlier}** is itself a duplicate of **#${original}**: point \`duplicate_of\` at the original, **#${original}**.`,
      ],
      [
        { id: target, status: 'duplicate', duplicate_of: foreign },
        `There is no feedback **#${foreign}** in this server to point \`duplicate_of\` at.`,
      ],
      [
        { id: target, status: 'resolved', duplicate_of: original },
        `\`duplicate_of\` goes with the status \`duplicate\` only: set \`status:duplicate\` to close **#${target}** as a duplicate.`,
      ],
      [
        { id: target, status: 'duplicate' },
        `To close **#${target}** as \`duplicate\`, give \`duplicate_of\`: the number of the item it duplicates.`,
      ],
    ];
    for (const [options, refusal] of cases) {
      const reply = await triageSet(options);
      expect(reply.ephemeral).toBe(true);
      expect(reply.content).toBe(refusal);
    }

    await h.outboxIdle();
    expect(h.count('triage_event')).toBe(before.events);
    expect(h.count('outbox')).toBe(before.outbox);
    expect(item(target)).toMatchObject({ status: 'open', votes: 1, duplicate_of: null });
    expect(item(original)).toMatchObject({ status: 'open', votes: 0 });
    expect(
      h.rows('SELECT feedback_id, member_id FROM feedback_vote ORDER BY feedback_id, member_id'),
    ).toEqual(before.votes);
    // Only the interaction answers went out: no DM, no edit, no post.
    const sent = h.fake.world.requests.slice(before.requests);
    expect(sent.every((r) => r.path.includes('/interactions/'))).toBe(true);
    expect(h.fake.violations).toEqual([]);
  });
});

describe('/features feature', () => {
  it('shows the items that are not closed with the most votes, with their counts', async () => {
    const quiet = await giveFeedback(h.members.alice, 'Quiet item');
    const popular = await giveFeedback(h.members.alice, 'Popular item');
    const fixed = await giveFeedback(h.members.alice, 'Fixed item');
    for (const member of [h.members.bob, h.members.carol])
      for (const id of [popular, fixed]) await h.command(member, 'vote', { id }).reply();
    await triageSet({ id: fixed, status: 'resolved' });

    const field = async (locale: string, name: string) => {
      const reply = await h.fake
        .sendCommand({
          guildId: h.guild.id,
          userId: h.members.bob.id,
          channelId: h.channels.general.id,
          locale,
          name: 'features',
          options: { feature: 'dark-mode' },
        })
        .reply();
      return (reply.embeds[0]?.fields ?? []).find((f) => f.name === name)?.value;
    };
    // Each item links to its thread, opened on its copy (the thread's id is the copy's).
    await h.outboxIdle();
    const [popularThread, quietThread] = [await copyOf(popular), await copyOf(quiet)];
    expect(await field('en-US', 'Most votes')).toBe(
      [
        `**#${popular}** · 2 votes · Popular item · Discussion: <#${popularThread}>`,
        `**#${quiet}** · 0 votes · Quiet item · Discussion: <#${quietThread}>`,
      ].join('\n'),
    );
    expect(await field('de', 'Meiste Stimmen')).toBe(
      [
        `**#${popular}** · 2 Stimmen · Popular item · Diskussion: <#${popularThread}>`,
        `**#${quiet}** · 0 Stimmen · Quiet item · Diskussion: <#${quietThread}>`,
      ].join('\n'),
    );
  });
});

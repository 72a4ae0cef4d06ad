import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  Client,
  Events,
  type ForumChannel,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  PermissionFlagsBits,
  Routes,
  type TextChannel,
  type ThreadChannel,
} from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, REQUIRE_TAG, startFakeDiscord } from './fake-discord/index.js';

let fake: FakeDiscord;
const clients: Client[] = [];
/** Requests before this sequence number belong to earlier tests. */
let firstSeq = 0;

beforeAll(async () => {
  fake = await startFakeDiscord();
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.destroy()));
  fake.clearViolations();
  fake.faults.clear();
  firstSeq = (fake.requests.at(-1)?.seq ?? 0) + 1;
});

afterAll(async () => {
  await fake.close();
});

function seedGuild(options: { botPermissions?: bigint } = {}) {
  const guild = fake.addGuild({ name: 'Threads HQ', ...options });
  const general = fake.addChannel(guild.id, { name: 'general' });
  const forum = fake.addChannel(guild.id, {
    name: 'feedback',
    type: ChannelType.GuildForum,
    availableTags: ['bug', { name: 'idea' }, { name: 'staff-pick', moderated: true }],
  });
  const alice = fake.addMember(guild.id, { username: 'alice' });
  return { guild, general, forum, alice };
}

async function login(onInteraction?: (interaction: Interaction) => Promise<void>): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.restUrl } });
  clients.push(client);
  if (onInteraction) {
    client.on(Events.InteractionCreate, (interaction) => {
      onInteraction(interaction).catch((error: unknown) => console.error('handler failed', error));
    });
  }
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login('fake-token');
  await ready;
  return client;
}

function forumOf(client: Client, id: string): ForumChannel {
  const channel = client.channels.cache.get(id);
  if (channel?.type !== ChannelType.GuildForum) throw new Error(`${id} is not a cached forum`);
  return channel;
}

function textOf(client: Client, id: string): TextChannel {
  const channel = client.channels.cache.get(id);
  if (channel?.type !== ChannelType.GuildText) throw new Error(`${id} is not a cached text channel`);
  return channel;
}

/** Requests of this test that broke the spec, and answers of the fake that break its response schemas. */
function expectSpecClean(): void {
  fake.assertNoViolations();
  expect(fake.responseViolations((r) => r.seq >= firstSeq)).toEqual([]);
}

describe('fake Discord threads and forums', () => {
  it('starts a thread from a message: the thread takes the message id, a second start answers 160004', async () => {
    const { general } = seedGuild();
    const client = await login();
    const message = await textOf(client, general.id).send('Should we ship dark mode?');

    const thread = await message.startThread({ name: 'Dark mode' });

    expect(thread.id).toBe(message.id);
    expect(thread.type).toBe(ChannelType.PublicThread);
    expect(fake.thread(message.id)).toMatchObject({
      parentId: general.id,
      ownerId: fake.botUser.id,
      name: 'Dark mode',
    });
    expect(fake.threadsOf(general.id).map((t) => t.id)).toEqual([message.id]);
    const start = fake.requests.find(
      (r) => r.path === `/channels/${general.id}/messages/${message.id}/threads`,
    );
    expect(start?.status).toBe(201);
    const fetched = (await client.rest.get(Routes.channelMessage(general.id, message.id))) as {
      flags: number;
      thread?: { id: string };
    };
    expect(fetched.thread?.id).toBe(message.id);
    expect(fetched.flags & MessageFlags.HasThread).toBe(MessageFlags.HasThread);

    await expect(
      client.rest.post(Routes.threads(general.id, message.id), { body: { name: 'Again' } }),
    ).rejects.toMatchObject({ status: 400, code: 160004 });
    await expect(
      client.rest.post(Routes.threads(general.id, '123456789012345678'), { body: { name: 'Nope' } }),
    ).rejects.toMatchObject({ status: 404, code: 10008 });
    expectSpecClean();
  });

  it('makes an announcement thread under an announcement channel and refuses a forum or a missing permission', async () => {
    const { guild, forum } = seedGuild();
    const news = fake.addChannel(guild.id, { name: 'news', type: ChannelType.GuildAnnouncement });
    const locked = fake.addChannel(guild.id, {
      name: 'no-threads',
      botDeny: PermissionFlagsBits.CreatePublicThreads,
    });
    const client = await login();
    const post = (await client.rest.post(Routes.channelMessages(news.id), {
      body: { content: 'v2 is out' },
    })) as {
      id: string;
    };
    const inLocked = (await client.rest.post(Routes.channelMessages(locked.id), {
      body: { content: 'hi' },
    })) as {
      id: string;
    };

    const thread = (await client.rest.post(Routes.threads(news.id, post.id), { body: { name: 'v2' } })) as {
      type: number;
    };

    expect(thread.type).toBe(ChannelType.AnnouncementThread);
    await expect(
      client.rest.post(Routes.threads(forum.id, post.id), { body: { name: 'x' } }),
    ).rejects.toMatchObject({ status: 400, code: 50024 });
    await expect(
      client.rest.post(Routes.threads(locked.id, inLocked.id), { body: { name: 'x' } }),
    ).rejects.toMatchObject({ status: 403, code: 50013 });
    expectSpecClean();
  });

  it('creates a forum post whose starter message shares the thread id, lives in the thread and carries the tags', async () => {
    const { forum } = seedGuild();
    const client = await login();
    const bug = fake.forumTag(forum.id, 'bug');
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId('vote:1').setLabel('Vote').setStyle(ButtonStyle.Primary),
    );

    const post = await forumOf(client, forum.id).threads.create({
      name: 'Crash on start',
      message: { content: 'It crashes when I open it', components: [row] },
      appliedTags: [bug.id],
    });

    expect(post.parentId).toBe(forum.id);
    expect(post.appliedTags).toEqual([bug.id]);
    const stored = fake.thread(post.id);
    expect(stored).toMatchObject({
      type: 11,
      appliedTags: [bug.id],
      messageCount: 0,
      lastMessageId: post.id,
    });
    const [starter, ...rest] = fake.threadMessages(post.id);
    expect(rest).toEqual([]);
    expect(starter).toMatchObject({ id: post.id, channelId: post.id, authorId: fake.botUser.id });
    expect(starter?.content).toBe('It crashes when I open it');
    expect(fake.channelMessages(post.id).map((m) => m.id)).toEqual([post.id]);
    const created = fake.requests.find(
      (r) => r.method === 'POST' && r.path === `/channels/${forum.id}/threads`,
    );
    expect(created?.status).toBe(201);
    expect(created?.response).toHaveProperty('message');
    expect((created?.response as { message?: unknown } | undefined)?.message).toMatchObject({
      id: post.id,
      channel_id: post.id,
    });
    const listed = (await client.rest.get(Routes.channelMessages(post.id))) as { id: string }[];
    expect(listed.map((m) => m.id)).toEqual([post.id]);
    expectSpecClean();
  });

  it('refuses a tag the forum does not have (50035), a missing tag where one is required (40067) and a post without Create Posts', async () => {
    const { guild, forum } = seedGuild();
    const strict = fake.addChannel(guild.id, {
      name: 'requests',
      type: ChannelType.GuildForum,
      availableTags: ['feature'],
      requireTag: true,
    });
    const closed = fake.addChannel(guild.id, {
      name: 'closed',
      type: ChannelType.GuildForum,
      botCanSend: false,
    });
    const client = await login();
    const message = { content: 'hello' };

    const unknownTag = client.rest.post(Routes.threads(forum.id), {
      body: { name: 'x', message, applied_tags: [fake.forumTag(strict.id, 'feature').id] },
    });
    await expect(unknownTag).rejects.toMatchObject({ status: 400, code: 50035 });
    await expect(unknownTag.catch((e: { rawError: unknown }) => e.rawError)).resolves.toMatchObject({
      errors: {
        applied_tags: { 0: { _errors: [expect.objectContaining({ message: expect.any(String) })] } },
      },
    });
    expect(strict.flags & REQUIRE_TAG).toBe(REQUIRE_TAG);
    await expect(
      client.rest.post(Routes.threads(strict.id), { body: { name: 'x', message } }),
    ).rejects.toMatchObject({ status: 400, code: 40067 });
    await expect(
      client.rest.post(Routes.threads(closed.id), { body: { name: 'x', message } }),
    ).rejects.toMatchObject({ status: 403, code: 50013 });
    await expect(
      client.rest.post(Routes.channelMessages(forum.id), { body: { content: 'not a post' } }),
    ).rejects.toMatchObject({ status: 400, code: 50008 });

    const ok = (await client.rest.post(Routes.threads(strict.id), {
      body: { name: 'x', message, applied_tags: [fake.forumTag(strict.id, 'feature').id] },
    })) as { id: string };
    expect(fake.threadsOf(strict.id).map((t) => t.id)).toEqual([ok.id]);
    expect(fake.threadsOf(forum.id)).toEqual([]);
    expectSpecClean();
  });

  it('merges available_tags (a sent id is kept, a new tag gets one) and tells the client with CHANNEL_UPDATE', async () => {
    const { forum } = seedGuild();
    const client = await login();
    const bug = fake.forumTag(forum.id, 'bug');
    const cached = forumOf(client, forum.id);
    expect(cached.availableTags.map((t) => t.name)).toEqual(['bug', 'idea', 'staff-pick']);

    await cached.setAvailableTags([{ id: bug.id, name: 'defect', moderated: false }, { name: 'question' }]);

    const tags = fake.world.findChannel(forum.id)?.availableTags ?? [];
    expect(tags.map((t) => t.name)).toEqual(['defect', 'question']);
    expect(tags[0]?.id).toBe(bug.id);
    expect(tags[1]?.id).not.toBe(bug.id);
    await expect
      .poll(() => forumOf(client, forum.id).availableTags.map((t) => t.name))
      .toEqual(['defect', 'question']);

    await expect(
      client.rest.patch(Routes.channel(forum.id), { body: { available_tags: [{ name: 'a'.repeat(21) }] } }),
    ).rejects.toMatchObject({ status: 400, code: 50035 });
    expect(fake.world.findChannel(forum.id)?.availableTags.map((t) => t.name)).toEqual([
      'defect',
      'question',
    ]);
    expectSpecClean();
  });

  it('caps a forum at 20 tags', async () => {
    const { forum } = seedGuild();
    const client = await login();
    const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `tag-${i}` }));

    await client.rest.patch(Routes.channel(forum.id), { body: { available_tags: tags(20) } });
    expect(fake.world.findChannel(forum.id)?.availableTags).toHaveLength(20);

    const tooMany = client.rest.patch(Routes.channel(forum.id), { body: { available_tags: tags(21) } });
    await expect(tooMany).rejects.toMatchObject({ status: 400, code: 50035 });
    await expect(tooMany.catch((e: { rawError: unknown }) => e.rawError)).resolves.toMatchObject({
      errors: { available_tags: { _errors: [expect.objectContaining({ code: 'BASE_TYPE_MAX_LENGTH' })] } },
    });
    expect(fake.world.findChannel(forum.id)?.availableTags).toHaveLength(20);
    // The spec's PATCH body is a union with the DM shape, which has no `available_tags`: the route refuses.
    expectSpecClean();
  });

  it('refuses to edit a forum without Manage Channels (50013)', async () => {
    const { guild, forum } = seedGuild();
    const guarded = fake.addChannel(guild.id, {
      name: 'guarded',
      type: ChannelType.GuildForum,
      botDeny: PermissionFlagsBits.ManageChannels,
    });
    const client = await login();

    await expect(
      client.rest.patch(Routes.channel(guarded.id), { body: { available_tags: [{ name: 'x' }] } }),
    ).rejects.toMatchObject({ status: 403, code: 50013 });
    await client.rest.patch(Routes.channel(forum.id), { body: { name: 'ideas', topic: 'Post your ideas' } });
    expect(fake.world.findChannel(forum.id)).toMatchObject({ name: 'ideas', topic: 'Post your ideas' });
    expectSpecClean();
  });

  it('archives a thread with PATCH, refuses edits of an archived thread (50083) and archiving without Manage Threads', async () => {
    const { guild, forum } = seedGuild();
    const moderated = fake.addChannel(guild.id, {
      name: 'no-moderation',
      type: ChannelType.GuildForum,
      botDeny: PermissionFlagsBits.ManageThreads,
    });
    const client = await login();
    const post = await forumOf(client, forum.id).threads.create({ name: 'Post', message: { content: 'x' } });

    await post.setArchived(true);

    expect(fake.thread(post.id).metadata.archived).toBe(true);
    await expect
      .poll(() => (client.channels.cache.get(post.id) as ThreadChannel | undefined)?.archived)
      .toBe(true);
    await expect(
      client.rest.patch(Routes.channel(post.id), { body: { name: 'Renamed' } }),
    ).rejects.toMatchObject({ status: 400, code: 50083 });
    await client.rest.patch(Routes.channel(post.id), { body: { archived: false } });
    expect(fake.thread(post.id).metadata.archived).toBe(false);

    const other = fake.addThread(moderated.id, { name: 'By alice', message: { content: 'hi' } });
    await expect(
      client.rest.patch(Routes.channel(other.id), { body: { archived: true } }),
    ).rejects.toMatchObject({ status: 403, code: 50013 });
    await expect(
      client.rest.patch(Routes.channel(other.id), { body: { applied_tags: [] } }),
    ).rejects.toMatchObject({ status: 403, code: 50013 });
    fake.updateThread(other.id, { archived: true });
    // Un-archiving an unlocked thread needs only Send Messages in Threads.
    await client.rest.patch(Routes.channel(other.id), { body: { archived: false } });
    expect(fake.thread(other.id).metadata.archived).toBe(false);
    expectSpecClean();
  });

  it('lets the bot retag its own post, within the forum tags and without a moderated one unless it manages threads', async () => {
    const { guild, forum } = seedGuild();
    const plain = fake.addChannel(guild.id, {
      name: 'plain',
      type: ChannelType.GuildForum,
      availableTags: ['a', { name: 'mod', moderated: true }],
      botDeny: PermissionFlagsBits.ManageThreads,
    });
    const client = await login();
    const mine = (await client.rest.post(Routes.threads(plain.id), {
      body: { name: 'mine', message: { content: 'x' } },
    })) as { id: string };
    const a = fake.forumTag(plain.id, 'a').id;

    const edited = (await client.rest.patch(Routes.channel(mine.id), { body: { applied_tags: [a] } })) as {
      applied_tags: string[];
    };

    expect(edited.applied_tags).toEqual([a]);
    await expect(
      client.rest.patch(Routes.channel(mine.id), {
        body: { applied_tags: [a, fake.forumTag(plain.id, 'mod').id] },
      }),
    ).rejects.toMatchObject({ status: 403, code: 50013 });
    await expect(
      client.rest.patch(Routes.channel(mine.id), {
        body: { applied_tags: [fake.forumTag(forum.id, 'bug').id] },
      }),
    ).rejects.toMatchObject({ status: 400, code: 50035 });
    expect(fake.thread(mine.id).appliedTags).toEqual([a]);
    expectSpecClean();
  });

  it('un-archives an archived thread when the bot posts in it, and refuses a post in a locked archived one (50083)', async () => {
    const { forum, alice } = seedGuild();
    const post = fake.addThread(forum.id, { name: 'Old idea', ownerId: alice.id, appliedTags: ['idea'] });
    const client = await login();
    fake.updateThread(post.id, { archived: true });

    const sent = (await client.rest.post(Routes.channelMessages(post.id), {
      body: { content: 'Shipped!' },
    })) as {
      channel_id: string;
    };

    expect(sent.channel_id).toBe(post.id);
    expect(fake.thread(post.id)).toMatchObject({ messageCount: 1, totalMessageSent: 1 });
    expect(fake.thread(post.id).metadata.archived).toBe(false);
    expect(fake.thread(post.id).memberIds.has(fake.botUser.id)).toBe(true);
    expect(fake.channelMessages(post.id).map((m) => m.content)).toEqual(['Old idea', 'Shipped!']);

    fake.updateThread(post.id, { archived: true, locked: true });
    await expect(
      client.rest.post(Routes.channelMessages(post.id), { body: { content: 'again' } }),
    ).rejects.toMatchObject({ status: 400, code: 50083 });
    expect(fake.thread(post.id).messageCount).toBe(1);
    expectSpecClean();
  });

  it('needs Send Messages in Threads to post in a thread, Send Messages is not enough', async () => {
    const { guild } = seedGuild();
    const quiet = fake.addChannel(guild.id, {
      name: 'quiet',
      botDeny: PermissionFlagsBits.SendMessagesInThreads,
    });
    const thread = fake.addThread(quiet.id, { name: 'side talk' });
    const client = await login();

    await expect(
      client.rest.post(Routes.channelMessages(thread.id), { body: { content: 'hi' } }),
    ).rejects.toMatchObject({ status: 403, code: 50013 });
    await client.rest.post(Routes.channelMessages(quiet.id), {
      body: { content: 'the channel itself is fine' },
    });
    expect(fake.threadMessages(thread.id)).toEqual([]);
    expectSpecClean();
  });

  it('lists the active threads the bot can see, and archived posts through the public archive', async () => {
    const { guild, forum, general } = seedGuild();
    const hidden = fake.addChannel(guild.id, { name: 'staff', botDeny: PermissionFlagsBits.ViewChannel });
    const open = fake.addThread(forum.id, { name: 'open' });
    const side = fake.addThread(general.id, { name: 'side' });
    const closed = fake.addThread(forum.id, { name: 'closed', archived: true });
    fake.addThread(hidden.id, { name: 'secret' });
    const client = await login();

    const active = await client.guilds.cache.get(guild.id)?.channels.fetchActiveThreads();
    const archived = await forumOf(client, forum.id).threads.fetchArchived({ type: 'public' });

    expect([...(active?.threads.keys() ?? [])].sort()).toEqual([open.id, side.id].sort());
    expect([...archived.threads.keys()]).toEqual([closed.id]);
    expect(archived.hasMore).toBe(false);
    await expect(client.rest.get(Routes.channel(side.id))).resolves.toMatchObject({
      id: side.id,
      parent_id: general.id,
      thread_metadata: { archived: false },
    });
    const listed = (await client.rest.get(Routes.guildChannels(guild.id))) as { id: string }[];
    expect(listed.map((c) => c.id)).not.toContain(open.id);
    expectSpecClean();
  });

  it('delivers threads to the client in GUILD_CREATE and THREAD_CREATE, and updates in THREAD_UPDATE', async () => {
    const { forum, alice } = seedGuild();
    const before = fake.addThread(forum.id, { name: 'before login', ownerId: alice.id });
    const client = await login();
    expect(client.channels.cache.get(before.id)?.isThread()).toBe(true);
    const created = new Promise<ThreadChannel>((resolve) => client.once(Events.ThreadCreate, resolve));

    const after = fake.addThread(forum.id, { name: 'after login', ownerId: alice.id, appliedTags: ['bug'] });

    const thread = await created;
    expect(thread.id).toBe(after.id);
    expect(thread.appliedTags).toEqual([fake.forumTag(forum.id, 'bug').id]);
    fake.updateThread(after.id, { name: 'renamed', locked: true });
    await expect
      .poll(() => (client.channels.cache.get(after.id) as ThreadChannel | undefined)?.name)
      .toBe('renamed');
    expect((client.channels.cache.get(after.id) as ThreadChannel).locked).toBe(true);
    expectSpecClean();
  });

  it('gives a click on a forum post starter message, and a command run in a thread, the thread as channel', async () => {
    const { guild, forum, alice } = seedGuild();
    const seen: { kind: string; channelId: string; isThread: boolean; parentId: string | null }[] = [];
    const client = await login(async (interaction) => {
      if (!interaction.isRepliable()) return;
      seen.push({
        kind: interaction.isButton() ? 'button' : 'command',
        channelId: interaction.channelId ?? '',
        isThread: interaction.channel?.isThread() ?? false,
        parentId: interaction.channel?.isThread() ? interaction.channel.parentId : null,
      });
      await interaction.reply({ content: 'ok', flags: MessageFlags.Ephemeral });
    });
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId('vote:42').setLabel('Vote').setStyle(ButtonStyle.Primary),
    );
    const post = await forumOf(client, forum.id).threads.create({
      name: 'Idea 42',
      message: { content: 'Vote for idea 42', components: [row] },
    });

    const click = fake.clickButton({ guildId: guild.id, userId: alice.id, customId: 'vote:42' });
    expect((await click.reply()).content).toBe('ok');
    const command = fake.sendCommand({
      guildId: guild.id,
      userId: alice.id,
      name: 'ping',
      channelId: post.id,
    });
    expect((await command.reply()).content).toBe('ok');

    expect(click.payload).toMatchObject({
      channel_id: post.id,
      channel: { id: post.id, type: 11, parent_id: forum.id },
      message: { id: post.id, channel_id: post.id },
    });
    expect(seen).toEqual([
      { kind: 'button', channelId: post.id, isThread: true, parentId: forum.id },
      { kind: 'command', channelId: post.id, isThread: true, parentId: forum.id },
    ]);
    expectSpecClean();
  });
});

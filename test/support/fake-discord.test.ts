import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  ModalBuilder,
  Routes,
  SlashCommandBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/index.js';

let fake: FakeDiscord;
const clients: Client[] = [];

beforeAll(async () => {
  fake = await startFakeDiscord();
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.destroy()));
  fake.clearViolations();
  fake.faults.clear();
});

afterAll(async () => {
  await fake.close();
});

/** A fresh guild with one sendable and one read-only channel, plus a member. */
function seedGuild() {
  const guild = fake.addGuild({ name: 'Stagegate HQ' });
  const general = fake.addChannel(guild.id, { name: 'general' });
  const readOnly = fake.addChannel(guild.id, { name: 'announcements', botCanSend: false });
  const alice = fake.addMember(guild.id, { username: 'alice' });
  return { guild, general, readOnly, alice };
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

describe('fake Discord', () => {
  it('lets a real discord.js client log in and see guilds, roles, channels and its own permissions', async () => {
    const { guild, general, readOnly } = seedGuild();
    const client = await login();

    const cached = client.guilds.cache.get(guild.id);
    expect(cached?.name).toBe('Stagegate HQ');
    expect(cached?.roles.cache.has(guild.botRoleId)).toBe(true);
    expect(cached?.channels.cache.get(general.id)?.name).toBe('general');
    const me = cached?.members.me;
    expect(me?.id).toBe(fake.botUser.id);
    const readOnlyChannel = cached?.channels.cache.get(readOnly.id);
    const generalChannel = cached?.channels.cache.get(general.id);
    expect(readOnlyChannel && me?.permissionsIn(readOnlyChannel).has('SendMessages')).toBe(false);
    expect(generalChannel && me?.permissionsIn(generalChannel).has('SendMessages')).toBe(true);
    expect(me?.permissions.has('ManageRoles')).toBe(true);
    fake.assertNoViolations();
  });

  it('receives an ephemeral slash command reply through the interaction handle', async () => {
    const { guild, alice } = seedGuild();
    await login(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const key = interaction.options.getString('key', true);
      const seats = interaction.options.getInteger('seats', true);
      await interaction.reply({
        content: `created ${key} with ${seats} seats`,
        flags: MessageFlags.Ephemeral,
      });
    });

    const handle = fake.sendCommand({
      guildId: guild.id,
      userId: alice.id,
      name: 'feature',
      subcommand: 'create',
      options: { key: 'dark-mode', seats: 5 },
    });
    const reply = await handle.reply();

    expect(reply.type).toBe(4);
    expect(reply.flags).toBe(64);
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe('created dark-mode with 5 seats');
    expect((await handle.response()).content).toBe('created dark-mode with 5 seats');
    fake.assertNoViolations();
  });

  it('records a request body that breaks the spec as a violation and answers 400', async () => {
    const { general } = seedGuild();
    const client = await login();

    await expect(
      client.rest.post(Routes.channelMessages(general.id), { body: { content: 5 } }),
    ).rejects.toMatchObject({ status: 400, code: 50035 });
    expect(fake.violations).toHaveLength(1);
    expect(fake.violations[0]?.operation).toBe('POST /channels/{channel_id}/messages');
    expect(() => fake.assertNoViolations()).toThrow(/content/);
  });

  it('flags a request to a path the spec does not describe', async () => {
    seedGuild();
    const client = await login();

    await expect(client.rest.get('/no-such-route/1')).rejects.toMatchObject({ status: 404 });
    expect(fake.violations.map((v) => v.path)).toContain('/no-such-route/1');
  });

  it('adds and removes roles and refuses unknown members and roles above the bot', async () => {
    const { guild, alice } = seedGuild();
    const tester = fake.addRole(guild.id, { name: 'Tester', position: 2 });
    const admin = fake.addRole(guild.id, { name: 'Admin', position: 20 });
    const client = await login();

    await client.rest.put(Routes.guildMemberRole(guild.id, alice.id, tester.id));
    expect(fake.memberRoles(guild.id, alice.id)).toEqual([tester.id]);
    await client.rest.delete(Routes.guildMemberRole(guild.id, alice.id, tester.id));
    expect(fake.memberRoles(guild.id, alice.id)).toEqual([]);

    await expect(
      client.rest.put(Routes.guildMemberRole(guild.id, '123456789012345678', tester.id)),
    ).rejects.toMatchObject({ status: 404, code: 10007 });
    await expect(client.rest.put(Routes.guildMemberRole(guild.id, alice.id, admin.id))).rejects.toMatchObject(
      {
        status: 403,
        code: 50013,
      },
    );
    const roleRequest = fake.requests.find((r) => r.method === 'PUT' && r.path.endsWith(tester.id));
    expect(roleRequest?.status).toBe(204);
    fake.assertNoViolations();
  });

  it('answers a 429 that discord.js retries transparently', async () => {
    const { general } = seedGuild();
    const client = await login();
    fake.failNext({
      method: 'POST',
      path: `/channels/${general.id}/messages`,
      status: 429,
      retryAfter: 0.05,
    });

    const channel = await client.channels.fetch(general.id);
    if (!channel?.isSendable()) throw new Error('channel not sendable');
    const sent = await channel.send('hello after a rate limit');

    const posts = fake.requests.filter(
      (r) => r.method === 'POST' && r.path === `/channels/${general.id}/messages`,
    );
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
    expect(fake.channelMessages(general.id).map((m) => m.content)).toEqual(['hello after a rate limit']);
    expect(sent.id).toBe(fake.channelMessages(general.id)[0]?.id);
    fake.assertNoViolations();
  });

  it('paces a client through a per-route rate-limit bucket', async () => {
    const { general } = seedGuild();
    const client = await login();
    fake.rateLimit({ path: /^\/channels\/\d+\/messages$/, limit: 2, windowMs: 200 });

    await Promise.all(
      [1, 2, 3].map((n) =>
        client.rest.post(Routes.channelMessages(general.id), { body: { content: `n${n}` } }),
      ),
    );
    expect(fake.channelMessages(general.id)).toHaveLength(3);
    const posts = fake.requests.filter((r) => r.path === `/channels/${general.id}/messages`);
    // The X-RateLimit-* headers let discord.js wait for the window instead of hitting a 429.
    expect(posts.map((r) => r.status)).toEqual([200, 200, 200]);
    expect((posts[2]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(150);
  });

  it('dedupes messages that repeat a nonce with enforce_nonce', async () => {
    const { general, readOnly } = seedGuild();
    const client = await login();
    const body = { content: 'once', nonce: 'abc123', enforce_nonce: true };

    const first = (await client.rest.post(Routes.channelMessages(general.id), { body })) as { id: string };
    const second = (await client.rest.post(Routes.channelMessages(general.id), { body })) as { id: string };

    expect(second.id).toBe(first.id);
    expect(fake.channelMessages(general.id)).toHaveLength(1);
    await expect(
      client.rest.post(Routes.channelMessages(readOnly.id), { body: { content: 'nope' } }),
    ).rejects.toMatchObject({ status: 403, code: 50013 });
    await expect(
      client.rest.post(Routes.channelMessages('1'), { body: { content: 'x' } }),
    ).rejects.toMatchObject({
      status: 404,
      code: 10003,
    });
    fake.assertNoViolations();
  });

  it('refuses DMs to a member whose DMs are closed', async () => {
    const { guild } = seedGuild();
    const open = fake.addMember(guild.id, { username: 'open' });
    const closed = fake.addMember(guild.id, { username: 'closed', dmsClosed: true });
    const client = await login();

    await (await client.users.fetch(open.id)).send('welcome');
    await expect((await client.users.fetch(closed.id)).send('welcome')).rejects.toMatchObject({
      code: 50007,
    });

    expect(fake.directMessages(open.id).map((m) => m.content)).toEqual(['welcome']);
    expect(fake.directMessages(closed.id)).toEqual([]);
    fake.assertNoViolations();
  });

  it('delivers a button click and a modal submit with their custom ids and field values', async () => {
    const { guild, alice } = seedGuild();
    const seen: string[] = [];
    await login(async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
          new ButtonBuilder().setCustomId('feature:join:x').setLabel('Join').setStyle(ButtonStyle.Primary),
        );
        await interaction.reply({ content: 'Feature x', components: [row] });
      } else if (interaction.isButton()) {
        seen.push(`button ${interaction.customId} on ${interaction.message.id}`);
        const modal = new ModalBuilder()
          .setCustomId('feedback:x')
          .setTitle('Feedback')
          .addComponents(
            new ActionRowBuilder<TextInputBuilder>().addComponents(
              new TextInputBuilder()
                .setCustomId('text')
                .setLabel('Your feedback')
                .setStyle(TextInputStyle.Paragraph),
            ),
          );
        await interaction.showModal(modal);
      } else if (interaction.isModalSubmit()) {
        seen.push(`modal ${interaction.customId}: ${interaction.fields.getTextInputValue('text')}`);
        await interaction.reply({ content: 'thanks', flags: MessageFlags.Ephemeral });
      }
    });

    const command = fake.sendCommand({ guildId: guild.id, userId: alice.id, name: 'feature' });
    const shown = await command.response();
    expect(shown.customIds).toEqual(['feature:join:x']);

    const click = fake.clickButton({ guildId: guild.id, userId: alice.id, customId: 'feature:join:x' });
    const modal = await click.reply();
    expect(modal.type).toBe(9);
    expect(modal.customId).toBe('feedback:x');

    const submit = fake.submitModal({
      guildId: guild.id,
      userId: alice.id,
      customId: 'feedback:x',
      fields: { text: 'Great!' },
    });
    expect((await submit.reply()).content).toBe('thanks');
    expect(seen).toEqual([`button feature:join:x on ${shown.messageId}`, 'modal feedback:x: Great!']);
    fake.assertNoViolations();
  });

  it('parses a multipart attachment in a deferred interaction reply', async () => {
    const { guild, alice } = seedGuild();
    await login(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const file = new AttachmentBuilder(Buffer.from('key,stage\nx,preview\n'), { name: 'export.csv' });
      await interaction.editReply({ content: 'export ready', files: [file] });
    });

    const handle = fake.sendCommand({ guildId: guild.id, userId: alice.id, name: 'export' });
    expect((await handle.reply()).type).toBe(5);
    const response = await handle.response();

    expect(response.content).toBe('export ready');
    expect(response.ephemeral).toBe(true);
    expect(response.files.map((f) => [f.name, f.data.toString('utf8')])).toEqual([
      ['export.csv', 'key,stage\nx,preview\n'],
    ]);
    expect(response.attachments[0]?.filename).toBe('export.csv');
    fake.assertNoViolations();
  });

  it('rejects a second callback for the same interaction with 40060', async () => {
    const { guild, alice } = seedGuild();
    const errors: unknown[] = [];
    await login(async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.reply('first');
      await interaction.client.rest
        .post(Routes.interactionCallback(interaction.id, interaction.token), {
          body: { type: 4, data: { content: 'second' } },
          auth: false,
        })
        .catch((error: unknown) => errors.push(error));
    });

    const handle = fake.sendCommand({ guildId: guild.id, userId: alice.id, name: 'twice' });
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toMatchObject({ status: 400, code: 40060 });
    expect(handle.callbacks()).toHaveLength(1);
  });

  it('types simple options from the registered command definition and answers autocomplete', async () => {
    const { guild, alice } = seedGuild();
    const beta = fake.addRole(guild.id, { name: 'Beta', position: 3 });
    const seen: string[] = [];
    const client = await login(async (interaction) => {
      if (interaction.isAutocomplete()) {
        const typed = interaction.options.getFocused();
        await interaction.respond([{ name: `${typed}-mode`, value: `${typed}-mode` }]);
      } else if (interaction.isChatInputCommand()) {
        const role = interaction.options.getRole('role', true);
        seen.push(
          `${interaction.options.getSubcommand()} ${interaction.options.getString('key')} ${role.name}`,
        );
        await interaction.reply({ content: 'granted', flags: MessageFlags.Ephemeral });
      }
    });
    const grant = new SlashCommandBuilder()
      .setName('feature')
      .setDescription('Manage features')
      .addSubcommand((sub) =>
        sub
          .setName('grant')
          .setDescription('Grant access')
          .addStringOption((o) => o.setName('key').setDescription('Feature key').setAutocomplete(true))
          .addRoleOption((o) => o.setName('role').setDescription('Role').setRequired(true)),
      );
    await client.application?.commands.set([grant.toJSON()], guild.id);
    expect(fake.commands(guild.id).map((c) => c.name)).toEqual(['feature']);

    const complete = fake.sendAutocomplete({
      guildId: guild.id,
      userId: alice.id,
      name: 'feature',
      subcommand: 'grant',
      options: { key: 'dark' },
      focused: 'key',
    });
    expect((await complete.reply()).choices).toEqual([{ name: 'dark-mode', value: 'dark-mode' }]);

    // `key` looks like nothing special and `role` is a role id: both typed from the definition.
    const run = fake.sendCommand({
      guildId: guild.id,
      userId: alice.id,
      name: 'feature',
      subcommand: 'grant',
      options: { key: 'dark-mode', role: beta.id },
    });
    expect((await run.reply()).content).toBe('granted');
    expect(seen).toEqual(['grant dark-mode Beta']);
    fake.assertNoViolations();
  });

  it('keeps delivering interactions after the gateway connection drops and the client resumes', async () => {
    const { guild, alice } = seedGuild();
    const client = await login(async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('pong');
    });
    const identifies = fake.gateway.identifies;

    fake.dropGatewayConnections();
    const handle = fake.sendCommand({ guildId: guild.id, userId: alice.id, name: 'ping' });

    expect((await handle.reply()).content).toBe('pong');
    expect(fake.gateway.identifies).toBe(identifies);
    expect(client.ws.status).toBe(0);
  });

  it('dispatches guilds, roles and channels added after login to the connected client', async () => {
    seedGuild();
    const client = await login();
    const joined = new Promise<string>((resolve) => client.once(Events.GuildCreate, (g) => resolve(g.id)));

    const late = fake.addGuild({ name: 'Late' });
    expect(await joined).toBe(late.id);
    const role = fake.addRole(late.id, { name: 'Preview', position: 2 });
    const channel = fake.addChannel(late.id, { name: 'preview' });

    await expect.poll(() => client.guilds.cache.get(late.id)?.roles.cache.has(role.id)).toBe(true);
    await expect.poll(() => client.guilds.cache.get(late.id)?.channels.cache.has(channel.id)).toBe(true);
  });
});

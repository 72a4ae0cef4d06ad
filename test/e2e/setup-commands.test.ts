import { GatewayIntentBits, PermissionFlagsBits } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelJson } from '../support/fake-discord/serialize.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.close();
});

const setup = (sub: string, options: Record<string, string | number> = {}, member = h.members.maintainer) =>
  h.sub(member, 'setup', sub, options).reply();

const settings = () =>
  h.rows<Record<string, unknown>>(
    'SELECT announcement_channel_id, log_channel_id, maintainer_role_id, feedback_per_minute, ga_role_policy FROM guild_settings',
  )[0];

const tags = () => h.rows<{ tag: string }>('SELECT tag FROM guild_tag ORDER BY tag').map((r) => r.tag);

describe('/setup announcements and /setup log', () => {
  it('stores a channel the bot can post embeds in', async () => {
    const reply = await setup('announcements', { channel: h.channels.announcements.id });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain(`<#${h.channels.announcements.id}>`);
    const log = await setup('log', { channel: h.channels.log.id });
    expect(log.content).toContain(`<#${h.channels.log.id}>`);
    expect(settings()).toMatchObject({
      announcement_channel_id: h.channels.announcements.id,
      log_channel_id: h.channels.log.id,
    });
  });

  it('refuses a channel where the bot cannot send messages, naming the permission, and changes nothing', async () => {
    const reply = await setup('announcements', { channel: h.channels.readOnly.id });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('missing Send Messages');
    expect(reply.content).not.toContain('View Channel');
    expect(h.count('guild_settings', 'announcement_channel_id IS NOT NULL')).toBe(0);
  });

  it('names every missing permission: View Channel and Embed Links', async () => {
    const hidden = h.fake.addChannel(h.guild.id, { name: 'hidden' });
    const guild = h.fake.guilds.get(h.guild.id)!;
    hidden.overwrites.push({
      id: guild.botRoleId,
      type: 0,
      allow: 0n,
      deny: PermissionFlagsBits.ViewChannel | PermissionFlagsBits.EmbedLinks,
    });
    h.fake.world.dispatch('CHANNEL_UPDATE', channelJson(hidden), GatewayIntentBits.Guilds);
    const reply = await setup('log', { channel: hidden.id });
    expect(reply.content).toContain('missing View Channel, Embed Links');
    expect(h.count('guild_settings', 'log_channel_id IS NOT NULL')).toBe(0);
  });
});

describe('/setup maintainers', () => {
  it('lets members with the maintainer role run maintainer commands', async () => {
    const before = await setup('show', {}, h.members.alice);
    expect(before.content).toContain('for maintainers');
    const reply = await setup('maintainers', { role: h.roles.previewRole.id });
    expect(reply.content).toContain(`<@&${h.roles.previewRole.id}>`);
    expect(settings()).toMatchObject({ maintainer_role_id: h.roles.previewRole.id });
    h.fake.setMemberRoles(h.guild.id, h.members.alice.id, [h.roles.previewRole.id]);
    const after = await setup('show', {}, h.members.alice);
    expect(after.embeds[0]!.title).toBe('Stagegate configuration');
  });

  it('refuses @everyone as the maintainer role', async () => {
    const reply = await setup('maintainers', { role: h.guild.id });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('@everyone role cannot be the maintainer role');
    expect(h.count('guild_settings', 'maintainer_role_id IS NOT NULL')).toBe(0);
  });

  it('refuses a role managed by an integration (a bot or booster role), which staff do not hand out', async () => {
    const managed = [...h.guild.roles.values()].find((role) => role.managed)!;
    const reply = await setup('maintainers', { role: managed.id });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('managed by an integration');
    expect(h.count('guild_settings', 'maintainer_role_id IS NOT NULL')).toBe(0);
  });
});

describe('/setup tags', () => {
  it('adds a normalised tag and removes one; stored feedback keeps its tags', async () => {
    const added = await h
      .command(
        h.members.maintainer,
        'setup',
        { tag: ' Perf-2 ' },
        { subcommandGroup: 'tags', subcommand: 'add' },
      )
      .reply();
    expect(added.ephemeral).toBe(true);
    expect(added.content).toContain('Added the tag `perf-2`');
    const removed = await h
      .command(
        h.members.maintainer,
        'setup',
        { tag: 'docs' },
        { subcommandGroup: 'tags', subcommand: 'remove' },
      )
      .reply();
    expect(removed.content).toContain('Removed the tag `docs`');
    expect(tags()).toEqual(['blocker', 'bug', 'idea', 'perf-2', 'performance', 'praise', 'question']);
  });

  it('refuses a malformed, a duplicate and an unknown tag, changing nothing', async () => {
    const tag = (sub: 'add' | 'remove', value: string) =>
      h
        .command(h.members.maintainer, 'setup', { tag: value }, { subcommandGroup: 'tags', subcommand: sub })
        .reply();
    const malformed = await tag('add', 'bad tag!');
    expect(malformed.ephemeral).toBe(true);
    expect(malformed.content).toContain('not a valid tag');
    expect((await tag('add', 'bug')).content).toContain('already in the vocabulary');
    expect((await tag('remove', 'nope')).content).toContain('There is no tag `nope`');
    expect(tags()).toEqual(['blocker', 'bug', 'docs', 'idea', 'performance', 'praise', 'question']);
  });
});

describe('/setup gates', () => {
  it('shows the current gates when no threshold is given', async () => {
    const reply = await setup('gates', { transition: 'early-access->preview' });
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds[0]!.description).toBe(
      'At least 10 feedback at the level, at least 5 participants at the level, at least 7 days at the level, at most 0 open `blocker` feedback.',
    );
    expect(h.count('gate_setting')).toBe(0);
  });

  it('changes only the thresholds given and keeps the others', async () => {
    await setup('gates', { transition: 'preview->ga', min_days: 3 });
    expect(h.rows('SELECT transition, min_feedback, min_days, max_open_blockers FROM gate_setting')).toEqual([
      { transition: 'preview->ga', min_feedback: 25, min_days: 3, max_open_blockers: 0 },
    ]);
    const reply = await setup('gates', { transition: 'preview->ga', max_open_blockers: 2 });
    expect(reply.content).toContain('Updated the readiness gates of Preview → General Availability');
    expect(h.rows('SELECT min_feedback, min_days, max_open_blockers FROM gate_setting')).toEqual([
      { min_feedback: 25, min_days: 3, max_open_blockers: 2 },
    ]);
  });

  it('sets the participants gate with min_participants, keeping the other thresholds', async () => {
    const reply = await setup('gates', { transition: 'preview->ga', min_participants: 1_000_000 });
    expect(reply.content).toContain('Updated the readiness gates of Preview → General Availability');
    expect(reply.embeds[0]!.description).toBe(
      'At least 25 feedback at the level, at least 1,000,000 participants at the level, at least 14 days at the level, at most 0 open `blocker` feedback.',
    );
    expect(
      h.rows(
        'SELECT transition, min_feedback, min_participants, min_days, max_open_blockers FROM gate_setting',
      ),
    ).toEqual([
      {
        transition: 'preview->ga',
        min_feedback: 25,
        min_participants: 1_000_000,
        min_days: 14,
        max_open_blockers: 0,
      },
    ]);
    // Discord enforces the option's range; the bot refuses a value past it all the same, naming the option.
    const tooMany = await setup('gates', { transition: 'preview->ga', min_participants: 1_000_001 });
    expect(tooMany.ephemeral).toBe(true);
    expect(tooMany.content).toContain('`min_participants`');
    expect(h.rows('SELECT min_participants FROM gate_setting')).toEqual([{ min_participants: 1_000_000 }]);
  });

  it('the promotion report uses the configured gates, the participants gate included', async () => {
    await setup('gates', { transition: 'early-access->preview', min_feedback: 0, min_days: 0 });
    await h.createFeature('dark-mode');
    const refused = await h.command(h.members.maintainer, 'promote', { feature: 'dark-mode' }).reply();
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toContain('Not promoted');
    const report = JSON.stringify(refused.embeds);
    expect(report).toContain('✅ Feedback at Early Access: 0 / 0');
    expect(report).toContain('❌ Participants at Early Access: 0 / 5');
    expect(h.count('promotion')).toBe(0);
    await setup('gates', { transition: 'early-access->preview', min_participants: 0 });
    const reply = await h.command(h.members.maintainer, 'promote', { feature: 'dark-mode' }).reply();
    expect(reply.content).toContain('Promoted **Dark Mode** from Early Access to Preview.');
    expect(h.rows('SELECT forced FROM promotion')).toEqual([{ forced: 0 }]);
  });
});

describe('/setup terms, feedback-rate, ga-roles and show', () => {
  it('stores new terms with a version bumped on each change and refuses empty text', async () => {
    const first = await setup('terms', { level: 'early-access', text: 'Expect breakage.' });
    expect(first.content).toContain('version 1');
    const second = await setup('terms', { level: 'early-access', text: 'Expect lots of breakage.' });
    expect(second.content).toContain('version 2');
    const empty = await setup('terms', { level: 'preview', text: '   ' });
    expect(empty.ephemeral).toBe(true);
    expect(empty.content).toContain('cannot be empty');
    expect(h.rows('SELECT level, text, version, updated_by FROM level_terms')).toEqual([
      {
        level: 'early-access',
        text: 'Expect lots of breakage.',
        version: 2,
        updated_by: h.members.maintainer.id,
      },
    ]);
  });

  it('stores the feedback rate and the GA role policy', async () => {
    expect((await setup('feedback-rate', { per_minute: 12 })).content).toContain(
      'at most 12 feedback per minute',
    );
    expect((await setup('ga-roles', { policy: 'remove' })).content).toContain('the feature role is removed');
    expect(settings()).toMatchObject({ feedback_per_minute: 12, ga_role_policy: 'remove' });
  });

  it('shows the whole configuration', async () => {
    await setup('announcements', { channel: h.channels.announcements.id });
    await setup('maintainers', { role: h.roles.previewRole.id });
    await setup('gates', { transition: 'preview->ga', min_feedback: 40 });
    await setup('terms', { level: 'preview', text: 'Preview terms' });
    const reply = await setup('show');
    expect(reply.ephemeral).toBe(true);
    const fields = Object.fromEntries((reply.embeds[0]!.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields).toMatchObject({
      'Announcement channel': `<#${h.channels.announcements.id}>`,
      'Log channel': 'not set',
      'Maintainer role': `<@&${h.roles.previewRole.id}>`,
      'Feedback rate': '5 per minute per member',
      'GA role policy': 'keep',
      Terms: 'Early Access: default text\nPreview: version 1',
    });
    expect(fields.Tags).toContain('`blocker`');
    expect(fields['Readiness gates']).toContain(
      '**Preview → General Availability**: At least 40 feedback at the level, at least 10 participants at the level,',
    );
    expect(fields['Readiness gates']).toContain(
      '**Early Access → Preview**: At least 10 feedback at the level, at least 5 participants at the level,',
    );
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('spec', () => {
  // The harness checks every request against the OpenAPI description when it closes after each test.
  it('every request the bot sent validated against the OpenAPI description', async () => {
    await setup('show');
  });
});

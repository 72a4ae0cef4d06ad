import { PermissionFlagsBits } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.close();
});

type RegisteredOption = { name: string; type: number; options?: RegisteredOption[] };
type Registered = {
  name: string;
  default_member_permissions?: string | number | null;
  options?: RegisteredOption[];
};

describe('the command surface', () => {
  it('registers every command with every option of the product contract', () => {
    const registered = h.fake.commands(h.guild.id) as Registered[];
    expect(registered.map((c) => c.name).sort()).toEqual([
      'access',
      'feature',
      'features',
      'feedback',
      'invite',
      'join',
      'leave',
      'mydata',
      'notifications',
      'promote',
      'setup',
      'triage',
      'vote',
    ]);
    const byName = new Map(registered.map((c) => [c.name, c]));
    const optionNames = (name: string) => (byName.get(name)?.options ?? []).map((o) => o.name);
    const subOptions = (name: string, sub: string) =>
      (byName.get(name)?.options ?? []).find((o) => o.name === sub)?.options?.map((o) => o.name);
    expect(optionNames('feedback')).toEqual(['feature', 'tags', 'message']);
    expect(optionNames('features')).toEqual(['feature']);
    expect(optionNames('join')).toEqual(['feature', 'code']);
    expect(optionNames('leave')).toEqual(['feature']);
    expect(optionNames('vote')).toEqual(['id', 'withdraw']);
    expect(optionNames('notifications')).toEqual(['setting']);
    expect(optionNames('mydata')).toEqual(['export', 'delete']);
    expect(optionNames('promote')).toEqual(['feature', 'note', 'dry_run', 'force']);
    expect(subOptions('feature', 'create')).toEqual([
      'key',
      'name',
      'description',
      'role',
      'channel',
      'seats',
    ]);
    expect(subOptions('feature', 'edit')).toEqual([
      'feature',
      'name',
      'description',
      'role',
      'channel',
      'seats',
    ]);
    expect(subOptions('feature', 'retire')).toEqual(['feature', 'reason']);
    expect(subOptions('invite', 'create')).toEqual(['feature', 'uses', 'expires_in', 'member']);
    expect(subOptions('invite', 'admit')).toEqual(['feature', 'count']);
    expect(subOptions('invite', 'revoke')).toEqual(['code']);
    expect(subOptions('access', 'revoke')).toEqual(['feature', 'member', 'reason']);
    expect(subOptions('access', 'seats')).toEqual(['feature', 'count']);
    expect(subOptions('triage', 'list')).toEqual(['feature', 'level', 'tag', 'status', 'sort']);
    expect(subOptions('triage', 'set')).toEqual(['id', 'status', 'note', 'tags', 'duplicate_of']);
    expect(subOptions('triage', 'export')).toEqual(['feature', 'level', 'format']);
    expect(subOptions('setup', 'gates')).toEqual([
      'transition',
      'min_feedback',
      'min_days',
      'max_open_blockers',
      'min_participants',
    ]);
    expect(subOptions('setup', 'terms')).toEqual(['level', 'text']);
    expect(subOptions('setup', 'tags')).toEqual(['add', 'remove']);
    for (const name of ['announcements', 'maintainers', 'log', 'show']) {
      expect(optionNames('setup')).toContain(name);
    }
    const manageGuild = PermissionFlagsBits.ManageGuild.toString();
    for (const name of ['promote', 'feature', 'invite', 'access', 'triage', 'setup']) {
      expect(String(byName.get(name)?.default_member_permissions)).toBe(manageGuild);
    }
    for (const name of ['feedback', 'features', 'join', 'leave', 'vote', 'notifications', 'mydata']) {
      expect(byName.get(name)?.default_member_permissions ?? null).toBeNull();
    }
    expect(registered).toHaveLength(COMMANDS.length);
  });
});

describe('/feature create and /features', () => {
  it('creates a feature in Early Access and lists it', async () => {
    const created = await h
      .sub(h.members.maintainer, 'feature', 'create', {
        key: 'dark-mode',
        name: 'Dark Mode',
        description: 'A dark theme for the dashboard',
        role: h.roles.betaRole.id,
        channel: h.channels.feedbackChannel.id,
        seats: 50,
      })
      .reply();
    expect(created.ephemeral).toBe(true);
    expect(created.content).toContain('Dark Mode');

    const [row] = h.rows<Record<string, unknown>>('SELECT * FROM feature');
    expect(row).toMatchObject({
      guild_id: h.guild.id,
      key: 'dark-mode',
      name: 'Dark Mode',
      level: 'early-access',
      role_id: h.roles.betaRole.id,
      feedback_channel_id: h.channels.feedbackChannel.id,
      seat_cap: 50,
      state: 'active',
      created_by: h.members.maintainer.id,
    });

    const list = await h.command(h.members.alice, 'features').reply();
    expect(list.ephemeral).toBe(true);
    const listText = JSON.stringify(list.embeds);
    expect(listText).toContain('Dark Mode');
    expect(listText).toContain('Early Access');

    const detail = await h.command(h.members.alice, 'features', { feature: 'dark-mode' }).reply();
    const detailText = JSON.stringify(detail.embeds);
    expect(detailText).toContain('A dark theme for the dashboard');
    expect(detailText).toContain('Readiness');
    expect(detailText).toContain('0 / 10');
  });

  it('edits only the options given', async () => {
    await h.createFeature('dark-mode');
    const reply = await h
      .sub(h.members.maintainer, 'feature', 'edit', { feature: 'dark-mode', name: 'Night Mode', seats: 3 })
      .reply();
    expect(reply.ephemeral).toBe(true);
    expect(h.rows('SELECT name, description, seat_cap FROM feature')).toEqual([
      { name: 'Night Mode', description: 'The dark-mode feature', seat_cap: 3 },
    ]);
  });

  it('suggests active features while the member types', async () => {
    await h.createFeature('dark-mode');
    await h.createFeature('search', { role: h.roles.previewRole.id });
    const suggestions = await h.fake
      .sendAutocomplete({
        guildId: h.guild.id,
        userId: h.members.alice.id,
        name: 'features',
        options: { feature: 'dar' },
        focused: 'feature',
      })
      .reply();
    expect(suggestions.choices).toEqual([{ name: 'Dark Mode (Early Access)', value: 'dark-mode' }]);
  });

  it('says when there are no features yet', async () => {
    const reply = await h.command(h.members.alice, 'features').reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('No active features');
  });
});

describe('bad input is refused ephemerally and changes nothing', () => {
  it('refuses the key "Bad Key"', async () => {
    const reply = await h
      .sub(h.members.maintainer, 'feature', 'create', {
        key: 'Bad Key',
        name: 'Bad',
        description: 'Bad',
        role: h.roles.betaRole.id,
      })
      .reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('not a valid feature key');
    expect(h.count('feature')).toBe(0);
  });

  it('refuses an unknown feature', async () => {
    const reply = await h.command(h.members.alice, 'features', { feature: 'nope' }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('no active feature `nope`');
  });

  it('refuses a maintainer command from a member without Manage Server', async () => {
    const reply = await h
      .sub(h.members.alice, 'feature', 'create', {
        key: 'sneaky',
        name: 'Sneaky',
        description: 'Sneaky',
        role: h.roles.betaRole.id,
      })
      .reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('for maintainers');
    expect(h.count('feature')).toBe(0);
  });

  it('refuses a key that is already taken', async () => {
    await h.createFeature('dark-mode');
    const reply = await h
      .sub(h.members.maintainer, 'feature', 'create', {
        key: 'dark-mode',
        name: 'Again',
        description: 'Again',
        role: h.roles.betaRole.id,
      })
      .reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('already exists');
    expect(h.rows('SELECT name FROM feature')).toEqual([{ name: 'Dark Mode' }]);
  });

  it('refuses a role the bot could not grant because it sits above the bot', async () => {
    const reply = await h
      .sub(h.members.maintainer, 'feature', 'create', {
        key: 'admin-tools',
        name: 'Admin Tools',
        description: 'Tools',
        role: h.roles.highRole.id,
      })
      .reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain("bot's highest role");
    expect(h.count('feature')).toBe(0);
  });

  it('refuses an edit that changes nothing', async () => {
    await h.createFeature('dark-mode');
    const reply = await h.sub(h.members.maintainer, 'feature', 'edit', { feature: 'dark-mode' }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('at least one option');
  });
});

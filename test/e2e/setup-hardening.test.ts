import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../src/text/index.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.close();
});

const maintainerRole = () =>
  h.rows<{ maintainer_role_id: string | null }>('SELECT maintainer_role_id FROM guild_settings')[0]
    ?.maintainer_role_id ?? null;

describe('a subcommand the bot does not know (a stale command list or a forged payload)', () => {
  it('is answered ephemerally as no longer available, for /setup subcommands and groups', async () => {
    const sends = [
      h.sub(h.members.maintainer, 'setup', 'rename'),
      h.command(
        h.members.maintainer,
        'setup',
        { tag: 'x' },
        { subcommandGroup: 'tags', subcommand: 'rename' },
      ),
      h.command(
        h.members.maintainer,
        'setup',
        { tag: 'x' },
        { subcommandGroup: 'labels', subcommand: 'add' },
      ),
      // A name that is a property of every object must not reach an inherited "handler".
      h.sub(h.members.maintainer, 'setup', 'constructor'),
      // No subcommand at all.
      h.command(h.members.maintainer, 'setup'),
    ];
    for (const send of sends) {
      const reply = await send.reply();
      expect(reply.ephemeral).toBe(true);
      expect(reply.content).toBe(t('en-US', 'unknownCommand'));
    }
    expect(h.count('guild_tag', "tag = 'x'")).toBe(0);
  });

  it('is answered the same way by every other command with subcommands', async () => {
    for (const name of ['feature', 'invite', 'access', 'triage']) {
      const reply = await h.sub(h.members.maintainer, name, 'vanished').reply();
      expect(reply.ephemeral).toBe(true);
      expect(reply.content).toBe(t('en-US', 'unknownCommand'));
    }
  });
});

describe('/setup maintainers needs Manage Server itself', () => {
  it('refuses a member who is a maintainer through the maintainer role only, and changes nothing', async () => {
    await h.sub(h.members.maintainer, 'setup', 'maintainers', { role: h.roles.previewRole.id }).reply();
    h.fake.setMemberRoles(h.guild.id, h.members.alice.id, [h.roles.previewRole.id]);
    // The maintainer role still lets alice run other maintainer commands...
    const show = await h.sub(h.members.alice, 'setup', 'show').reply();
    expect(show.embeds[0]!.title).toBe('Stagegate configuration');
    // ...but not hand maintainer rights to another role.
    const reply = await h.sub(h.members.alice, 'setup', 'maintainers', { role: h.roles.betaRole.id }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('Manage Server');
    expect(maintainerRole()).toBe(h.roles.previewRole.id);
  });
});

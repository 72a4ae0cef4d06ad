import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeMember } from '../support/fake-discord/index.js';
import { type Harness, startHarness, TestClock } from '../support/harness.js';

let h: Harness;
let clock: TestClock;

beforeEach(async () => {
  clock = new TestClock();
  h = await startHarness({ clock });
});

afterEach(async () => {
  await h.close();
});

const grants = () =>
  h.rows<{ member_id: string; how: string; terms_version: number | null; revoked_at: string | null }>(
    'SELECT member_id, how, terms_version, revoked_at FROM access_grant ORDER BY id',
  );

async function createCode(options: Record<string, string | number> = {}): Promise<string> {
  const reply = await h
    .sub(h.members.maintainer, 'invite', 'create', { feature: 'dark-mode', ...options })
    .reply();
  const code = /`([0-9A-Z]{16})`/.exec(reply.content)?.[1];
  if (!code) throw new Error(`no code in: ${reply.content}`);
  return code;
}

/** `/join` as `member`; returns the terms prompt (or refusal) and its button ids. */
async function join(member: FakeMember, options: Record<string, string> = {}) {
  return h.command(member, 'join', { feature: 'dark-mode', ...options }).reply();
}

function click(member: FakeMember, customId: string) {
  return h.fake.clickButton({
    guildId: h.guild.id,
    userId: member.id,
    customId,
    channelId: h.channels.general.id,
  });
}

describe('/join in Early Access', () => {
  it('shows the terms with Accept and Decline and grants access only after Accept, storing the terms version', async () => {
    await h.createFeature('dark-mode');
    // Terms a maintainer changed twice with /setup terms: version 3.
    h.db
      .prepare(
        "INSERT INTO level_terms (guild_id, level, text, version, updated_by, updated_at) VALUES (?, 'early-access', 'Expect breakage.', 3, 'x', 'x')",
      )
      .run(h.guild.id);
    const code = await createCode();

    const prompt = await join(h.members.alice, { code });
    expect(prompt.ephemeral).toBe(true);
    expect(prompt.embeds[0]?.description).toBe('Expect breakage.');
    expect(prompt.embeds[0]?.footer?.text).toContain('Terms version 3');
    expect(prompt.customIds).toHaveLength(2);
    expect(grants()).toEqual([]);
    expect(h.fake.memberRoles(h.guild.id, h.members.alice.id)).not.toContain(h.roles.betaRole.id);

    const accepted = await click(h.members.alice, prompt.customIds[0]!).reply();
    expect(accepted.type).toBe(7);
    expect(accepted.content).toContain('Welcome to **Dark Mode**');
    expect(accepted.components).toEqual([]);
    expect(grants()).toEqual([
      { member_id: h.members.alice.id, how: 'invite', terms_version: 3, revoked_at: null },
    ]);
    expect(h.rows('SELECT terms_accepted_at FROM access_grant')).toEqual([
      { terms_accepted_at: clock.now().toISOString() },
    ]);
    await expect
      .poll(() => h.fake.memberRoles(h.guild.id, h.members.alice.id))
      .toContain(h.roles.betaRole.id);
    expect(h.rows('SELECT uses FROM invite')).toEqual([{ uses: 1 }]);
  });

  it('grants nothing when the member declines', async () => {
    await h.createFeature('dark-mode');
    const code = await createCode();
    const prompt = await join(h.members.alice, { code });
    const declined = await click(h.members.alice, prompt.customIds[1]!).reply();
    expect(declined.content).toContain('declined');
    expect(grants()).toEqual([]);
    expect(h.rows('SELECT uses FROM invite')).toEqual([{ uses: 0 }]);
    expect(h.count('outbox')).toBe(0);
  });

  it('grants nothing when Accept is pressed more than 10 minutes later', async () => {
    await h.createFeature('dark-mode');
    const code = await createCode();
    const prompt = await join(h.members.alice, { code });
    clock.advance(10 * 60_000 + 1000);
    const late = await click(h.members.alice, prompt.customIds[0]!).reply();
    expect(late.ephemeral).toBe(true);
    expect(late.content).toContain('expired');
    expect(grants()).toEqual([]);
    expect(h.rows('SELECT uses FROM invite')).toEqual([{ uses: 0 }]);
  });

  it('ignores Accept pressed by another member than the one shown the terms', async () => {
    await h.createFeature('dark-mode');
    const code = await createCode();
    const prompt = await join(h.members.alice, { code });
    const foreign = await click(h.members.bob, prompt.customIds[0]!).reply();
    expect(foreign.ephemeral).toBe(true);
    expect(foreign.content).toContain('another member');
    expect(grants()).toEqual([]);
    expect(h.rows('SELECT uses FROM invite')).toEqual([{ uses: 0 }]);
  });

  it('refuses a one-use code the second time, and puts a member without invite on the waitlist', async () => {
    await h.createFeature('dark-mode');
    const code = await createCode();
    const first = await join(h.members.alice, { code });
    await click(h.members.alice, first.customIds[0]!).reply();

    const second = await join(h.members.bob, { code });
    expect(second.ephemeral).toBe(true);
    expect(second.content).toContain('used as many times');
    expect(second.customIds).toEqual([]);
    expect(h.count('waitlist_entry')).toBe(0);

    const waiting = await join(h.members.bob);
    expect(waiting.content).toContain('position **1**');
    const carol = await join(h.members.carol);
    expect(carol.content).toContain('position **2**');
    const again = await join(h.members.bob);
    expect(again.content).toContain('already on the waitlist');
    expect(h.rows('SELECT member_id FROM waitlist_entry WHERE closed_at IS NULL ORDER BY id')).toEqual([
      { member_id: h.members.bob.id },
      { member_id: h.members.carol.id },
    ]);
    expect(grants().map((g) => g.member_id)).toEqual([h.members.alice.id]);
  });

  it('counts a code used by two members when it allows two uses, and refuses the third', async () => {
    await h.createFeature('dark-mode');
    const code = await createCode({ uses: 2 });
    for (const member of [h.members.alice, h.members.bob]) {
      const prompt = await join(member, { code: code.toLowerCase() });
      await click(member, prompt.customIds[0]!).reply();
    }
    expect(h.rows('SELECT uses, max_uses FROM invite')).toEqual([{ uses: 2, max_uses: 2 }]);
    expect((await join(h.members.carol, { code })).content).toContain('used as many times');
    expect(grants()).toHaveLength(2);
  });

  it('refuses an expired code', async () => {
    await h.createFeature('dark-mode');
    const code = await createCode({ expires_in: '1h' });
    clock.advance(60 * 60_000);
    const reply = await join(h.members.alice, { code });
    expect(reply.content).toContain('expired');
    expect(reply.customIds).toEqual([]);
    expect(grants()).toEqual([]);
  });

  it('refuses a code that expires while the terms are on screen', async () => {
    await h.createFeature('dark-mode');
    const code = await createCode({ expires_in: '5m' });
    const prompt = await join(h.members.alice, { code });
    clock.advance(6 * 60_000);
    const accepted = await click(h.members.alice, prompt.customIds[0]!).reply();
    expect(accepted.content).toContain('no longer valid');
    expect(grants()).toEqual([]);
    expect(h.rows('SELECT uses FROM invite')).toEqual([{ uses: 0 }]);
  });

  it('refuses an invite targeted at another member, and lets the target join without typing the code', async () => {
    await h.createFeature('dark-mode');
    const code = await createCode({ member: h.members.alice.id });
    const stolen = await join(h.members.bob, { code });
    expect(stolen.content).toContain('made for another member');
    expect(grants()).toEqual([]);

    const prompt = await join(h.members.alice);
    expect(prompt.customIds).toHaveLength(2);
    await click(h.members.alice, prompt.customIds[0]!).reply();
    expect(grants()).toMatchObject([{ member_id: h.members.alice.id, how: 'invite' }]);
  });

  it('refuses an unknown code and a code with characters a code never has, storing nothing', async () => {
    await h.createFeature('dark-mode');
    expect((await join(h.members.alice, { code: 'NOPE0000NOPE0000' })).content).toContain('not valid');
    expect((await join(h.members.alice, { code: 'bad code!' })).content).toContain('`code`');
    expect(h.count('waitlist_entry') + h.count('access_grant') + h.count('outbox')).toBe(0);
  });

  it('refuses to join while admissions are paused, and admits again after resume', async () => {
    await h.createFeature('dark-mode');
    const code = await createCode({ uses: 5 });
    await h.sub(h.members.maintainer, 'access', 'pause', { feature: 'dark-mode' }).reply();
    const paused = await join(h.members.alice, { code });
    expect(paused.content).toContain('paused');
    expect(paused.customIds).toEqual([]);

    await h.sub(h.members.maintainer, 'access', 'resume', { feature: 'dark-mode' }).reply();
    const prompt = await join(h.members.alice, { code });
    // Paused again while the terms are on screen: Accept is refused.
    await h.sub(h.members.maintainer, 'access', 'pause', { feature: 'dark-mode' }).reply();
    const refused = await click(h.members.alice, prompt.customIds[0]!).reply();
    expect(refused.content).toContain('paused');
    expect(grants()).toEqual([]);
    expect(h.rows('SELECT uses FROM invite')).toEqual([{ uses: 0 }]);
  });

  it('gives the last seat to exactly one of two members who press Accept at the same moment', async () => {
    await h.createFeature('dark-mode', { seats: 1 });
    const code = await createCode({ uses: 5 });
    const alicePrompt = await join(h.members.alice, { code });
    const bobPrompt = await join(h.members.bob, { code });
    const [a, b] = await Promise.all([
      click(h.members.alice, alicePrompt.customIds[0]!).reply(),
      click(h.members.bob, bobPrompt.customIds[0]!).reply(),
    ]);
    const texts = [a.content, b.content];
    expect(texts.filter((t) => t.includes('Welcome'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('no free seat'))).toHaveLength(1);
    expect(grants()).toHaveLength(1);
    expect(h.rows('SELECT uses FROM invite')).toEqual([{ uses: 1 }]);
    await h.outboxIdle();
    const withRole = [h.members.alice, h.members.bob].filter((m) =>
      h.fake.memberRoles(h.guild.id, m.id).includes(h.roles.betaRole.id),
    );
    expect(withRole.map((m) => m.id)).toEqual([grants()[0]!.member_id]);
  });
  it('refuses Accept when the terms changed while they were on screen, and tells a member with access so', async () => {
    await h.createFeature('dark-mode');
    const code = await createCode({ uses: 2 });
    const prompt = await join(h.members.alice, { code });
    h.db
      .prepare(
        "INSERT INTO level_terms (guild_id, level, text, version, updated_by, updated_at) VALUES (?, 'early-access', 'New rules.', 1, 'x', 'x')",
      )
      .run(h.guild.id);
    const stale = await click(h.members.alice, prompt.customIds[0]!).reply();
    expect(stale.content).toContain('terms of **Dark Mode** changed');
    expect(grants()).toEqual([]);

    const fresh = await join(h.members.alice, { code });
    expect(fresh.embeds[0]?.description).toBe('New rules.');
    await click(h.members.alice, fresh.customIds[0]!).reply();
    expect(grants()).toMatchObject([{ terms_version: 1 }]);
    const again = await join(h.members.alice, { code });
    expect(again.content).toContain('already have access');
    expect(h.rows('SELECT uses FROM invite')).toEqual([{ uses: 1 }]);
  });
});

describe('/join in Preview and GA', () => {
  it('lets anyone sign up in Preview after accepting the Preview terms', async () => {
    await h.createFeature('dark-mode');
    h.db.prepare("UPDATE feature SET level = 'preview'").run();
    const prompt = await join(h.members.carol);
    expect(JSON.stringify(prompt.embeds)).toContain('Preview');
    await click(h.members.carol, prompt.customIds[0]!).reply();
    expect(grants()).toMatchObject([{ member_id: h.members.carol.id, how: 'sign-up' }]);
    await expect
      .poll(() => h.fake.memberRoles(h.guild.id, h.members.carol.id))
      .toContain(h.roles.betaRole.id);
  });

  it('tells the member everyone already has a GA feature', async () => {
    await h.createFeature('dark-mode');
    h.db.prepare("UPDATE feature SET level = 'ga'").run();
    const reply = await join(h.members.carol);
    expect(reply.content).toContain('everyone already has it');
    expect(reply.customIds).toEqual([]);
    expect(h.count('access_grant')).toBe(0);
  });
});

describe('/leave', () => {
  it('ends the grant and removes the role', async () => {
    await h.createFeature('dark-mode');
    const code = await createCode();
    const prompt = await join(h.members.alice, { code });
    await click(h.members.alice, prompt.customIds[0]!).reply();
    await expect
      .poll(() => h.fake.memberRoles(h.guild.id, h.members.alice.id))
      .toContain(h.roles.betaRole.id);

    const left = await h.command(h.members.alice, 'leave', { feature: 'dark-mode' }).reply();
    expect(left.content).toContain('You left');
    expect(h.rows('SELECT revoked_by, revoke_reason FROM access_grant')).toEqual([
      { revoked_by: h.members.alice.id, revoke_reason: 'left' },
    ]);
    await expect
      .poll(() => h.fake.memberRoles(h.guild.id, h.members.alice.id))
      .not.toContain(h.roles.betaRole.id);

    const again = await h.command(h.members.alice, 'leave', { feature: 'dark-mode' }).reply();
    expect(again.content).toContain('do not have access');
  });

  it('takes a waiting member off the waitlist', async () => {
    await h.createFeature('dark-mode');
    await join(h.members.bob);
    const left = await h.command(h.members.bob, 'leave', { feature: 'dark-mode' }).reply();
    expect(left.content).toContain('left the waitlist');
    expect(h.rows('SELECT close_reason FROM waitlist_entry')).toEqual([{ close_reason: 'left' }]);
  });
});

describe("/join in the member's language", () => {
  /** `/join` as `member`, whose Discord is set to German. */
  function joinInGerman(member: FakeMember, options: Record<string, string> = {}) {
    return h.fake
      .sendCommand({
        guildId: h.guild.id,
        userId: member.id,
        channelId: h.channels.general.id,
        locale: 'de',
        name: 'join',
        options: { feature: 'dark-mode', ...options },
      })
      .reply();
  }

  it('answers a German member in German: the waitlist place, a refused code, the terms and the welcome', async () => {
    await h.createFeature('dark-mode');
    const waiting = await joinInGerman(h.members.bob);
    expect(waiting.content).toBe(
      '**Dark Mode** ist vorerst nur mit Einladung zugänglich. Du stehst auf Platz **1** der Warteliste; du bekommst eine Direktnachricht, sobald du eingeladen wirst.',
    );
    const unknown = await joinInGerman(h.members.alice, { code: 'NOPE0000NOPE0000' });
    expect(unknown.ephemeral).toBe(true);
    expect(unknown.content).toBe(
      'Dieser Einladungscode ist für **Dark Mode** nicht gültig. Prüfe ihn, oder führe `/join` ohne Code aus, um auf die Warteliste zu kommen.',
    );

    const code = await createCode();
    const prompt = await joinInGerman(h.members.alice, { code });
    expect(prompt.content).toBe(
      'Lies die Bedingungen unten. Drücke **Akzeptieren**, um Zugang zu erhalten, oder **Ablehnen**.',
    );
    expect(prompt.embeds[0]).toMatchObject({
      title: 'Dark Mode: Bedingungen für Early Access',
      description:
        'Early Access ist nur mit Einladung zugänglich. Das Feature kann sich komplett ändern oder entfernt werden, und dein Zugang kann jederzeit eingeschränkt oder entzogen werden. Mit dem Akzeptieren sagst du zu, mit inkompatiblen Änderungen zu rechnen und Feedback zu geben.',
      footer: {
        text: 'Bedingungen, Version 0 · Akzeptiere innerhalb von 10 Minuten, sonst wird nichts vergeben.',
      },
    });
    expect(prompt.components).toMatchObject([
      { components: [{ label: 'Akzeptieren' }, { label: 'Ablehnen' }] },
    ]);

    const accepted = await h.fake
      .clickButton({
        guildId: h.guild.id,
        userId: h.members.alice.id,
        customId: prompt.customIds[0]!,
        channelId: h.channels.general.id,
        locale: 'de',
      })
      .reply();
    expect(accepted.content).toBe(
      `Willkommen bei **Dark Mode**! Du hast die Bedingungen akzeptiert; die Rolle <@&${h.roles.betaRole.id}> wird gleich vergeben. Mit \`/feedback\` sagst du dem Team, was du denkst, mit \`/leave\` gibst du den Zugang wieder ab.`,
    );
    expect(grants()).toMatchObject([{ member_id: h.members.alice.id, how: 'invite' }]);
  });
});

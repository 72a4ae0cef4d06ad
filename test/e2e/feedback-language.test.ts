import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeMember, InteractionHandle } from '../support/fake-discord/index.js';
import { type Harness, startHarness } from '../support/harness.js';

/**
 * Which language Stagegate writes in: a reply in the member's Discord language, the feedback copy
 * in the server's (`/setup language`, else the server's preferred locale, else English).
 */

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
  await h.createFeature('dark-mode', { channel: h.channels.feedbackChannel.id });
  // Preview takes feedback from every member.
  h.db.prepare("UPDATE feature SET level = 'preview' WHERE key = 'dark-mode'").run();
});

afterEach(async () => {
  await h.close();
});

/** A slash command sent by a member whose Discord client is set to `locale`. */
function command(
  member: FakeMember,
  locale: string,
  name: string,
  options: Record<string, string>,
  subcommand?: string,
): InteractionHandle {
  return h.fake.sendCommand({
    guildId: h.guild.id,
    userId: member.id,
    channelId: h.channels.general.id,
    locale,
    name,
    options,
    ...(subcommand ? { subcommand } : {}),
  });
}

const feedback = (member: FakeMember, locale: string, message: string) =>
  command(member, locale, 'feedback', { feature: 'dark-mode', tags: 'bug, idea', message }).reply();

const setup = (sub: string, options: Record<string, string> = {}, locale = 'en-US') =>
  command(h.members.maintainer, locale, 'setup', options, sub).reply();

/** The newest feedback copy in the feature's channel, once it is posted. */
async function mirrorNumber(count: number) {
  await expect.poll(() => h.fake.channelMessages(h.channels.feedbackChannel.id).length).toBe(count);
  return h.fake.channelMessages(h.channels.feedbackChannel.id)[count - 1]!.embeds[0]!;
}

const mirrorFieldNames = (embed: { fields?: { name: string }[] }) => (embed.fields ?? []).map((f) => f.name);

const languageRow = () =>
  h.rows<{ language: string | null; guild_locale: string | null }>(
    'SELECT language, guild_locale FROM guild_settings',
  )[0];

/** The fields of `/setup show`, as a member with `locale` sees them. */
async function shownFields(locale = 'en-US') {
  const show = await setup('show', {}, locale);
  return show.embeds[0]!.fields ?? [];
}

describe('replies in the member’s language', () => {
  it('thanks a German member in German, names the tags as a German list, and refuses in German', async () => {
    const reply = await command(h.members.alice, 'de', 'feedback', {
      feature: 'dark-mode',
      tags: 'bug, idea, docs',
      message: 'Flackert beim Umschalten',
    }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe(
      'Danke! Dein Feedback ist als **#1** für **Dark Mode** (Preview) mit den Tags `bug`, `docs` und `idea` gespeichert.',
    );

    const refused = await command(h.members.alice, 'de', 'feedback', {
      feature: 'dark-mode',
      tags: 'nope',
      message: 'x',
    }).reply();
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toBe(
      'Unbekanntes Tag `nope`. Zur Auswahl: blocker, bug, docs, idea, performance, praise, question.',
    );
    expect(h.count('feedback')).toBe(1);
  });

  it('opens the feedback form in French for a French member', async () => {
    const form = await command(h.members.bob, 'fr', 'feedback', {
      feature: 'dark-mode',
      tags: 'docs',
    }).reply();
    expect(form.type).toBe(9);
    expect(form.title).toBe('Retour\u00a0: Dark Mode');
    expect(JSON.stringify(form.data)).toContain('"label":"Votre retour"');
  });

  it('answers a member whose language Stagegate does not speak in English', async () => {
    const reply = await feedback(h.members.alice, 'ja', 'Flickers');
    expect(reply.content).toBe(
      'Thanks! Your feedback is stored as **#1** for **Dark Mode** (Preview), tagged `bug`, `idea`.',
    );
  });
});

describe('the feedback copy in the server’s language', () => {
  it('is written in the server’s preferred language, whatever the author’s', async () => {
    h.guild.preferredLocale = 'fr';
    const reply = await feedback(h.members.alice, 'de', 'Flackert');
    expect(reply.content).toContain('Danke!');

    const copy = await mirrorNumber(1);
    expect(copy).toMatchObject({
      title: '#1 · Dark Mode',
      description: 'Flackert',
      fields: [
        { name: 'Niveau', value: 'Preview' },
        { name: 'Tags', value: '`bug` et `idea`' },
        { name: 'Auteur', value: `<@${h.members.alice.id}>` },
      ],
    });
    expect(languageRow()).toEqual({ language: null, guild_locale: 'fr' });
  });

  it('follows /setup language over the server’s preferred language, and follows the server again with `server`', async () => {
    h.guild.preferredLocale = 'fr';
    expect(await shownFields()).toContainEqual({
      name: 'Language',
      value: "French (the server's preferred language)",
      inline: true,
    });

    const set = await setup('language', { locale: 'de' });
    expect(set.ephemeral).toBe(true);
    expect(set.content).toBe(
      "Language of Stagegate's posts and direct messages in this server: **German**. Replies to a member still follow that member's own Discord language.",
    );
    expect(languageRow()).toEqual({ language: 'de', guild_locale: 'fr' });
    await feedback(h.members.alice, 'en-US', 'first');
    expect(mirrorFieldNames(await mirrorNumber(1))).toEqual(['Stufe', 'Tags', 'Von']);
    expect(await shownFields('de')).toContainEqual({
      name: 'Sprache',
      value: 'Deutsch (festgelegt mit `/setup language`)',
      inline: true,
    });

    const back = await setup('language', { locale: 'server' });
    expect(back.content).toBe(
      "Stagegate's posts and direct messages in this server now follow the server's preferred language: **French**.",
    );
    expect(languageRow()).toEqual({ language: null, guild_locale: 'fr' });
    await feedback(h.members.alice, 'en-US', 'second');
    expect(mirrorFieldNames(await mirrorNumber(2))).toEqual(['Niveau', 'Tags', 'Auteur']);
  });

  it('falls back to English when the server’s preferred language is one Stagegate does not speak', async () => {
    h.guild.preferredLocale = 'ja';
    const back = await setup('language', { locale: 'server' });
    expect(back.content).toBe(
      "Stagegate's posts and direct messages in this server now follow the server's preferred language. Stagegate does not speak it (Japanese), so they fall back to **English**.",
    );
    await feedback(h.members.alice, 'de', 'Flackert');
    expect(mirrorFieldNames(await mirrorNumber(1))).toEqual(['Level', 'Tags', 'From']);
    expect(await shownFields()).toContainEqual({
      name: 'Language',
      value: "English (the server's preferred language, Japanese, is not one Stagegate speaks)",
      inline: true,
    });
  });
});

describe('/setup in the member’s language', () => {
  it('names the permissions the bot lacks as Discord shows them in German, and changes nothing', async () => {
    const reply = await setup('announcements', { channel: h.channels.readOnly.id }, 'de');
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe(
      `Der Bot kann nicht in <#${h.channels.readOnly.id}> posten, dort fehlen ihm diese Berechtigungen: Nachrichten senden. Erteile sie seiner Rolle in den Kanaleinstellungen, oder wähle einen anderen Kanal. Es wurde nichts geändert.`,
    );
    expect(h.rows('SELECT announcement_channel_id FROM guild_settings')).toEqual([
      { announcement_channel_id: null },
    ]);
  });

  it('shows the configuration in Spanish, with the GA role policy and the language in effect', async () => {
    const fields = await shownFields('es-ES');
    expect(fields).toContainEqual({ name: 'Política de roles en GA', value: 'mantener', inline: true });
    expect(fields).toContainEqual({
      name: 'Idioma',
      value: 'inglés (idioma preferido del servidor)',
      inline: true,
    });
  });
});

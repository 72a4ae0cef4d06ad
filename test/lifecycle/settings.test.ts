import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_VOCABULARY_TAGS } from '../../src/domain/setup-rules.js';
import {
  addTag,
  currentSettings,
  languageInEffect,
  removeTag,
  setAnnouncementChannel,
  setFeedbackRate,
  setGaRolePolicy,
  setGates,
  setLanguage,
  setLogChannel,
  setMaintainerRole,
  setTerms,
  showSettings,
} from '../../src/lifecycle/settings.js';
import { renderText, serverLocale, text } from '../../src/text/index.js';
import { IDS, type LifecycleWorld, openLifecycleWorld, seedFeature, seedFeedback } from '../support/seed.js';

let world: LifecycleWorld;
beforeEach(() => {
  world = openLifecycleWorld();
});
afterEach(() => world.close());

const guildId = IDS.guild;

const settingsRow = () =>
  world.store.db
    .prepare(
      'SELECT announcement_channel_id, log_channel_id, maintainer_role_id, feedback_per_minute, ga_role_policy FROM guild_settings WHERE guild_id = ?',
    )
    .get(guildId);

const tagRows = () =>
  world.store.db.prepare('SELECT tag FROM guild_tag WHERE guild_id = ? ORDER BY tag').pluck().all(guildId);

const gateRows = () =>
  world.store.db
    .prepare(
      'SELECT transition, min_feedback, min_participants, min_days, max_open_blockers FROM gate_setting ORDER BY transition',
    )
    .all();

const outboxRows = () =>
  world.store.db
    .prepare<[], { kind: string; payload: string }>('SELECT kind, payload FROM outbox ORDER BY id')
    .all()
    .map((row) => ({ kind: row.kind, ...JSON.parse(row.payload) }));

/** A feature that meets every gate of its next transition once the gates are lowered to 1 feedback, 1 participant, 0 days. */
function featureReadyAtLowGates() {
  const feature = seedFeature(world.store, world.clock.now());
  seedFeedback(world.store, world.clock.now(), feature);
  return feature;
}

describe('channels', () => {
  it('stores the announcement channel', () => {
    expect(setAnnouncementChannel(world.deps, { guildId, channelId: IDS.announcements })).toEqual({
      kind: 'set',
      channelId: IDS.announcements,
    });
    expect(settingsRow()).toMatchObject({ announcement_channel_id: IDS.announcements, log_channel_id: null });
    expect(outboxRows()).toEqual([]);
  });

  it('stores the log channel and queues no notice when no feature is ready', () => {
    seedFeature(world.store, world.clock.now());
    expect(setLogChannel(world.deps, { guildId, channelId: IDS.log })).toEqual({
      kind: 'set',
      channelId: IDS.log,
      readinessNotices: 0,
    });
    expect(settingsRow()).toMatchObject({ log_channel_id: IDS.log });
    expect(outboxRows()).toEqual([]);
    expect(world.wakes()).toBe(0);
  });

  it('posts the readiness notice of a feature that became ready before the log channel was set, once', () => {
    const feature = featureReadyAtLowGates();
    setGates(world.deps, {
      guildId,
      transition: 'early-access->preview',
      minFeedback: 0,
      minParticipants: 1,
      minDays: 0,
      maxOpenBlockers: null,
    });
    expect(outboxRows()).toEqual([]);

    const outcome = setLogChannel(world.deps, { guildId, channelId: IDS.log });

    expect(outcome).toMatchObject({ kind: 'set', readinessNotices: 1 });
    expect(outboxRows()).toEqual([expect.objectContaining({ kind: 'message', channelId: IDS.log })]);
    expect(world.store.features.findById(feature.id)!.readyNoticeLevel).toBe('early-access');
    expect(world.wakes()).toBe(1);
    // Setting the channel again does not repeat the notice (once per level).
    expect(setLogChannel(world.deps, { guildId, channelId: IDS.log }).readinessNotices).toBe(0);
    expect(outboxRows()).toHaveLength(1);
  });
});

describe('maintainer role', () => {
  const input = { guildId, roleId: IDS.role, role: { managed: false }, actorManagesServer: true };

  it('stores a role chosen by a member with Manage Server', () => {
    expect(setMaintainerRole(world.deps, input)).toEqual({ kind: 'set', roleId: IDS.role });
    expect(settingsRow()).toMatchObject({ maintainer_role_id: IDS.role });
  });

  it('refuses a member without Manage Server (the maintainer role alone), and stores nothing', () => {
    expect(setMaintainerRole(world.deps, { ...input, actorManagesServer: false })).toEqual({
      kind: 'refused',
      reason: 'needs-manage-server',
    });
    expect(settingsRow()).toMatchObject({ maintainer_role_id: null });
  });

  it('refuses @everyone, a role the server does not have and a managed role, and stores nothing', () => {
    const refusals = [
      setMaintainerRole(world.deps, { ...input, roleId: guildId }),
      setMaintainerRole(world.deps, { ...input, role: null }),
      setMaintainerRole(world.deps, { ...input, role: { managed: true } }),
    ];
    expect(refusals.map((outcome) => outcome.kind === 'refused' && outcome.reason)).toEqual([
      'everyone-role',
      'unknown-role',
      'managed-role',
    ]);
    expect(settingsRow()).toMatchObject({ maintainer_role_id: null });
  });
});

describe('tag vocabulary', () => {
  const defaults = ['blocker', 'bug', 'docs', 'idea', 'performance', 'praise', 'question'];

  it('adds a normalised tag and removes one', () => {
    expect(addTag(world.deps, { guildId, tag: ' Perf-2 ' })).toEqual({
      kind: 'added',
      tag: 'perf-2',
      tags: [...defaults, 'perf-2'].sort(),
    });
    expect(removeTag(world.deps, { guildId, tag: 'DOCS' })).toMatchObject({ kind: 'removed', tag: 'docs' });
    expect(tagRows()).toEqual(['blocker', 'bug', 'idea', 'perf-2', 'performance', 'praise', 'question']);
  });

  it('refuses a malformed tag with the domain message, a duplicate and an unknown one, changing nothing', () => {
    const malformed = addTag(world.deps, { guildId, tag: 'bad tag!' });
    expect(malformed).toEqual({ kind: 'invalid', message: text('rule.tagInvalid', { tag: 'bad tag!' }) });
    expect(malformed.kind === 'invalid' && renderText('en-US', malformed.message)).toContain(
      'not a valid tag',
    );
    expect(addTag(world.deps, { guildId, tag: 'bug' })).toEqual({
      kind: 'refused',
      reason: 'exists',
      tag: 'bug',
      tags: defaults,
    });
    expect(removeTag(world.deps, { guildId, tag: 'nope' })).toEqual({
      kind: 'refused',
      reason: 'missing',
      tag: 'nope',
      tags: defaults,
    });
    expect(tagRows()).toEqual(defaults);
  });

  it(`refuses a tag beyond ${MAX_VOCABULARY_TAGS}`, () => {
    for (let i = defaults.length; i < MAX_VOCABULARY_TAGS; i++) {
      expect(addTag(world.deps, { guildId, tag: `tag-${i}` }).kind).toBe('added');
    }
    expect(tagRows()).toHaveLength(MAX_VOCABULARY_TAGS);
    expect(addTag(world.deps, { guildId, tag: 'one-more' })).toMatchObject({
      kind: 'refused',
      reason: 'full',
    });
    expect(tagRows()).toHaveLength(MAX_VOCABULARY_TAGS);
    expect(tagRows()).not.toContain('one-more');
  });

  it('keeps the last tag: feedback needs one', () => {
    for (const tag of defaults.slice(1)) expect(removeTag(world.deps, { guildId, tag }).kind).toBe('removed');
    expect(removeTag(world.deps, { guildId, tag: 'blocker' })).toEqual({
      kind: 'refused',
      reason: 'last',
      tag: 'blocker',
      tags: ['blocker'],
    });
    expect(tagRows()).toEqual(['blocker']);
  });

  it('leaves the tags of stored feedback alone when a tag is removed', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const item = seedFeedback(world.store, world.clock.now(), feature, { tags: ['docs'] });
    removeTag(world.deps, { guildId, tag: 'docs' });
    expect(world.store.feedback.findByNumber(guildId, item.number)!.tags).toEqual(['docs']);
  });
});

describe('readiness gates', () => {
  const given = { minFeedback: null, minParticipants: null, minDays: null, maxOpenBlockers: null };

  it('changes only the thresholds given and keeps the others', () => {
    expect(setGates(world.deps, { guildId, transition: 'preview->ga', ...given, minDays: 3 })).toEqual({
      kind: 'set',
      transition: 'preview->ga',
      gates: { minFeedback: 25, minParticipants: 10, minDays: 3, maxOpenBlockers: 0 },
      readinessNotices: 0,
    });
    setGates(world.deps, { guildId, transition: 'preview->ga', ...given, maxOpenBlockers: 2 });
    expect(gateRows()).toEqual([
      {
        transition: 'preview->ga',
        min_feedback: 25,
        min_participants: 10,
        min_days: 3,
        max_open_blockers: 2,
      },
    ]);
    setGates(world.deps, { guildId, transition: 'preview->ga', ...given, minParticipants: 40 });
    expect(gateRows()).toEqual([
      {
        transition: 'preview->ga',
        min_feedback: 25,
        min_participants: 40,
        min_days: 3,
        max_open_blockers: 2,
      },
    ]);
    expect(currentSettings(world.deps, guildId).gates['early-access->preview']).toEqual({
      minFeedback: 10,
      minParticipants: 5,
      minDays: 7,
      maxOpenBlockers: 0,
    });
  });

  it('returns the current gates and stores nothing when no threshold is given', () => {
    expect(setGates(world.deps, { guildId, transition: 'early-access->preview', ...given })).toEqual({
      kind: 'unchanged',
      transition: 'early-access->preview',
      gates: { minFeedback: 10, minParticipants: 5, minDays: 7, maxOpenBlockers: 0 },
    });
    expect(gateRows()).toEqual([]);
  });

  it('refuses a threshold out of range with the domain message, storing nothing', () => {
    const outcome = setGates(world.deps, { guildId, transition: 'preview->ga', ...given, minDays: 366 });
    expect(outcome.kind).toBe('invalid');
    expect(outcome).toEqual({
      kind: 'invalid',
      message: text('rule.gateFieldInvalid', { field: 'min_days', max: 365 }),
    });
    expect(gateRows()).toEqual([]);
  });

  it('refuses more than 1,000,000 participants, naming min_participants', () => {
    const outcome = setGates(world.deps, {
      guildId,
      transition: 'early-access->preview',
      ...given,
      minParticipants: 1_000_001,
    });
    expect(outcome).toEqual({
      kind: 'invalid',
      message: text('rule.gateFieldInvalid', { field: 'min_participants', max: 1_000_000 }),
    });
    expect(gateRows()).toEqual([]);
  });

  it('posts the readiness notice of a feature that lowered gates make ready, in the same change', () => {
    setLogChannel(world.deps, { guildId, channelId: IDS.log });
    featureReadyAtLowGates();
    expect(outboxRows()).toEqual([]);

    const outcome = setGates(world.deps, {
      guildId,
      transition: 'early-access->preview',
      ...given,
      minFeedback: 1,
      minParticipants: 1,
      minDays: 0,
    });

    expect(outcome).toMatchObject({ kind: 'set', readinessNotices: 1 });
    expect(outboxRows()).toEqual([expect.objectContaining({ kind: 'message', channelId: IDS.log })]);
    expect(world.wakes()).toBe(1);
  });
});

describe('terms', () => {
  it('reads as the built-in terms (no text, version 0) until set', () => {
    expect(currentSettings(world.deps, guildId).terms).toEqual({
      'early-access': { text: null, version: 0 },
      preview: { text: null, version: 0 },
    });
  });

  it('bumps the version on every change, per level, and records who changed them', () => {
    const set = (level: 'early-access' | 'preview', text: string) =>
      setTerms(world.deps, { guildId, level, text, memberId: IDS.maintainer });
    expect(set('early-access', 'Expect breakage.')).toEqual({
      kind: 'set',
      level: 'early-access',
      version: 1,
    });
    expect(set('early-access', 'Expect lots of breakage.')).toMatchObject({ version: 2 });
    expect(set('preview', 'Almost there.')).toMatchObject({ level: 'preview', version: 1 });
    expect(
      world.store.db.prepare('SELECT level, text, version, updated_by FROM level_terms ORDER BY level').all(),
    ).toEqual([
      { level: 'early-access', text: 'Expect lots of breakage.', version: 2, updated_by: IDS.maintainer },
      { level: 'preview', text: 'Almost there.', version: 1, updated_by: IDS.maintainer },
    ]);
    expect(currentSettings(world.deps, guildId).terms['early-access']).toEqual({
      text: 'Expect lots of breakage.',
      version: 2,
    });
  });
});

describe('setting what is already set', () => {
  it('keeps the terms version and writes nothing when the text is the one the level has', () => {
    const set = () =>
      setTerms(world.deps, { guildId, level: 'preview', text: 'Almost there.', memberId: IDS.maintainer });
    expect(set()).toMatchObject({ version: 1 });
    const terms = () => world.store.db.prepare('SELECT * FROM level_terms').all();
    const before = terms();
    world.clock.advance(60_000);
    expect(set()).toMatchObject({ version: 1 });
    expect(terms()).toEqual(before);
  });

  it('leaves the settings row as it was when a value is set again', () => {
    setFeedbackRate(world.deps, { guildId, perMinute: 12 });
    setGaRolePolicy(world.deps, { guildId, policy: 'remove' });
    const before = settingsRow();
    world.clock.advance(60_000);
    setFeedbackRate(world.deps, { guildId, perMinute: 12 });
    setGaRolePolicy(world.deps, { guildId, policy: 'remove' });
    expect(settingsRow()).toEqual(before);
    setFeedbackRate(world.deps, { guildId, perMinute: 13 });
    expect(settingsRow()).not.toEqual(before);
  });
});

describe('limits and policies', () => {
  it('stores the feedback rate and the GA role policy', () => {
    expect(setFeedbackRate(world.deps, { guildId, perMinute: 12 })).toEqual({ kind: 'set', perMinute: 12 });
    expect(setGaRolePolicy(world.deps, { guildId, policy: 'remove' })).toEqual({
      kind: 'set',
      policy: 'remove',
    });
    expect(settingsRow()).toMatchObject({ feedback_per_minute: 12, ga_role_policy: 'remove' });
    expect(currentSettings(world.deps, guildId)).toMatchObject({
      feedbackPerMinute: 12,
      gaRolePolicy: 'remove',
    });
  });

  it('creates the settings of a guild never seen, with the default vocabulary', () => {
    setFeedbackRate(world.deps, { guildId: IDS.otherGuild, perMinute: 3 });
    expect(currentSettings(world.deps, IDS.otherGuild)).toMatchObject({
      feedbackPerMinute: 3,
      tags: ['blocker', 'bug', 'docs', 'idea', 'performance', 'praise', 'question'],
    });
  });
});

describe('the server’s language', () => {
  const languageRow = () =>
    world.store.db
      .prepare('SELECT language, guild_locale FROM guild_settings WHERE guild_id = ?')
      .get(guildId);

  it('follows the server’s preferred locale until a language is set, and again once it is cleared', () => {
    world.store.settings.recordGuildLocale(guildId, 'fr', world.clock.now());
    expect(showSettings(world.deps, guildId).language).toEqual({
      locale: 'fr',
      source: 'server',
      serverLocale: 'fr',
    });

    expect(setLanguage(world.deps, { guildId, language: 'es-ES' })).toEqual({
      kind: 'set',
      language: { locale: 'es-ES', source: 'set', serverLocale: 'fr' },
    });
    expect(languageRow()).toEqual({ language: 'es-ES', guild_locale: 'fr' });
    expect(showSettings(world.deps, guildId).language.source).toBe('set');

    expect(setLanguage(world.deps, { guildId, language: null })).toEqual({
      kind: 'set',
      language: { locale: 'fr', source: 'server', serverLocale: 'fr' },
    });
    expect(languageRow()).toEqual({ language: null, guild_locale: 'fr' });
  });

  it('falls back to English for a preferred locale Stagegate does not speak, or none sent yet', () => {
    expect(setLanguage(world.deps, { guildId, language: null }).language).toEqual({
      locale: 'en-US',
      source: 'default',
      serverLocale: null,
    });
    world.store.settings.recordGuildLocale(guildId, 'ja', world.clock.now());
    expect(showSettings(world.deps, guildId).language).toEqual({
      locale: 'en-US',
      source: 'fallback',
      serverLocale: 'ja',
    });
    // British English and Latin American Spanish read as the languages Stagegate speaks.
    world.store.settings.recordGuildLocale(guildId, 'es-419', world.clock.now());
    expect(showSettings(world.deps, guildId).language).toEqual({
      locale: 'es-ES',
      source: 'server',
      serverLocale: 'es-419',
    });
  });

  it.each([
    { language: null, guildLocale: null },
    { language: null, guildLocale: 'de' },
    { language: null, guildLocale: 'en-GB' },
    { language: null, guildLocale: 'ko' },
    { language: 'pt-BR', guildLocale: 'de' },
    { language: 'fr', guildLocale: null },
    // A stored value Stagegate no longer speaks is ignored, as `serverLocale` ignores it.
    { language: 'xx', guildLocale: 'de' },
  ])('names the same language as serverLocale for %o', (settings) => {
    expect(languageInEffect(settings).locale).toBe(serverLocale(settings));
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ComponentSigner } from '../../src/discord/component-id.js';
import { discordEffectRenderer } from '../../src/discord/render/effects.js';
import { voteButtonId } from '../../src/discord/render/votes.js';
import type { Feature, OutboxMessageBody } from '../../src/domain/entities.js';
import { type GiveFeedbackInput, giveFeedback, prepareFeedbackForm } from '../../src/lifecycle/feedback.js';
import { renderText, text } from '../../src/text/index.js';
import {
  IDS,
  type LifecycleWorld,
  openLifecycleWorld,
  seedFeature,
  seedFeedback,
  seedGrant,
} from '../support/seed.js';

let world: LifecycleWorld;
let interaction = 0;

beforeEach(() => {
  world = openLifecycleWorld();
});
afterEach(() => world.close());

function input(feature: Feature, overrides: Partial<GiveFeedbackInput> = {}): GiveFeedbackInput {
  return {
    guildId: IDS.guild,
    authorId: IDS.alice,
    featureId: feature.id,
    hasRole: false,
    tags: { typed: 'Bug, performance' },
    body: '  The toggle flickers  ',
    sourceInteractionId: `interaction-${++interaction}`,
    ...overrides,
  };
}

const feedbackRows = () =>
  world.store.db
    .prepare('SELECT number, feature_id, level, author_id, body, status, source_interaction_id FROM feedback')
    .all();
const tagRows = () => world.store.db.prepare('SELECT tag FROM feedback_tag ORDER BY tag').pluck().all();
const outbox = () => world.store.outbox.due(world.clock.now(), 100);
const signer = () => new ComponentSigner(world.store.secret('component-signing'));
/** The vote button label of every queued copy. */
const buttonLabels = () =>
  world.store.db
    .prepare<[], string>("SELECT payload FROM outbox WHERE kind = 'message' ORDER BY id")
    .pluck()
    .all()
    .map(
      (payload) =>
        (JSON.parse(payload) as { body: OutboxMessageBody }).body.components?.[0]?.components[0]?.label,
    );
const nextNumber = () =>
  world.store.db
    .prepare('SELECT next_feedback_number FROM guild_settings WHERE guild_id = ?')
    .pluck()
    .get(IDS.guild);

function expectNothingStored(): void {
  expect(feedbackRows()).toEqual([]);
  expect(tagRows()).toEqual([]);
  expect(outbox()).toEqual([]);
  expect(nextNumber()).toBe(1);
  expect(world.wakes()).toBe(0);
}

describe('giving feedback', () => {
  it('stores it at the feature’s level with #N and its tags, and queues the copy for the feedback channel', () => {
    const feature = seedFeature(world.store, world.clock.now(), {
      level: 'preview',
      feedbackChannelId: IDS.feedbackChannel,
    });
    const request = input(feature);
    const outcome = giveFeedback(world.deps, request);

    expect(outcome).toMatchObject({
      kind: 'stored',
      item: { number: 1, level: 'preview', tags: ['bug', 'performance'], body: 'The toggle flickers' },
      feature: { id: feature.id },
      mirrored: true,
      readinessNotice: false,
    });
    expect(feedbackRows()).toEqual([
      {
        number: 1,
        feature_id: feature.id,
        level: 'preview',
        author_id: IDS.alice,
        body: 'The toggle flickers',
        status: 'open',
        source_interaction_id: request.sourceInteractionId,
      },
    ]);
    expect(tagRows()).toEqual(['bug', 'performance']);
    if (outcome.kind !== 'stored') throw new Error('not stored');
    expect(outbox()).toMatchObject([
      {
        guildId: IDS.guild,
        actorId: null,
        effect: {
          kind: 'message',
          channelId: IDS.feedbackChannel,
          body: discordEffectRenderer.feedbackMirror('en-US', outcome.item, outcome.feature),
        },
      },
    ]);
    expect(world.wakes()).toBe(1);
  });

  it('writes the copy in the server’s language: the language set, else the server’s preferred locale', () => {
    const feature = seedFeature(world.store, world.clock.now(), {
      level: 'preview',
      feedbackChannelId: IDS.feedbackChannel,
    });
    // Every queued copy, not only the ones due first.
    const copyFieldNames = () =>
      world.store.db
        .prepare<[], string>("SELECT payload FROM outbox WHERE kind = 'message' ORDER BY id")
        .pluck()
        .all()
        .map((payload) =>
          (JSON.parse(payload) as { body: OutboxMessageBody }).body.embeds?.[0]?.fields?.map((f) => f.name),
        );

    world.store.settings.recordGuildLocale(IDS.guild, 'fr', world.clock.now());
    const french = giveFeedback(world.deps, input(feature));
    if (french.kind !== 'stored') throw new Error('not stored');
    expect(outbox()[0]?.effect).toEqual({
      kind: 'message',
      channelId: IDS.feedbackChannel,
      body: {
        ...discordEffectRenderer.feedbackMirror('fr', french.item, feature),
        ...world.deps.render.voteButtons('fr', { id: french.item.id, number: 1, closed: false }, 0),
      },
    });
    expect(buttonLabels()).toEqual(['Voter · 0']);
    expect(copyFieldNames()).toEqual([['Niveau', 'Tags', 'Auteur']]);

    world.store.settings.setLanguage(IDS.guild, 'pt-BR', world.clock.now());
    giveFeedback(world.deps, input(feature));
    expect(copyFieldNames()).toEqual([
      ['Niveau', 'Tags', 'Auteur'],
      ['Nível', 'Tags', 'Autor'],
    ]);
    expect(buttonLabels()).toEqual(['Voter · 0', 'Votar · 0']);
  });

  it('puts a vote button on the copy and records the copy, so a vote can edit its label', () => {
    const feature = seedFeature(world.store, world.clock.now(), {
      level: 'preview',
      feedbackChannelId: IDS.feedbackChannel,
    });
    const outcome = giveFeedback(world.deps, input(feature));
    if (outcome.kind !== 'stored') throw new Error('not stored');
    // Only the copy is due: its thread is opened once the copy is posted.
    const [copy, ...others] = outbox();
    expect(others).toEqual([]);
    expect(world.store.votes.copyOf(outcome.item.id)).toEqual({
      feedbackId: outcome.item.id,
      channelId: IDS.feedbackChannel,
      outboxId: copy!.id,
      messageId: null,
      kind: 'message',
      threadOutboxId: copy!.id + 1,
      threadId: null,
    });
    expect(world.store.outbox.findById(copy!.id + 1)?.effect).toMatchObject({
      kind: 'thread-open',
      channelId: IDS.feedbackChannel,
      postedBy: copy!.id,
      messageId: null,
    });
    const body = copy!.effect.kind === 'message' ? copy!.effect.body : null;
    const button = body?.components?.[0]?.components[0];
    expect(button).toMatchObject({ type: 2, label: 'Vote · 0', emoji: { name: '👍' } });
    expect(button?.custom_id).toBe(voteButtonId(signer(), outcome.item.id));
    expect(body?.embeds?.[0]?.title).toBe('#1 · Dark mode');

    // Delivered, the copy's message id is known: the label edits name it.
    world.store.outbox.markDelivered(copy!.id, '900000000000000009', world.clock.now());
    expect(world.store.votes.copyOf(outcome.item.id)?.messageId).toBe('900000000000000009');
  });

  it('records no copy when the feature has no feedback channel', () => {
    const feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
    const outcome = giveFeedback(world.deps, input(feature));
    if (outcome.kind !== 'stored') throw new Error('not stored');
    expect(world.store.votes.copyOf(outcome.item.id)).toBeNull();
    expect(world.store.db.prepare('SELECT count(*) FROM feedback_copy').pluck().get()).toBe(0);
  });

  it('numbers feedback per server in order', () => {
    const feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
    seedFeedback(world.store, world.clock.now(), feature);
    const outcome = giveFeedback(world.deps, input(feature));
    expect(outcome).toMatchObject({ kind: 'stored', item: { number: 2 }, mirrored: false });
    // Nothing for the outbox: no feedback channel, no readiness notice.
    expect(outbox()).toEqual([]);
    expect(world.wakes()).toBe(0);
  });

  it('stores a replayed interaction once and answers it with the item it stored', () => {
    const feature = seedFeature(world.store, world.clock.now(), {
      level: 'preview',
      feedbackChannelId: IDS.feedbackChannel,
    });
    const request = input(feature);
    const first = giveFeedback(world.deps, request);
    world.clock.advance(1_000);
    const again = giveFeedback(world.deps, { ...request, body: 'something else' });

    expect(again).toEqual({
      kind: 'replayed',
      item: first.kind === 'stored' ? first.item : null,
      feature: world.store.features.findById(feature.id),
    });
    expect(feedbackRows()).toHaveLength(1);
    expect(outbox()).toHaveLength(1);
    expect(nextNumber()).toBe(2);
    expect(world.wakes()).toBe(1);
  });

  it('answers a replay even when the member is rate-limited by now', () => {
    const feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
    world.store.settings.setFeedbackPerMinute(IDS.guild, 1, world.clock.now());
    const request = input(feature);
    giveFeedback(world.deps, request);
    expect(giveFeedback(world.deps, request).kind).toBe('replayed');
  });

  it('refuses more than the per-minute limit, says when to retry, and takes it once the minute has passed', () => {
    const feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
    world.store.settings.setFeedbackPerMinute(IDS.guild, 2, world.clock.now());
    const firstAt = world.clock.now();
    expect(giveFeedback(world.deps, input(feature)).kind).toBe('stored');
    world.clock.advance(10_000);
    expect(giveFeedback(world.deps, input(feature)).kind).toBe('stored');
    world.clock.advance(10_000);

    const refused = giveFeedback(world.deps, input(feature));
    expect(refused).toEqual({
      kind: 'refused',
      reason: 'rate-limited',
      perMinute: 2,
      retryAt: new Date(firstAt.getTime() + 60_000),
    });
    expect(feedbackRows()).toHaveLength(2);
    expect(nextNumber()).toBe(3);
    // Another member is not affected.
    expect(giveFeedback(world.deps, input(feature, { authorId: IDS.bob })).kind).toBe('stored');

    world.clock.advance(40_001);
    expect(giveFeedback(world.deps, input(feature))).toMatchObject({ kind: 'stored', item: { number: 4 } });
  });

  it('takes Early Access feedback only from members with the role or a live grant', () => {
    const feature = seedFeature(world.store, world.clock.now());
    expect(giveFeedback(world.deps, input(feature))).toEqual({
      kind: 'refused',
      reason: 'early-access-only',
      feature,
    });
    expectNothingStored();

    expect(giveFeedback(world.deps, input(feature, { hasRole: true })).kind).toBe('stored');
    seedGrant(world.store, world.clock.now(), feature, IDS.bob);
    expect(giveFeedback(world.deps, input(feature, { authorId: IDS.bob })).kind).toBe('stored');
    expect(feedbackRows()).toHaveLength(2);
  });

  it('refuses a retired feature or one of another server, storing nothing', () => {
    const feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
    const elsewhere = seedFeature(world.store, world.clock.now(), {
      guildId: IDS.otherGuild,
      key: 'search',
      level: 'preview',
    });
    expect(giveFeedback(world.deps, input(elsewhere))).toEqual({
      kind: 'refused',
      reason: 'unknown-feature',
      featureKey: 'search',
    });
    world.store.features.retire(feature.id, IDS.maintainer, 'dropped', world.clock.now());
    expect(giveFeedback(world.deps, input(feature))).toEqual({
      kind: 'refused',
      reason: 'unknown-feature',
      featureKey: 'dark-mode',
    });
    expectNothingStored();
  });

  it('refuses unknown tags and an empty or too long body with the rule’s text', () => {
    const feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
    const unknownTag = giveFeedback(world.deps, input(feature, { tags: { typed: 'bug, nope' } }));
    expect(unknownTag).toEqual({
      kind: 'invalid',
      message: text('rule.tagUnknown', {
        tag: 'nope',
        vocabulary: 'blocker, bug, docs, idea, performance, praise, question',
      }),
    });
    expect(unknownTag.kind === 'invalid' && renderText('en-US', unknownTag.message)).toContain(
      'Unknown tag `nope`',
    );
    const blank = giveFeedback(world.deps, input(feature, { body: '  \n ' }));
    expect(blank).toEqual({ kind: 'invalid', message: text('rule.feedbackEmpty') });
    expect(blank.kind === 'invalid' && renderText('en-US', blank.message)).toContain('cannot be empty');
    const tooLong = giveFeedback(world.deps, input(feature, { body: 'x'.repeat(4001) }));
    expect(tooLong).toEqual({
      kind: 'invalid',
      message: text('rule.feedbackTooLong', { max: 4000, length: 4001 }),
    });
    expect(tooLong.kind === 'invalid' && renderText('en-US', tooLong.message)).toContain('yours has 4,001');
    expectNothingStored();
  });

  it('reads the form’s tags back and refuses them when the vocabulary moved while the form was open', () => {
    const feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
    expect(giveFeedback(world.deps, input(feature, { tags: { draft: 'docs.question' } }))).toMatchObject({
      kind: 'stored',
      item: { tags: ['docs', 'question'] },
    });
    // A compact draft names tags by their place in the vocabulary, with a checksum of the names.
    expect(giveFeedback(world.deps, input(feature, { tags: { draft: '~0.1~nope' } }))).toEqual({
      kind: 'refused',
      reason: 'tags-changed',
    });
    expect(feedbackRows()).toHaveLength(1);
  });

  it('queues one readiness notice when the feedback makes the feature ready', () => {
    const feature = seedFeature(world.store, world.clock.now());
    const now = world.clock.now();
    world.store.settings.setLogChannel(IDS.guild, IDS.log, now);
    world.store.settings.setGates(
      IDS.guild,
      'early-access->preview',
      { minFeedback: 2, minParticipants: 1, minDays: 0, maxOpenBlockers: 0 },
      now,
    );
    expect(giveFeedback(world.deps, input(feature, { hasRole: true }))).toMatchObject({
      readinessNotice: false,
    });
    expect(giveFeedback(world.deps, input(feature, { hasRole: true }))).toMatchObject({
      readinessNotice: true,
    });
    expect(giveFeedback(world.deps, input(feature, { hasRole: true }))).toMatchObject({
      readinessNotice: false,
    });
    expect(outbox().map((entry) => entry.effect)).toMatchObject([{ kind: 'message', channelId: IDS.log }]);
    expect(world.wakes()).toBe(1);
  });
});

describe('opening the feedback form', () => {
  it('checks feature, tags, access and rate limit first, and stores nothing', () => {
    const feature = seedFeature(world.store, world.clock.now(), { level: 'preview' });
    const giver = { ...input(feature), tags: { typed: 'question, docs' } };
    expect(prepareFeedbackForm(world.deps, giver)).toEqual({
      kind: 'form',
      feature,
      tags: ['question', 'docs'],
      vocabulary: world.store.settings.get(IDS.guild).tags,
    });
    expectNothingStored();

    world.store.settings.setFeedbackPerMinute(IDS.guild, 1, world.clock.now());
    seedFeedback(world.store, world.clock.now(), feature, { authorId: IDS.alice });
    expect(prepareFeedbackForm(world.deps, giver)).toMatchObject({ kind: 'refused', reason: 'rate-limited' });
  });

  it('refuses an Early Access feature to a member without access', () => {
    const feature = seedFeature(world.store, world.clock.now());
    expect(prepareFeedbackForm(world.deps, input(feature))).toMatchObject({
      kind: 'refused',
      reason: 'early-access-only',
    });
  });
});

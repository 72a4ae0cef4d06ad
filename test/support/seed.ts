import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ComponentSigner } from '../../src/discord/component-id.js';
import { createEffectRenderer } from '../../src/discord/render/effects.js';
import type { GrantHow } from '../../src/domain/access.js';
import type { AccessGrant, Feature, FeedbackItem } from '../../src/domain/entities.js';
import type { FeedbackStatus } from '../../src/domain/feedback-rules.js';
import type { Level } from '../../src/domain/levels.js';
import type { LifecycleDeps } from '../../src/lifecycle/deps.js';
import type { NewFeature } from '../../src/store/feature-repository.js';
import { openStore, type Store } from '../../src/store/store.js';
import { TestClock } from './clock.js';

/** Snowflakes used by lifecycle and store tests (any 17-20 digit strings would do). */
export const IDS = {
  guild: '100000000000000001',
  otherGuild: '100000000000000002',
  maintainer: '300000000000000001',
  alice: '300000000000000011',
  bob: '300000000000000012',
  carol: '300000000000000013',
  role: '200000000000000001',
  otherRole: '200000000000000002',
  feedbackChannel: '400000000000000001',
  announcements: '400000000000000002',
  log: '400000000000000003',
} as const;

/** A use case's deps on a real SQLite file in a temp folder; `wakes` counts outbox wake-ups. */
export interface LifecycleWorld {
  store: Store;
  clock: TestClock;
  deps: LifecycleDeps;
  wakes: () => number;
  close(): void;
}

export function openLifecycleWorld(): LifecycleWorld {
  const dir = mkdtempSync(join(tmpdir(), 'stagegate-lifecycle-'));
  const store = openStore(join(dir, 'stagegate.sqlite'));
  const clock = new TestClock();
  let wakes = 0;
  store.settings.ensure(IDS.guild, clock.now());
  return {
    store,
    clock,
    deps: {
      store,
      clock,
      // The bot's signer: buttons in queued bodies verify as they would in the bot.
      render: createEffectRenderer(new ComponentSigner(store.secret('component-signing'))),
      wakeOutbox: () => wakes++,
    },
    wakes: () => wakes,
    close() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A feature in Early Access (moved to `level` when given), created through the repository. */
export function seedFeature(
  store: Store,
  now: Date,
  overrides: Partial<NewFeature> & { level?: Feature['level'] } = {},
): Feature {
  const { level, ...fields } = overrides;
  store.settings.ensure(fields.guildId ?? IDS.guild, now);
  const feature = store.features.create(
    {
      guildId: IDS.guild,
      key: 'dark-mode',
      name: 'Dark mode',
      description: 'A darker theme',
      roleId: IDS.role,
      feedbackChannelId: null,
      seatCap: null,
      createdBy: IDS.maintainer,
      ...fields,
    },
    now,
  );
  if (level === 'preview' || level === 'ga')
    store.features.changeLevel(feature.id, 'early-access', 'preview', now);
  if (level === 'ga') store.features.changeLevel(feature.id, 'preview', 'ga', now);
  return store.features.findById(feature.id)!;
}

let seededInteraction = 0;

/** One feedback item at the feature's current level, numbered like `/feedback` numbers it. */
export function seedFeedback(
  store: Store,
  now: Date,
  feature: Feature,
  item: { authorId?: string; tags?: string[]; body?: string; status?: FeedbackStatus } = {},
): FeedbackItem {
  return store.transaction(() => {
    const current = store.features.findById(feature.id)!;
    const stored = store.feedback.insert(
      {
        guildId: current.guildId,
        number: store.settings.nextFeedbackNumber(current.guildId, now),
        featureId: current.id,
        level: current.level,
        authorId: item.authorId ?? IDS.alice,
        body: item.body ?? 'It works, mostly.',
        tags: item.tags ?? ['idea'],
        sourceInteractionId: `seed-${++seededInteraction}`,
      },
      now,
    );
    if (item.status && item.status !== 'open') {
      store.feedback.applyTriage(
        {
          feedbackId: stored.id,
          actorId: IDS.maintainer,
          oldStatus: 'open',
          newStatus: item.status,
          oldTags: stored.tags,
          newTags: null,
          note: null,
        },
        now,
      );
    }
    return store.feedback.findByNumber(current.guildId, stored.number)!;
  });
}

/** What a seeded feedback item may differ in (see `seedFeedbackItems`). */
export interface FeedbackSeed {
  authorId?: string;
  tags?: readonly string[];
  body?: string;
  /** Its status as if triaged earlier; set without a triage event (tests count those). */
  status?: FeedbackStatus;
  /** The level it was given at; the feature's current level by default. */
  level?: Level;
  /** When it was given; `now` by default. */
  at?: Date;
}

/**
 * `count` feedback items on `feature` in one transaction (thousands take milliseconds), numbered
 * like `/feedback` numbers them and stored through the feedback repository. `item` shapes each one
 * from the number it gets; by default Alice gives an `idea` at the feature's level.
 */
export function seedFeedbackItems(
  store: Store,
  now: Date,
  feature: Feature,
  count: number,
  item: (number: number) => FeedbackSeed = () => ({}),
): FeedbackItem[] {
  return store.transaction(() => {
    const current = store.features.findById(feature.id)!;
    // Past triage is seed state, not a triage: the repository only changes a status through
    // applyTriage, which also records a triage event.
    const setStatus = store.db.prepare<[FeedbackStatus, number]>(
      'UPDATE feedback SET status = ? WHERE id = ?',
    );
    const items: FeedbackItem[] = [];
    for (let i = 0; i < count; i++) {
      const number = store.settings.nextFeedbackNumber(current.guildId, now);
      const seed = item(number);
      const stored = store.feedback.insert(
        {
          guildId: current.guildId,
          number,
          featureId: current.id,
          level: seed.level ?? current.level,
          authorId: seed.authorId ?? IDS.alice,
          body: seed.body ?? 'It works, mostly.',
          tags: seed.tags ?? ['idea'],
          sourceInteractionId: `seed-${++seededInteraction}`,
        },
        seed.at ?? now,
      );
      if (seed.status && seed.status !== 'open') {
        setStatus.run(seed.status, stored.id);
        stored.status = seed.status;
      }
      items.push(stored);
    }
    return items;
  });
}

/** A distinct member snowflake per `n`, for feedback from many different members. */
export const seededMemberId = (n: number): string => `9${String(n).padStart(17, '0')}`;

/** A live access grant (no role change is queued: seed state, not a use case). */
export function seedGrant(
  store: Store,
  now: Date,
  feature: Feature,
  memberId: string,
  how: GrantHow = 'maintainer',
  grantedBy: string = how === 'maintainer' ? IDS.maintainer : memberId,
): AccessGrant {
  return store.access.grant(
    {
      featureId: feature.id,
      memberId,
      how,
      inviteId: null,
      termsVersion: how === 'maintainer' ? null : 0,
      termsAcceptedAt: how === 'maintainer' ? null : now,
      grantedBy,
    },
    now,
  );
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OPEN_POSTS_SQL } from '../../src/store/discussion-repository.js';
import { IDS, type LifecycleWorld, openLifecycleWorld, seedFeature, seedFeedback } from '../support/seed.js';

let world: LifecycleWorld;

beforeEach(() => {
  world = openLifecycleWorld();
});

afterEach(() => {
  world.close();
});

describe('a feature’s open forum posts', () => {
  it('are read from the feature’s posts alone, in id order, without sorting', () => {
    const plan = world.store.db.prepare(`EXPLAIN QUERY PLAN ${OPEN_POSTS_SQL}`).all(1, 0, 500) as {
      detail: string;
    }[];
    const details = plan.map((step) => step.detail).join(' | ');
    expect(details).toContain('feedback_copy_posts (feature_id=? AND feedback_id>?)');
    expect(details).not.toContain('TEMP B-TREE');
  });

  it('skip closed items, other features’ posts and copies that are not posts', () => {
    const now = world.clock.now();
    const forumFeature = seedFeature(world.store, now, {
      key: 'forum',
      feedbackChannelId: IDS.feedbackChannel,
    });
    const other = seedFeature(world.store, now, { key: 'other', roleId: '200000000000000099' });
    const posted = (
      feature: typeof forumFeature,
      status: 'open' | 'resolved' | 'planned',
      kind: 'message' | 'forum-post',
    ) => {
      const item = seedFeedback(world.store, now, feature, { status });
      world.store.votes.recordCopy(item.id, IDS.feedbackChannel, null, null, kind);
      return item;
    };
    const open = posted(forumFeature, 'open', 'forum-post');
    posted(forumFeature, 'resolved', 'forum-post');
    posted(forumFeature, 'open', 'message');
    posted(other, 'open', 'forum-post');
    const planned = posted(forumFeature, 'planned', 'forum-post');

    const posts = world.store.discussion.openPosts(forumFeature.id, 0, 10);
    expect(posts.map((post) => [post.id, post.status])).toEqual([
      [open.id, 'open'],
      [planned.id, 'planned'],
    ]);
    expect(world.store.discussion.openPosts(forumFeature.id, open.id, 10).map((post) => post.id)).toEqual([
      planned.id,
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  archivesDiscussion,
  FORUM_TAG_KEYS,
  type ForumTag,
  type ForumTagKey,
  MAX_THREAD_NAME_LENGTH,
  planForumTags,
  postTags,
  threadName,
} from '../../src/domain/discussion.js';

/** A lone surrogate is half a character: what a cut inside a surrogate pair leaves behind. */
const hasLoneSurrogate = (text: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

/** `#1 · ` is 5 UTF-16 code units: a body of 95 fills a name exactly. */
const PREFIX = '#1 · ';

describe('threadName', () => {
  it('names a short item `#N · <body>`', () => {
    expect(threadName(1, 'Short')).toBe('#1 · Short');
    expect(threadName(1234, 'Dark mode flickers')).toBe('#1234 · Dark mode flickers');
  });

  it('folds newlines, tabs and runs of spaces into single spaces, trimmed', () => {
    expect(threadName(2, '  Line one\n\n  line\ttwo \r\n three  ')).toBe('#2 · Line one line two three');
  });

  it('makes Discord markup readable: names show no mentions or custom emoji', () => {
    expect(
      threadName(
        3,
        '<@300000000000000011> and <@!300000000000000012> in <#400000000000000001> for <@&200000000000000001> <:blobcat:900000000000000001> <a:party:900000000000000002> since <t:1767225600:R>',
      ),
    ).toBe('#3 · @… and @… in #… for @… :blobcat: :party: since …');
    // Text that only looks alike stays as typed.
    expect(threadName(4, 'a <@me> and <#general> and <:x:1>')).toBe('#4 · a <@me> and <#general> and <:x:1>');
  });

  it('keeps a name of exactly 100 code units whole, and cuts one of 101 to 100 ending with …', () => {
    expect(PREFIX.length).toBe(5);
    const exact = threadName(1, 'a'.repeat(95));
    expect(exact).toBe(`${PREFIX}${'a'.repeat(95)}`);
    expect(exact.length).toBe(MAX_THREAD_NAME_LENGTH);

    const over = threadName(1, 'a'.repeat(96));
    expect(over).toBe(`${PREFIX}${'a'.repeat(94)}…`);
    expect(over.length).toBe(100);
  });

  it('counts the length after folding: a body that fits once folded is not cut', () => {
    const body = `${'a'.repeat(47)}\n\n\n\n${'b'.repeat(47)}`;
    expect(threadName(1, body)).toBe(`${PREFIX}${'a'.repeat(47)} ${'b'.repeat(47)}`);
  });

  it('never splits an emoji at the cut: the whole emoji goes', () => {
    // 5 + 93 = 98 units, then an emoji over units 98-99 that does not leave room for `…`.
    const name = threadName(1, `${'a'.repeat(93)}😀 and more`);
    expect(name).toBe(`${PREFIX}${'a'.repeat(93)}…`);
    expect(hasLoneSurrogate(name)).toBe(false);
    // An emoji that ends right before the room for `…` stays whole.
    const kept = threadName(1, `${'a'.repeat(92)}😀 and more`);
    expect(kept).toBe(`${PREFIX}${'a'.repeat(92)}😀…`);
    expect(kept.length).toBe(100);
  });

  it('never splits a ZWJ family emoji (11 code units) across the cut', () => {
    const family = '👨‍👩‍👧‍👦';
    expect(family.length).toBe(11);
    for (let pad = 85; pad <= 95; pad++) {
      const name = threadName(1, `${'a'.repeat(pad)}${family}${'z'.repeat(20)}`);
      expect(name.length).toBeLessThanOrEqual(100);
      expect(name.endsWith('…')).toBe(true);
      expect(hasLoneSurrogate(name)).toBe(false);
      // The family is there whole, or not at all (no lone man or woman left at the end).
      const withoutFamily = name.replace(family, '');
      expect(withoutFamily).toMatch(/^#1 · a+z*…$/u);
    }
    // 5 + 83 + 11 = 99: the family fits with `…` after it.
    expect(threadName(1, `${'a'.repeat(83)}${family}zz`)).toBe(`${PREFIX}${'a'.repeat(83)}${family}…`);
    // One more unit before it, and it goes whole.
    expect(threadName(1, `${'a'.repeat(84)}${family}zz`)).toBe(`${PREFIX}${'a'.repeat(84)}…`);
  });

  it('never separates a letter from its combining marks', () => {
    const accented = 'a\u0308\u0301'; // a with two combining marks: 3 units, one grapheme
    // 5 + 2 + 3k: the graphemes end at 7, 10, ..., 97, 100; room for text is 99 -> last whole one ends at 97.
    const name = threadName(1, `bb${accented.repeat(40)}`);
    expect(name).toBe(`${PREFIX}bb${accented.repeat(30)}…`);
    expect(name.length).toBe(98);
    expect(name.normalize('NFD')).toBe(name);
    expect(name.at(-2)).toBe('\u0301');
  });
});

describe('forum post tags', () => {
  it('tags a post with the feature’s level and the item’s status, in that order', () => {
    expect(postTags('early-access', 'open')).toEqual(['level:early-access', 'status:open']);
    expect(postTags('preview', 'planned')).toEqual(['level:preview', 'status:planned']);
    expect(postTags('ga', 'wont-fix')).toEqual(['level:ga', 'status:wont-fix']);
  });

  it('manages 9 tags: 3 levels then 6 statuses', () => {
    expect(FORUM_TAG_KEYS).toEqual([
      'level:early-access',
      'level:preview',
      'level:ga',
      'status:open',
      'status:acknowledged',
      'status:planned',
      'status:resolved',
      'status:wont-fix',
      'status:duplicate',
    ]);
  });

  it('archives the discussion of a closed status only', () => {
    expect(archivesDiscussion('open')).toBe(false);
    expect(archivesDiscussion('acknowledged')).toBe(false);
    expect(archivesDiscussion('planned')).toBe(false);
    expect(archivesDiscussion('resolved')).toBe(true);
    expect(archivesDiscussion('wont-fix')).toBe(true);
    expect(archivesDiscussion('duplicate')).toBe(true);
  });
});

const NAMES: Record<ForumTagKey, string> = {
  'level:early-access': 'Early Access',
  'level:preview': 'Preview',
  'level:ga': 'GA',
  'status:open': 'Open',
  'status:acknowledged': 'Acknowledged',
  'status:planned': 'Planned',
  'status:resolved': 'Resolved',
  'status:wont-fix': "Won't fix",
  'status:duplicate': 'Duplicate',
};
const WANTED = FORUM_TAG_KEYS.map((key) => ({ key, name: NAMES[key] }));
const none = new Map<ForumTagKey, string>();
const forumTags = (count: number): ForumTag[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `50000000000000${String(i).padStart(4, '0')}`,
    name: `Topic ${i}`,
  }));

describe('planForumTags', () => {
  it('creates all 9 tags in an empty forum, in FORUM_TAG_KEYS order', () => {
    expect(planForumTags([], WANTED, none)).toEqual({
      tags: WANTED.map(({ name }) => ({ name })),
      adopted: [],
      created: [...FORUM_TAG_KEYS],
      missing: [],
    });
  });

  it('keeps a forum’s own tags first, with their ids', () => {
    const own = forumTags(2);
    const plan = planForumTags(own, WANTED, none);
    expect(plan.tags.slice(0, 2)).toEqual(own);
    expect(plan.tags).toHaveLength(11);
    expect(plan.created).toEqual([...FORUM_TAG_KEYS]);
  });

  it('fills a forum of 15 tags up to 20: the 3 levels and 2 first statuses, 4 statuses missing', () => {
    const own = forumTags(15);
    const plan = planForumTags(own, WANTED, none);
    expect(plan.tags).toHaveLength(20);
    expect(plan.tags.slice(0, 15)).toEqual(own);
    expect(plan.tags.slice(15)).toEqual([
      { name: 'Early Access' },
      { name: 'Preview' },
      { name: 'GA' },
      { name: 'Open' },
      { name: 'Acknowledged' },
    ]);
    expect(plan.created).toEqual([
      'level:early-access',
      'level:preview',
      'level:ga',
      'status:open',
      'status:acknowledged',
    ]);
    expect(plan.missing).toEqual([
      'status:planned',
      'status:resolved',
      'status:wont-fix',
      'status:duplicate',
    ]);
    expect(plan.adopted).toEqual([]);
  });

  it('creates nothing in a full forum, but still adopts the tags it already has by name', () => {
    const own = [...forumTags(19), { id: '510000000000000001', name: 'GA' }];
    const plan = planForumTags(own, WANTED, none);
    expect(plan.tags).toEqual(own);
    expect(plan.created).toEqual([]);
    expect(plan.adopted).toEqual([{ key: 'level:ga', id: '510000000000000001' }]);
    expect(plan.missing).toEqual(FORUM_TAG_KEYS.filter((key) => key !== 'level:ga'));
  });

  it('adopts a tag of the same name in another case instead of creating a second one', () => {
    const own = [
      { id: '510000000000000001', name: 'preview' },
      { id: '510000000000000002', name: 'WON’T FIX' },
      { id: '510000000000000003', name: "WON'T FIX" },
    ];
    const plan = planForumTags(own, WANTED, none);
    expect(plan.adopted).toEqual([
      { key: 'level:preview', id: '510000000000000001' },
      { key: 'status:wont-fix', id: '510000000000000003' },
    ]);
    expect(plan.created).toEqual(
      FORUM_TAG_KEYS.filter((k) => k !== 'level:preview' && k !== 'status:wont-fix'),
    );
    expect(plan.tags.filter((tag) => tag.name.toLowerCase() === 'preview')).toEqual([own[0]]);
    expect(plan.tags).toHaveLength(3 + 7);
  });

  it('adopts a tag the bot created before by its id, even renamed by a moderator', () => {
    const own = [{ id: '510000000000000009', name: 'Beta' }];
    const known = new Map<ForumTagKey, string>([['level:preview', '510000000000000009']]);
    const plan = planForumTags(own, WANTED, known);
    expect(plan.adopted).toEqual([{ key: 'level:preview', id: '510000000000000009' }]);
    expect(plan.created).not.toContain('level:preview');
    expect(plan.tags[0]).toEqual({ id: '510000000000000009', name: 'Beta' });
    expect(plan.tags.some((tag) => tag.name === 'Preview')).toBe(false);
    expect(plan.tags).toHaveLength(9);
  });

  it('recreates by name a known tag whose id is gone from the forum', () => {
    const known = new Map<ForumTagKey, string>([['level:preview', '510000000000000009']]);
    const plan = planForumTags(forumTags(1), WANTED, known);
    expect(plan.created).toEqual([...FORUM_TAG_KEYS]);
    expect(plan.tags).toContainEqual({ name: 'Preview' });
    expect(plan.adopted).toEqual([]);

    // ... unless the forum has a tag of that name: then that one is adopted.
    const renamedBack = planForumTags([{ id: '510000000000000010', name: 'PREVIEW' }], WANTED, known);
    expect(renamedBack.adopted).toEqual([{ key: 'level:preview', id: '510000000000000010' }]);
  });

  // Two wanted tags of one name (a translation could do that) cannot be told apart: the second is
  // missing, never adopted with an id the plan has not got yet.
  it('never adopts an empty id when two wanted tags share a name', () => {
    const plan = planForumTags(
      [],
      [
        { key: 'status:resolved', name: 'Done' },
        { key: 'status:wont-fix', name: 'done' },
      ],
      none,
    );
    expect(plan.adopted).toEqual([]);
    expect(plan.created).toEqual(['status:resolved']);
    expect(plan.missing).toEqual(['status:wont-fix']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  completeTagList,
  DEFAULT_TAGS,
  decideRateLimit,
  FEEDBACK_STATUSES,
  isFeedbackStatus,
  MAX_FEEDBACK_LENGTH,
  MAX_TAGS,
  parseTagList,
  TAG_PATTERN,
  validateFeedbackBody,
  validateTagName,
} from '../../src/domain/feedback-rules.js';
import type { Result } from '../../src/domain/result.js';
import { renderText, type TextRef, text } from '../../src/text/index.js';

const vocabulary = DEFAULT_TAGS;

/** A rule's refusal as an English reader sees it; null when the rule holds. */
function english(result: Result<unknown, TextRef>): string | null {
  return result.ok ? null : renderText('en-US', result.error);
}

describe('tag vocabulary and statuses', () => {
  it('starts with the default vocabulary of the product contract', () => {
    expect(DEFAULT_TAGS).toEqual(['bug', 'idea', 'praise', 'question', 'docs', 'performance', 'blocker']);
    for (const tag of DEFAULT_TAGS) expect(TAG_PATTERN.test(tag)).toBe(true);
  });

  it('knows the six feedback statuses and nothing else', () => {
    expect(FEEDBACK_STATUSES).toEqual([
      'open',
      'acknowledged',
      'planned',
      'resolved',
      'wont-fix',
      'duplicate',
    ]);
    for (const status of FEEDBACK_STATUSES) expect(isFeedbackStatus(status)).toBe(true);
    for (const other of ['', 'closed', 'Open', 'wont_fix']) expect(isFeedbackStatus(other)).toBe(false);
  });

  it('caps feedback at 4000 characters and 3 tags', () => {
    expect(MAX_FEEDBACK_LENGTH).toBe(4000);
    expect(MAX_TAGS).toBe(3);
  });
});

describe('validateTagName', () => {
  it('trims and lowercases a tag', () => {
    expect(validateTagName('  UX ')).toEqual({ ok: true, value: 'ux' });
  });

  it('accepts tags of 1 and 24 characters and rejects 25', () => {
    expect(validateTagName('a').ok).toBe(true);
    expect(validateTagName('a'.repeat(24)).ok).toBe(true);
    expect(validateTagName('a'.repeat(25)).ok).toBe(false);
  });

  it.each(['', ' ', '-ux', 'user experience', 'ux_1', 'a,b', 'é'])(
    'rejects the tag %j, saying what a tag may contain',
    (tag) => {
      const result = validateTagName(tag);
      expect(result).toEqual({
        ok: false,
        error: text('rule.tagInvalid', { tag: tag.trim().toLowerCase() }),
      });
      expect(english(result)).toContain('lowercase letters');
    },
  );
});

describe('parseTagList', () => {
  it('parses one tag', () => {
    expect(parseTagList('bug', vocabulary)).toEqual({ ok: true, value: ['bug'] });
  });

  it('trims, lowercases and ignores empty pieces, keeping the order', () => {
    expect(parseTagList(' Bug , ,IDEA,  docs ,', vocabulary)).toEqual({
      ok: true,
      value: ['bug', 'idea', 'docs'],
    });
  });

  it('refuses an empty list and lists the vocabulary', () => {
    for (const input of ['', ' ', ',,', ' , ']) {
      const result = parseTagList(input, vocabulary);
      expect(result).toEqual({
        ok: false,
        error: text('rule.tagsMissing', { vocabulary: vocabulary.join(', ') }),
      });
      expect(english(result)).toContain('bug, idea, praise');
    }
  });

  it('refuses four tags', () => {
    const result = parseTagList('bug, idea, docs, praise', vocabulary);
    expect(result).toEqual({ ok: false, error: text('rule.tagsTooMany', { max: 3, count: 4 }) });
    expect(english(result)).toContain('at most 3');
  });

  it('refuses an unknown tag, naming it and listing the vocabulary', () => {
    const result = parseTagList('bug, ux', vocabulary);
    expect(result.ok).toBe(false);
    expect(english(result)).toContain('`ux`');
    expect(english(result)).toContain(vocabulary.join(', '));
  });

  it('refuses a repeated tag, naming it, even when written in another case', () => {
    const result = parseTagList('bug, BUG', vocabulary);
    expect(result).toEqual({ ok: false, error: text('rule.tagRepeated', { tag: 'bug' }) });
    expect(english(result)).toContain('`bug`');
  });

  it('checks against the guild vocabulary, not the defaults', () => {
    expect(parseTagList('ux', ['ux', 'api'])).toEqual({ ok: true, value: ['ux'] });
    const result = parseTagList('bug', ['ux', 'api']);
    expect(result).toEqual({
      ok: false,
      error: text('rule.tagUnknown', { tag: 'bug', vocabulary: 'ux, api' }),
    });
    expect(english(result)).toContain('ux, api');
  });
});

describe('validateFeedbackBody', () => {
  it('trims the body', () => {
    expect(validateFeedbackBody('  Crashes on launch \n')).toEqual({ ok: true, value: 'Crashes on launch' });
  });

  it('accepts 1 and 4000 characters', () => {
    expect(validateFeedbackBody('x').ok).toBe(true);
    expect(validateFeedbackBody('x'.repeat(4000)).ok).toBe(true);
    expect(validateFeedbackBody(` ${'x'.repeat(4000)} `).ok).toBe(true);
  });

  it('refuses a blank body', () => {
    expect(validateFeedbackBody('   \n ').ok).toBe(false);
  });

  it('refuses a body holding NUL anywhere, which SQLite would measure short', () => {
    for (const body of ['\u0000Crash', 'Cra\u0000sh', 'Crash\u0000', '\u0000'])
      expect(validateFeedbackBody(body)).toEqual({ ok: false, error: text('rule.textNulCharacter') });
  });

  it('refuses 4001 characters, stating the limit and the actual length', () => {
    const result = validateFeedbackBody('x'.repeat(4001));
    expect(result).toEqual({ ok: false, error: text('rule.feedbackTooLong', { max: 4000, length: 4001 }) });
    // Numbers read with the reader's digit grouping.
    expect(english(result)).toContain('4,000');
    expect(english(result)).toContain('4,001');
  });

  it('counts UTF-16 code units, so an astral emoji counts as two', () => {
    expect(validateFeedbackBody('😀'.repeat(2000)).ok).toBe(true);
    expect(validateFeedbackBody(`${'😀'.repeat(2000)}x`).ok).toBe(false);
  });
});

describe('completeTagList', () => {
  it('offers the whole vocabulary when nothing is typed', () => {
    expect(completeTagList('', vocabulary)).toEqual([...vocabulary]);
  });

  it('prefix-matches the only piece', () => {
    expect(completeTagList('p', vocabulary)).toEqual(['praise', 'performance']);
    expect(completeTagList('  PR', vocabulary)).toEqual(['praise']);
  });

  it('completes the last tag and keeps the complete ones', () => {
    expect(completeTagList('bug, i', vocabulary)).toEqual(['bug, idea']);
    expect(completeTagList('bug,idea,d', vocabulary)).toEqual(['bug, idea, docs']);
  });

  it('does not offer a tag already chosen', () => {
    expect(completeTagList('bug, ', vocabulary)).toEqual(
      vocabulary.filter((t) => t !== 'bug').map((t) => `bug, ${t}`),
    );
    expect(completeTagList('bug, b', vocabulary)).toEqual(['bug, blocker']);
  });

  it('offers a tag that is already typed out in full', () => {
    expect(completeTagList('bug, idea', vocabulary)).toEqual(['bug, idea']);
  });

  it('returns nothing when the last piece matches no tag', () => {
    expect(completeTagList('bug, zz', vocabulary)).toEqual([]);
  });

  it('offers only the three chosen tags once three are complete', () => {
    expect(completeTagList('bug, idea, docs, p', vocabulary)).toEqual(['bug, idea, docs']);
    expect(completeTagList('bug, idea, docs, praise, ', vocabulary)).toEqual(['bug, idea, docs']);
  });

  it('drops repeated complete tags', () => {
    expect(completeTagList('bug, bug, i', vocabulary)).toEqual(['bug, idea']);
  });

  it('returns at most 25 choices', () => {
    const big = Array.from({ length: 40 }, (_, i) => `t${i}`);
    expect(completeTagList('t', big)).toHaveLength(25);
  });

  it('never returns a choice longer than 100 characters', () => {
    const long = 'x'.repeat(60);
    expect(completeTagList(`${long}, `, ['short', 'y'.repeat(24), 'z'.repeat(40)])).toEqual([
      `${long}, short`,
      `${long}, ${'y'.repeat(24)}`,
    ]);
    expect(completeTagList(`${'a'.repeat(40)}, ${'b'.repeat(40)}, ${'c'.repeat(40)}, `, vocabulary)).toEqual(
      [],
    );
  });
});

describe('decideRateLimit', () => {
  const now = new Date('2025-06-01T12:00:00.000Z');

  it('allows feedback below the limit', () => {
    expect(decideRateLimit(0, null, now, 3)).toEqual({ allowed: true });
    expect(decideRateLimit(2, new Date(now.getTime() - 10_000), now, 3)).toEqual({ allowed: true });
  });

  it('refuses at the limit until the oldest feedback leaves the 60 second window', () => {
    const oldest = new Date(now.getTime() - 20_000);
    expect(decideRateLimit(3, oldest, now, 3)).toEqual({
      allowed: false,
      retryAt: new Date(now.getTime() + 40_000),
    });
  });

  it('refuses above the limit too', () => {
    expect(decideRateLimit(5, now, now, 3)).toEqual({
      allowed: false,
      retryAt: new Date(now.getTime() + 60_000),
    });
  });

  it('waits a full window when the oldest time is unknown', () => {
    expect(decideRateLimit(3, null, now, 3)).toEqual({
      allowed: false,
      retryAt: new Date(now.getTime() + 60_000),
    });
  });

  it('never asks to retry in the past', () => {
    const stale = new Date(now.getTime() - 120_000);
    const decision = decideRateLimit(3, stale, now, 3);
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.retryAt.getTime()).toBeGreaterThan(now.getTime());
  });

  it('treats a limit of zero as no limit', () => {
    expect(decideRateLimit(100, now, now, 0)).toEqual({ allowed: true });
  });
});

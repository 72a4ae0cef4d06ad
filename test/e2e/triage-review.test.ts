import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeMember, ReplyView } from '../support/fake-discord/index.js';
import { type Harness, startHarness } from '../support/harness.js';
import { seededMemberId, seedFeedbackItems, seedGrant } from '../support/seed.js';

/** The export columns as product.md states them, spelled out here so the test does not trust the code's list. */
const CONTRACT_COLUMNS = ['id', 'feature', 'level', 'tags', 'status', 'author_id', 'body', 'created_at'];
/** The columns §7 appends after `created_at`; the first eight stay as they were. */
const APPENDED_COLUMNS = ['votes', 'duplicate_of'];

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
  await h.createFeature('dark-mode');
  h.db.prepare('UPDATE guild_settings SET feedback_per_minute = 1000').run();
});

afterEach(async () => {
  await h.close();
});

/** Stored feedback #1..#count as if given earlier; levels, statuses and tags cycle. */
function seedFeedback(count: number): void {
  seedFeedbackItems(h.store, h.clock.now(), h.feature(), count, (n) => ({
    level: n % 2 === 0 ? 'preview' : 'early-access',
    authorId: h.members.alice.id,
    body: `Seeded feedback ${n}`,
    status: n % 3 === 0 ? 'planned' : 'open',
    tags: [n % 5 === 0 ? 'blocker' : 'idea'],
    at: new Date(Date.parse('2026-01-01T00:00:00.000Z') + n * 60_000),
  }));
}

const numbersOn = (view: ReplyView) =>
  (view.embeds[0]?.fields ?? []).map((f) => Number(/^#(\d+)/.exec(f.name)?.[1]));

function buttons(view: ReplyView): { label: string; customId: string; disabled: boolean }[] {
  const rows = view.components as unknown as {
    components: { label: string; custom_id: string; disabled?: boolean }[];
  }[];
  return rows.flatMap((row) =>
    row.components.map((b) => ({ label: b.label, customId: b.custom_id, disabled: b.disabled === true })),
  );
}

async function press(member: FakeMember, view: ReplyView, label: 'Previous' | 'Next'): Promise<ReplyView> {
  const button = buttons(view).find((b) => b.label === label)!;
  expect(button.disabled).toBe(false);
  const reply = await h.fake
    .clickButton({
      guildId: h.guild.id,
      userId: member.id,
      customId: button.customId,
      ...(view.messageId ? { messageId: view.messageId } : {}),
    })
    .response();
  expect(reply.type).toBe(7);
  return reply;
}

describe('/triage list', () => {
  it('pages through three pages with Next and Previous using the keyset cursor', async () => {
    seedFeedback(25);
    const first = await h.sub(h.members.maintainer, 'triage', 'list', { feature: 'dark-mode' }).response();
    expect(first.ephemeral).toBe(true);
    expect(first.data?.allowed_mentions).toEqual({ parse: [] });
    expect(numbersOn(first)).toEqual([25, 24, 23, 22, 21, 20, 19, 18, 17, 16]);
    expect(first.embeds[0]?.footer?.text).toContain('25 matching items');
    expect(buttons(first).map((b) => [b.label, b.disabled])).toEqual([
      ['Previous', true],
      ['Next', false],
    ]);
    for (const b of buttons(first)) expect(b.customId.length).toBeLessThanOrEqual(100);

    const second = await press(h.members.maintainer, first, 'Next');
    expect(numbersOn(second)).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7, 6]);
    const third = await press(h.members.maintainer, second, 'Next');
    expect(numbersOn(third)).toEqual([5, 4, 3, 2, 1]);
    expect(buttons(third).map((b) => [b.label, b.disabled])).toEqual([
      ['Previous', false],
      ['Next', true],
    ]);
    const back = await press(h.members.maintainer, third, 'Previous');
    expect(numbersOn(back)).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7, 6]);
    const start = await press(h.members.maintainer, back, 'Previous');
    expect(numbersOn(start)).toEqual([25, 24, 23, 22, 21, 20, 19, 18, 17, 16]);
    expect(buttons(start)[0]!.disabled).toBe(true);
  });

  it('sorts by votes with each item’s count, and pages both ways with its own cursor, with a tag too', async () => {
    const tag = 'a-long-tag-of-24-letters';
    const items = seedFeedbackItems(h.store, h.clock.now(), h.feature(), 25, (n) => ({
      authorId: h.members.alice.id,
      body: `Seeded feedback ${n}`,
      tags: n % 2 === 0 ? [tag] : ['idea'],
    }));
    h.store.transaction(() => {
      for (const item of items)
        for (let v = 0; v < item.number % 4; v++)
          h.store.votes.cast(item.id, seededMemberId(v), null, h.clock.now());
    });
    const ranked = (only: string | null) =>
      items
        .filter((item) => only === null || item.tags.includes(only))
        .sort((a, b) => (b.number % 4) - (a.number % 4) || b.number - a.number)
        .map((item) => item.number);

    const first = await h
      .sub(h.members.maintainer, 'triage', 'list', { feature: 'dark-mode', sort: 'votes' })
      .response();
    expect(numbersOn(first)).toEqual(ranked(null).slice(0, 10));
    expect(first.embeds[0]?.footer?.text).toBe('25 matching items · most votes first');
    expect(first.embeds[0]?.fields?.[0]?.value).toMatch(/ · 3 votes$/);
    expect(first.embeds[0]?.fields?.at(-1)?.value).toMatch(/ · 2 votes$/);
    const second = await press(h.members.maintainer, first, 'Next');
    expect(numbersOn(second)).toEqual(ranked(null).slice(10, 20));
    const third = await press(h.members.maintainer, second, 'Next');
    expect(numbersOn(third)).toEqual(ranked(null).slice(20));
    expect(third.embeds[0]?.fields?.[0]?.value).toMatch(/ · 0 votes$/);
    expect(buttons(third).map((b) => [b.label, b.disabled])).toEqual([
      ['Previous', false],
      ['Next', true],
    ]);
    const back = await press(h.members.maintainer, third, 'Previous');
    expect(numbersOn(back)).toEqual(ranked(null).slice(10, 20));
    const start = await press(h.members.maintainer, back, 'Previous');
    expect(numbersOn(start)).toEqual(ranked(null).slice(0, 10));
    expect(buttons(start)[0]!.disabled).toBe(true);

    const tagged = await h
      .sub(h.members.maintainer, 'triage', 'list', { feature: 'dark-mode', sort: 'votes', tag })
      .response();
    for (const b of buttons(tagged)) expect(b.customId.length).toBeLessThanOrEqual(100);
    const taggedNext = await press(h.members.maintainer, tagged, 'Next');
    expect([...numbersOn(tagged), ...numbersOn(taggedNext)]).toEqual(ranked(tag));
    expect(numbersOn(await press(h.members.maintainer, taggedNext, 'Previous'))).toEqual(
      ranked(tag).slice(0, 10),
    );

    // The default order is still newest first.
    const newest = await h.sub(h.members.maintainer, 'triage', 'list', { feature: 'dark-mode' }).response();
    expect(numbersOn(newest)).toEqual([25, 24, 23, 22, 21, 20, 19, 18, 17, 16]);
    expect(newest.embeds[0]?.footer?.text).toBe('25 matching items · newest first');
  });

  it('keeps the level, tag and status filters across pages', async () => {
    seedFeedback(60);
    const matches = Array.from({ length: 60 }, (_, i) => 60 - i).filter(
      (n) => n % 2 === 1 && n % 5 !== 0 && n % 3 !== 0,
    );
    const first = await h
      .sub(h.members.maintainer, 'triage', 'list', {
        feature: 'dark-mode',
        level: 'early-access',
        tag: 'idea',
        status: 'open',
      })
      .response();
    expect(first.embeds[0]?.title).toBe('Feedback: Dark Mode (Early Access, tag idea, status open)');
    expect(first.embeds[0]?.footer?.text).toContain(`${matches.length} matching items`);
    const second = await press(h.members.maintainer, first, 'Next');
    expect([...numbersOn(first), ...numbersOn(second)]).toEqual(matches.slice(0, 20));
    for (const field of second.embeds[0]?.fields ?? [])
      expect(field.name).toContain('Early Access · open · idea');
  });

  it('shows an empty page without buttons and ignores clicks by another member', async () => {
    seedFeedback(12);
    const empty = await h
      .sub(h.members.maintainer, 'triage', 'list', { feature: 'dark-mode', status: 'wont-fix' })
      .response();
    expect(empty.embeds[0]?.description).toBe('No feedback matches these filters.');
    expect(empty.components).toEqual([]);

    const page = await h.sub(h.members.maintainer, 'triage', 'list', { feature: 'dark-mode' }).response();
    const next = buttons(page).find((b) => b.label === 'Next')!;
    const stranger = await h.fake
      .clickButton({ guildId: h.guild.id, userId: h.members.owner.id, customId: next.customId })
      .reply();
    expect(stranger.ephemeral).toBe(true);
    expect(stranger.content).toContain('belong to another member');
  });

  it('is refused to members who are not maintainers', async () => {
    seedFeedback(3);
    const reply = await h.sub(h.members.alice, 'triage', 'list', { feature: 'dark-mode' }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('for maintainers');
  });
});

describe('/triage set', () => {
  it('changes the status, adds a note and replaces the tags in one recorded change', async () => {
    seedFeedback(3);
    h.clock.advance(5_000);
    const reply = await h
      .sub(h.members.maintainer, 'triage', 'set', {
        id: 2,
        status: 'resolved',
        note: 'Fixed in 1.4',
        tags: 'bug, docs',
      })
      .reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('Updated **#2**');
    expect(reply.content).toContain('`open` → `resolved`');
    expect(reply.content).toContain('`idea` → `bug`, `docs`');

    const [item] = h.rows<{ id: number; status: string }>('SELECT id, status FROM feedback WHERE number = 2');
    expect(item!.status).toBe('resolved');
    expect(
      h.db.prepare('SELECT tag FROM feedback_tag WHERE feedback_id = ? ORDER BY tag').pluck().all(item!.id),
    ).toEqual(['bug', 'docs']);
    expect(
      h.rows(
        'SELECT feedback_id, actor_id, at, old_status, new_status, old_tags, new_tags, note FROM triage_event',
      ),
    ).toEqual([
      {
        feedback_id: item!.id,
        actor_id: h.members.maintainer.id,
        at: h.clock.now().toISOString(),
        old_status: 'open',
        new_status: 'resolved',
        old_tags: 'idea',
        new_tags: 'bug,docs',
        note: 'Fixed in 1.4',
      },
    ]);

    const noteOnly = await h
      .sub(h.members.maintainer, 'triage', 'set', { id: 2, status: 'resolved', note: 'Shipped' })
      .reply();
    expect(noteOnly.content).toContain('note recorded');
    expect(h.count('triage_event')).toBe(2);
  });

  it('refuses an unknown #N, unknown tags or no change, and changes nothing', async () => {
    seedFeedback(3);
    const unknown = await h
      .sub(h.members.maintainer, 'triage', 'set', { id: 99, status: 'resolved' })
      .reply();
    expect(unknown.content).toContain('no feedback **#99**');
    const badTag = await h
      .sub(h.members.maintainer, 'triage', 'set', { id: 1, status: 'resolved', tags: 'bug, nope' })
      .reply();
    expect(badTag.content).toContain('Unknown tag `nope`');
    const same = await h.sub(h.members.maintainer, 'triage', 'set', { id: 1, status: 'open' }).reply();
    expect(same.content).toContain('already has status `open`');
    const blankNote = await h
      .sub(h.members.maintainer, 'triage', 'set', { id: 1, status: 'planned', note: '   ' })
      .reply();
    expect(blankNote.content).toContain('note cannot be empty');
    expect(h.count('triage_event')).toBe(0);
    expect(
      h.rows('SELECT status FROM feedback ORDER BY number').map((r) => (r as { status: string }).status),
    ).toEqual(['open', 'open', 'planned']);
  });

  it('completes tags in the tags option and the tag filter from the vocabulary', async () => {
    const auto = (sub: string, focused: string, options: Record<string, string | number>) =>
      h.fake
        .sendAutocomplete({
          guildId: h.guild.id,
          userId: h.members.maintainer.id,
          name: 'triage',
          subcommand: sub,
          options,
          focused,
        })
        .reply();
    expect((await auto('set', 'tags', { id: 1, status: 'open', tags: 'bug, d' })).choices).toEqual([
      { name: 'bug, docs', value: 'bug, docs' },
    ]);
    expect(
      (await auto('list', 'tag', { feature: 'dark-mode', tag: 'b' })).choices.map((c) => c.value),
    ).toEqual(['blocker', 'bug']);
    expect((await auto('export', 'feature', { feature: 'dark' })).choices.map((c) => c.value)).toEqual([
      'dark-mode',
    ]);
  });
});

interface StoredRow {
  id: number;
  feature: string;
  level: string;
  tags: string[];
  status: string;
  author_id: string;
  body: string;
  created_at: string;
  votes: number;
  duplicate_of: number | null;
}

function storedRows(level: string | null = null): StoredRow[] {
  return h
    .rows<{
      number: number;
      level: string;
      status: string;
      author_id: string;
      body: string;
      created_at: string;
      id: number;
      votes: number;
      original: number | null;
    }>(
      `SELECT f.id, f.number, f.level, f.status, f.author_id, f.body, f.created_at,
         (SELECT count(*) FROM feedback_vote v WHERE v.feedback_id = f.id) AS votes,
         (SELECT o.number FROM feedback o WHERE o.id = f.duplicate_of) AS original
       FROM feedback f WHERE ? IS NULL OR f.level = ? ORDER BY f.number`,
      level,
      level,
    )
    .map((r) => ({
      id: r.number,
      feature: 'dark-mode',
      level: r.level,
      tags: h.db
        .prepare('SELECT tag FROM feedback_tag WHERE feedback_id = ? ORDER BY tag')
        .pluck()
        .all(r.id) as string[],
      status: r.status,
      author_id: r.author_id,
      body: r.body,
      created_at: r.created_at,
      votes: r.votes,
      duplicate_of: r.original,
    }));
}

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes, no bare CR/LF outside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
      continue;
    }
    if (c === '"') {
      if (field !== '' || wasQuoted) throw new Error(`stray quote at ${i}`);
      quoted = true;
      wasQuoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      wasQuoted = false;
      i++;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      if (wasQuoted) throw new Error(`text after a closing quote at ${i}`);
      field += c;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) throw new Error('last record not terminated by CRLF');
  return rows;
}

async function giveTrickyFeedback(): Promise<void> {
  for (const member of [h.members.alice, h.members.bob])
    seedGrant(h.store, h.clock.now(), h.feature(), member.id, 'maintainer', h.members.maintainer.id);
  const tricky = [
    'Plain text',
    'Commas, "double quotes" and a trailing quote"',
    'Ünïcødé: naïve café, 日本語, emoji 🎉👍🏽, RTL עברית',
    '=SUM(A1:A2) looks like a formula; semicolons; too',
  ];
  for (const [i, message] of tricky.entries()) {
    const reply = await h
      .command(i % 2 === 0 ? h.members.alice : h.members.bob, 'feedback', {
        feature: 'dark-mode',
        tags: i === 1 ? 'bug, docs, blocker' : 'idea',
        message,
      })
      .reply();
    expect(reply.content).toContain(`**#${i + 1}**`);
    h.clock.advance(1_000);
  }
  // Line breaks only come through the form.
  const form = await h
    .command(h.members.alice, 'feedback', { feature: 'dark-mode', tags: 'question' })
    .reply();
  const submitted = await h.fake
    .submitModal({
      guildId: h.guild.id,
      userId: h.members.alice.id,
      customId: form.customId!,
      fields: { body: 'First line\nSecond line\r\nThird line\n\nEnd' },
    })
    .reply();
  expect(submitted.content).toContain('**#5**');
  h.db.prepare("UPDATE feature SET level = 'preview' WHERE key = 'dark-mode'").run();
  await h
    .command(h.members.bob, 'feedback', { feature: 'dark-mode', tags: 'praise', message: 'Preview, at last' })
    .reply();
  await h.sub(h.members.maintainer, 'triage', 'set', { id: 2, status: 'wont-fix' }).reply();
  // Votes, and a duplicate pointing at its original (#3 duplicates #1).
  await h.command(h.members.bob, 'vote', { id: 1 }).reply();
  await h.command(h.members.alice, 'vote', { id: 4 }).reply();
  const closed = await h
    .sub(h.members.maintainer, 'triage', 'set', { id: 3, status: 'duplicate', duplicate_of: 1 })
    .reply();
  expect(closed.content).toContain('duplicate of **#1**');
}

async function exportFile(options: Record<string, string>) {
  const handle = h.sub(h.members.maintainer, 'triage', 'export', { feature: 'dark-mode', ...options });
  const deferred = await handle.reply();
  expect(deferred.type).toBe(5);
  expect(deferred.ephemeral).toBe(true);
  const response = await handle.response();
  expect(response.data?.allowed_mentions).toEqual({ parse: [] });
  return response;
}

describe('/triage export', () => {
  it('exports CSV with the contract columns, RFC 4180 quoting and tags joined by semicolons', async () => {
    await giveTrickyFeedback();
    const response = await exportFile({ format: 'csv' });
    expect(response.content).toContain('Exported 6 feedback items');
    expect(response.files).toHaveLength(1);
    const file = response.files[0]!;
    expect(file.name).toBe('feedback-dark-mode.csv');
    const records = parseCsv(file.data.toString('utf8'));
    expect(records[0]!.slice(0, 8)).toEqual(CONTRACT_COLUMNS);
    expect(records[0]).toEqual([...CONTRACT_COLUMNS, ...APPENDED_COLUMNS]);
    const expected = storedRows();
    expect(expected).toHaveLength(6);
    expect(records.slice(1)).toEqual(
      expected.map((r) => [
        String(r.id),
        r.feature,
        r.level,
        r.tags.join(';'),
        r.status,
        r.author_id,
        r.body,
        r.created_at,
        String(r.votes),
        r.duplicate_of === null ? '' : String(r.duplicate_of),
      ]),
    );
    expect(records.slice(1).map((r) => [r[0], r[8], r[9]])).toEqual([
      ['1', '1', ''],
      ['2', '0', ''],
      ['3', '0', '1'],
      ['4', '1', ''],
      ['5', '0', ''],
      ['6', '0', ''],
    ]);
    expect(records[2]![3]).toBe('blocker;bug;docs');
    expect(records[2]![4]).toBe('wont-fix');
    expect(records[5]![6]).toBe('First line\nSecond line\r\nThird line\n\nEnd');
    for (const record of records.slice(1)) expect(new Date(record[7]!).toISOString()).toBe(record[7]);
  });

  it('exports JSON as an array of objects in the contract shape, optionally one level only', async () => {
    await giveTrickyFeedback();
    const all = await exportFile({ format: 'json' });
    expect(all.files[0]!.name).toBe('feedback-dark-mode.json');
    const parsed = JSON.parse(all.files[0]!.data.toString('utf8')) as StoredRow[];
    expect(parsed).toEqual(storedRows());
    expect(Object.keys(parsed[0]!)).toEqual([...CONTRACT_COLUMNS, ...APPENDED_COLUMNS]);
    expect(parsed.map((r) => [r.id, r.votes, r.duplicate_of])).toEqual([
      [1, 1, null],
      [2, 0, null],
      [3, 0, 1],
      [4, 1, null],
      [5, 0, null],
      [6, 0, null],
    ]);
    expect(parsed[2]!.body).toBe('Ünïcødé: naïve café, 日本語, emoji 🎉👍🏽, RTL עברית');

    const preview = await exportFile({ format: 'json', level: 'preview' });
    expect(JSON.parse(preview.files[0]!.data.toString('utf8'))).toEqual(storedRows('preview'));
    const none = await exportFile({ format: 'json', level: 'ga' });
    expect(none.content).toContain('Exported 0 feedback items');
    expect(JSON.parse(none.files[0]!.data.toString('utf8'))).toEqual([]);
  });

  it('says the file is too large for Discord and suggests a level filter instead of failing', async () => {
    const body = 'x'.repeat(4000);
    seedFeedbackItems(h.store, h.clock.now(), h.feature(), 2200, () => ({
      authorId: h.members.alice.id,
      body,
      tags: ['bug'],
      at: new Date('2026-01-01T00:00:00.000Z'),
    }));
    const response = await exportFile({ format: 'csv' });
    expect(response.files).toEqual([]);
    expect(response.content).toContain('larger than 8 MiB');
    expect(response.content).toContain('`level` option');
    const byLevel = await exportFile({ format: 'json', level: 'early-access' });
    expect(byLevel.files).toEqual([]);
    expect(byLevel.content).toContain('Even one level is too large');
  });

  // The harness checks every request against the OpenAPI description when it closes after each test.
  it('sent only requests that match Discord’s OpenAPI description', async () => {
    await giveTrickyFeedback();
    await exportFile({ format: 'csv' });
    await exportFile({ format: 'json' });
  });
});

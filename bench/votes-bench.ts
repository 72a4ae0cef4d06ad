/**
 * Ranking by votes at scale: one feature with 1,000,000 items and 5,000,000 votes. Measures the
 * `/features` top five and `/triage list sort:votes` pages (p50/p95/max over repeated runs) on a
 * file database in WAL mode, as the bot runs it. Standalone, not part of `npm run bench`:
 *
 *   npm run build && npx tsc -p tsconfig.bench.json && node bench/.tmp/dist/bench/votes-bench.js [db]
 *
 * Prints one line per query; never fails on speed.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/store/database.js';
import type { FeedbackFilter } from '../src/store/feedback-repository.js';
import { Store } from '../src/store/store.js';

const ITEMS = 1_000_000;
const VOTES = 5_000_000;
const GUILD = '100000000000000001';
const path = process.argv[2] ?? join(process.cwd(), 'bench/.tmp/votes-bench.sqlite');

function build(): Store {
  mkdirSync(dirname(path), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  const store = new Store(openDatabase(path));
  const now = new Date('2026-01-01T00:00:00.000Z');
  store.settings.ensure(GUILD, now);
  const feature = store.features.create(
    {
      guildId: GUILD,
      key: 'big',
      name: 'Big',
      description: 'd',
      roleId: '1',
      feedbackChannelId: null,
      seatCap: null,
      createdBy: '2',
    },
    now,
  );
  const db = store.db;
  db.pragma('journal_mode = OFF');
  db.pragma('cache_size = -262144');
  const started = performance.now();
  db.transaction(() => {
    // Bulk load: the vote triggers would update a feedback row per vote; counts are set once at the end.
    db.exec('DROP TRIGGER feedback_vote_added');
    db.prepare(
      `INSERT INTO feedback (id, guild_id, number, feature_id, level, author_id, body, status, source_interaction_id, created_at)
       WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       SELECT i, ?, i, ?,
         CASE WHEN i % 10 < 5 THEN 'early-access' WHEN i % 10 < 8 THEN 'preview' ELSE 'ga' END,
         'member-' || (i % 1000), 'Feedback body number ' || i,
         CASE WHEN i % 7 = 0 THEN 'resolved' WHEN i % 11 = 0 THEN 'planned' ELSE 'open' END,
         'interaction-' || i, '2026-01-01T00:00:00.000Z'
       FROM n`,
    ).run(ITEMS, GUILD, feature.id);
    db.exec(`INSERT INTO feedback_tag (feedback_id, tag)
      SELECT id, CASE id % 3 WHEN 0 THEN 'bug' WHEN 1 THEN 'idea' ELSE 'docs' END FROM feedback`);
    db.exec(
      "INSERT INTO feedback_tag (feedback_id, tag) SELECT id, 'blocker' FROM feedback WHERE id % 1000 = 0",
    );
    // A skewed distribution: vote i picks among the first (i mod 1000 + 1) thousand items, so the
    // oldest items collect many votes and the newest few; tags and statuses are independent of it.
    db.prepare(
      `INSERT OR IGNORE INTO feedback_vote (feedback_id, member_id, feature_id, created_at, source_interaction_id)
       WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       SELECT 1 + abs(random()) % ((i % 1000 + 1) * (? / 1000)), 'voter-' || (i % 250000), ?,
         '2026-01-02T00:00:00.000Z', 'vote-' || i
       FROM n`,
    ).run(VOTES, ITEMS, feature.id);
    db.exec(
      'UPDATE feedback SET votes = (SELECT count(*) FROM feedback_vote v WHERE v.feedback_id = feedback.id)',
    );
    db.exec(`CREATE TRIGGER feedback_vote_added AFTER INSERT ON feedback_vote BEGIN
      UPDATE feedback SET votes = votes + 1 WHERE id = NEW.feedback_id; END`);
  })();
  db.pragma('journal_mode = WAL');
  db.exec('ANALYZE');
  const votes = db.prepare('SELECT count(*) FROM feedback_vote').pluck().get() as number;
  process.stdout.write(
    `built ${ITEMS} items, ${votes} votes in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
  );
  return store;
}

function measure(name: string, runs: number, fn: () => unknown): void {
  for (let i = 0; i < 20; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(3);
  process.stdout.write(`${name}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms\n`);
}

const store = build();
const all: FeedbackFilter = { featureId: 1, level: null, status: null, tag: null };
measure('top five open by votes', 2000, () => store.votes.topOpen(1, 5));
measure('sort:votes first page', 2000, () => store.votes.pageByVotes(all, null, 10));
const deep = store.votes.pageByVotes(all, null, 5000).items.at(-1)!;
measure('sort:votes page after 5,000 items', 2000, () =>
  store.votes.pageByVotes(
    all,
    { direction: 'down', votes: deep.votes, number: deep.number, id: deep.id },
    10,
  ),
);
measure('sort:votes, level preview', 2000, () =>
  store.votes.pageByVotes({ ...all, level: 'preview' }, null, 10),
);
measure('sort:votes, status planned', 2000, () =>
  store.votes.pageByVotes({ ...all, status: 'planned' }, null, 10),
);
measure('sort:votes, tag bug', 2000, () => store.votes.pageByVotes({ ...all, tag: 'bug' }, null, 10));
measure('sort:votes, tag blocker (rare)', 2000, () =>
  store.votes.pageByVotes({ ...all, tag: 'blocker' }, null, 10),
);
measure('cast and withdraw one vote', 2000, () =>
  store.transaction(() => {
    store.votes.cast(123_456, 'bench-member', null, new Date());
    store.votes.withdraw(123_456, 'bench-member', null, new Date());
  }),
);
store.close();

/**
 * Store at scale, measured in-process with the real repositories on a file database holding
 * 1,000,000 feedback rows over 200 features. Run as a child process by `run.ts` (so its memory
 * figures are its own); prints one `RESULT <json>` line. Argument: the database path.
 */
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { TRIAGE_PAGE_SIZE } from '../commands/triage.js';
import { ComponentSigner } from '../src/discord/component-id.js';
import { createEffectRenderer } from '../src/discord/render/effects.js';
import { MAX_BLOCKERS_SHOWN } from '../src/discord/render/feedback.js';
import type { EffectRenderer } from '../src/lifecycle/effects.js';
import { readinessOf } from '../src/lifecycle/readiness.js';
import { queueReadinessNotice } from '../src/lifecycle/readiness-watch.js';
import { startCheckpointer } from '../src/store/checkpointer.js';
import { writeFeedbackExport } from '../src/store/feedback-export.js';
import { openStore, type Store } from '../src/store/store.js';
import { procMemory } from './lib/child.js';
import { buildFeedbackDatabase, FEATURES, FEEDBACK_ROWS, GUILD, TAGS } from './lib/feedback-db.js';
import { type Distribution, distribution, Samples } from './lib/stats.js';

const WRITES = 20_000;
const READS = 2_000;

export interface StoreFigures {
  rows: number;
  features: number;
  buildMs: number;
  fileMiB: number;
  write: {
    path: string;
    real: Distribution;
    /** The same writes with SQLite's default inline checkpoints (no worker). */
    inlineCheckpoints: Distribution;
    baseline: Distribution;
    checkpoints: string;
  };
  detail: { path: string; real: Distribution; evidence: Distribution; baseline: Distribution };
  page: { path: string; real: Distribution; filtered: Distribution; baseline: Distribution };
  export: {
    path: string;
    rows: number;
    rowsPerSecond: number;
    baselineRowsPerSecond: number;
    rssBeforeKiB: number;
    peakKiB: number;
    bytes: number;
  };
}

const path = process.argv[2] ?? '';
if (path === '') throw new Error('usage: store-bench <database path>');

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Times `fn` `n` times (microseconds), stopping early after `maxMs` so a slow machine stays bounded. */
function measure(n: number, fn: (i: number) => void, maxMs = 20_000): Distribution {
  const samples = new Samples(n);
  const deadline = performance.now() + maxMs;
  for (let i = 0; i < n && performance.now() < deadline; i += 1) samples.push(time(() => fn(i)) * 1000);
  return distribution(samples.values());
}

/** Bare statements on their own connection: what the repositories cost on top of SQLite itself. */
class Baseline {
  readonly db: Database.Database;
  constructor() {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
  }
  close(): void {
    this.db.close();
  }
}

/**
 * The transaction of `/feedback` (commands/feedback.ts `storeFeedback`), call for call: replay check,
 * fresh feature, access, settings, rate limit, `#N`, insert with tags, readiness notice.
 */
const renderers = new WeakMap<Store, EffectRenderer>();

/** The bot's effect renderer for this database (its signer), made once per store. */
function rendererOf(store: Store): EffectRenderer {
  let render = renderers.get(store);
  if (!render) {
    render = createEffectRenderer(new ComponentSigner(store.secret('component-signing')));
    renderers.set(store, render);
  }
  return render;
}

function feedbackWrite(store: Store, i: number, prefix: string): void {
  const now = new Date();
  const authorId = String(500000000000000000n + BigInt(i));
  const source = `${prefix}${String(i).padStart(17, '0')}`;
  store.transaction(() => {
    if (store.feedback.findBySourceInteraction(source)) return;
    const feature = store.features.findById(1 + (i % FEATURES))!;
    store.access.hasAccess(feature.id, authorId);
    const settings = store.settings.get(feature.guildId);
    store.feedback.recentByAuthor(feature.guildId, authorId, new Date(now.getTime() - 60_000));
    void settings;
    store.feedback.insert(
      {
        guildId: feature.guildId,
        number: store.settings.nextFeedbackNumber(feature.guildId, now),
        featureId: feature.id,
        level: feature.level,
        authorId,
        body: `Benchmark write ${i}: the page flickers when the filter changes.`,
        tags: [TAGS[i % TAGS.length]!],
        sourceInteractionId: source,
      },
      now,
    );
    queueReadinessNotice({ store, render: rendererOf(store) }, feature, now);
  });
}

function walState(db: Database.Database): { log: number; checkpointed: number } {
  return (db.pragma('wal_checkpoint(NOOP)') as { log: number; checkpointed: number }[])[0]!;
}

async function writeBench(store: Store, base: Baseline): Promise<StoreFigures['write']> {
  // As the bot runs: checkpoints in a worker thread (src/store/checkpointer.ts).
  const checkpointer = startCheckpointer(store.db, path);
  const real = measure(WRITES, (i) => feedbackWrite(store, i, '6'));
  const withWorker = walState(store.db);
  await checkpointer?.stop();
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  // SQLite's default: the commit that crosses 1,000 WAL pages checkpoints inline.
  store.db.pragma('wal_autocheckpoint = 1000');
  const inline = measure(WRITES, (i) => feedbackWrite(store, i, '8'));
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  const bareFeedback = base.db.prepare(
    `INSERT INTO feedback (guild_id, number, feature_id, level, author_id, body, source_interaction_id, created_at)
     VALUES (?, ?, ?, 'preview', ?, ?, ?, ?)`,
  );
  const bareTag = base.db.prepare('INSERT INTO feedback_tag (feedback_id, tag) VALUES (?, ?)');
  const bareWrite = base.db.transaction((i: number) => {
    const info = bareFeedback.run(
      GUILD,
      FEEDBACK_ROWS + 3 * WRITES + 1 + i,
      1 + (i % FEATURES),
      String(600000000000000000n + BigInt(i)),
      `Baseline write ${i}.`,
      `7${String(i).padStart(17, '0')}`,
      new Date().toISOString(),
    );
    bareTag.run(info.lastInsertRowid, TAGS[i % TAGS.length]!);
  });
  const baseline = measure(WRITES, (i) => bareWrite(i));
  return {
    path: 'the /feedback transaction (replay check, feature, access, settings, rate limit, #N, insert + tag, readiness notice), checkpoints in the worker thread as the bot runs',
    real,
    inlineCheckpoints: inline,
    baseline,
    checkpoints: `with the worker, WAL after the run: ${withWorker.log} frames, ${withWorker.checkpointed} already copied back`,
  };
}

function detailBench(store: Store, base: Baseline): StoreFigures['detail'] {
  const levels = ['early-access', 'preview', 'ga'] as const;
  const now = new Date();
  // What `/features <key>` reads (commands/features.ts), for a different feature each time.
  const real = measure(READS, (i) => {
    const feature = store.features.findById(1 + ((i * 37) % FEATURES))!;
    readinessOf(store, feature, now);
    store.feedback.countsByLevel(feature.id);
    store.feedback.countsByTag(feature.id);
    store.feedback.openBlockers(feature.id);
    store.feedback.openBlockerItems(feature.id, MAX_BLOCKERS_SHOWN);
    store.promotions.history(feature.id);
  });
  const evidence = measure(READS, (i) =>
    store.feedback.evidenceAtLevel(1 + ((i * 37) % FEATURES), levels[i % 3]!),
  );
  const bare = base.db.prepare('SELECT count(*) FROM feedback WHERE feature_id = ?').pluck();
  const baseline = measure(READS, (i) => bare.get(1 + ((i * 37) % FEATURES)));
  return {
    path: 'readinessOf (countAtLevel, openBlockers) + countsByLevel + countsByTag + openBlockers + openBlockerItems + promotion history',
    real,
    evidence,
    baseline,
  };
}

function pageBench(store: Store, base: Baseline): StoreFigures['page'] {
  // `/triage list`: the newest page and the total (commands/triage.ts).
  const real = measure(READS, (i) => {
    const filter = { featureId: 1 + ((i * 37) % FEATURES), level: null, status: null, tag: null };
    store.feedback.page(filter, null, TRIAGE_PAGE_SIZE);
    store.feedback.countMatching(filter);
  });
  const filtered = measure(READS, (i) => {
    const filter = {
      featureId: 1 + ((i * 37) % FEATURES),
      level: 'preview',
      status: 'open',
      tag: 'bug',
    } as const;
    store.feedback.page(filter, null, TRIAGE_PAGE_SIZE);
    store.feedback.countMatching(filter);
  });
  const bare = base.db.prepare('SELECT * FROM feedback WHERE id <= ? ORDER BY id DESC LIMIT 11');
  const baseline = measure(READS, (i) => bare.all(FEEDBACK_ROWS - i * 400));
  return {
    path: `feedback.page (newest ${TRIAGE_PAGE_SIZE}) + countMatching`,
    real,
    filtered,
    baseline,
  };
}

async function exportBench(store: Store, base: Baseline, file: string): Promise<StoreFigures['export']> {
  global.gc?.();
  const rssBeforeKiB = procMemory('self').rssKiB;
  try {
    // Resets VmHWM, so the peak below is the export's own.
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not permitted: the sampled peak still covers the export.
  }
  let sampledPeak = rssBeforeKiB;
  const sampler = setInterval(() => {
    sampledPeak = Math.max(sampledPeak, procMemory('self').rssKiB);
  }, 20);
  let rows = 0;
  let bytes = 0;
  let features = 0;
  const started = performance.now();
  // `/triage export` of every feature in turn (commands/triage.ts -> writeFeedbackExport), as CSV.
  for (let featureId = 1; featureId <= FEATURES && performance.now() - started < 120_000; featureId += 1) {
    const result = await writeFeedbackExport(store.feedback, file, {
      format: 'csv',
      filter: { featureId, level: null, status: null, tag: null },
      featureKey: `feature-${featureId}`,
    });
    rows += result.rows;
    bytes += result.bytes;
    features += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const peakKiB = Math.max(sampledPeak, procMemory('self').hwmKiB);
  const bare = base.db.prepare('SELECT * FROM feedback');
  let bareRows = 0;
  const bareStart = performance.now();
  for (const _row of bare.iterate()) bareRows += 1;
  const bareSeconds = (performance.now() - bareStart) / 1000;
  rmSync(file, { force: true });
  return {
    path: `writeFeedbackExport (CSV) of ${features} features one after another`,
    rows,
    rowsPerSecond: rows / seconds,
    baselineRowsPerSecond: bareRows / bareSeconds,
    rssBeforeKiB,
    peakKiB,
    bytes,
  };
}

const buildMs = buildFeedbackDatabase(path);
const fileMiB = statSync(path).size / (1024 * 1024);
process.stdout.write(
  `store: built ${FEEDBACK_ROWS} rows in ${(buildMs / 1000).toFixed(1)} s (${fileMiB.toFixed(0)} MiB)\n`,
);
const store = openStore(path);
const base = new Baseline();
try {
  const write = await writeBench(store, base);
  process.stdout.write(
    `store: write p50 ${write.real.p50.toFixed(0)} us p99 ${write.real.p99.toFixed(0)} us\n`,
  );
  const detail = detailBench(store, base);
  process.stdout.write(`store: detail p95 ${detail.real.p95.toFixed(0)} us\n`);
  const page = pageBench(store, base);
  process.stdout.write(`store: page p95 ${page.real.p95.toFixed(0)} us\n`);
  const exported = await exportBench(store, base, `${path}.export.csv`);
  process.stdout.write(`store: export ${exported.rowsPerSecond.toFixed(0)} rows/s\n`);
  const result: StoreFigures = {
    rows: FEEDBACK_ROWS,
    features: FEATURES,
    buildMs,
    fileMiB,
    write,
    detail,
    page,
    export: exported,
  };
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
} finally {
  base.close();
  store.close();
}

import type { BackupFigures, PhaseFigures } from '../backup.js';
import {
  type DeliveryCheck,
  type DiscussionFigures,
  type DiscussionModeFigures,
  REQUEST_KINDS,
  type RequestKind,
} from '../discussion.js';
import type { FanoutFigures, StreamFigures } from '../fanout.js';
import type { InteractionFigures, RunFigures } from '../interactions.js';
import {
  CONCURRENCY,
  MEMORY_INTERACTIONS,
  PACED_INTERACTIONS,
  PACED_PER_SECOND,
  THROUGHPUT_INTERACTIONS,
  WARMUP_INTERACTIONS,
} from '../interactions.js';
import { LOCALE_ROUND_INTERACTIONS, LOCALE_ROUNDS, LOCALES, type LocaleFigures } from '../locales.js';
import { MEMORY_CHUNK, type MemoryFigures, type MemoryRun, SETTLE_MS } from '../memory.js';
import { type MetricsFigures, SCRAPES } from '../metrics.js';
import type { RoleFigures } from '../roles.js';
import type { StoreFigures } from '../store-bench.js';
import { EDIT_SPACING_MS, type RankingFigures, VOTE_CLICKS, type VoteFigures } from '../votes.js';
import type { MachineInfo } from './machine.js';
import type { ProfileSummary } from './profile.js';
import { type Distribution, fixed, median, ratio } from './stats.js';

export interface BenchResults {
  machine: MachineInfo;
  load: { before: number[]; after: number[] };
  durationS: number;
  interactions: InteractionFigures | null;
  roles: RoleFigures | null;
  store: StoreFigures | null;
  backup: BackupFigures | null;
  profile: ProfileSummary | null;
  locales: LocaleFigures | null;
  discussion: DiscussionFigures | null;
  votes: VoteFigures | null;
  ranking: RankingFigures | null;
  fanout: FanoutFigures | null;
  metrics: MetricsFigures | null;
  memory: MemoryFigures | null;
  errors: string[];
}

const verdict = (met: boolean): string => (met ? 'met' : '**missed**');
const mib = (kib: number): string => fixed(kib / 1024, 1);

function latencyRow(name: string, bot: RunFigures, base: RunFigures): string {
  return `| ${name} | ${fixed(bot.latency.p50)} | ${fixed(bot.latency.p99)} | ${fixed(base.latency.p50)} | ${fixed(base.latency.p99)} | ${ratio(bot.latency.p50, base.latency.p50)} / ${ratio(bot.latency.p99, base.latency.p99)} |`;
}

function failures(name: string, run: RunFigures): string[] {
  return run.failed > 0 ? [`- ${name}: ${run.failed} failed; first: ${run.firstFailure ?? 'n/a'}`] : [];
}

function interactionsSection(f: InteractionFigures): string[] {
  const { bot, baseline } = f;
  const growthKiB = bot.rssAfterKiB - bot.rssBeforeKiB;
  const throughputRatio = bot.throughput.perSecond / baseline.throughput.perSecond;
  return [
    '### 1. Interactions',
    '',
    `Interaction: ${f.scenario}. Latency: the fake dispatching INTERACTION_CREATE -> the interaction callback reaching the fake, ms. Baseline: a bare discord.js client answering every command with an ephemeral "ok" (separate process, same fake).`,
    '',
    '| run | bot/s | baseline/s | ratio | median of per-second counts (bot / baseline) |',
    '|---|---|---|---|---|',
    `| ${THROUGHPUT_INTERACTIONS} at ${CONCURRENCY} in flight | ${fixed(bot.throughput.perSecond, 0)} | ${fixed(baseline.throughput.perSecond, 0)} | ${ratio(bot.throughput.perSecond, baseline.throughput.perSecond)} | ${fixed(bot.throughput.medianPerSecond, 0)} / ${fixed(baseline.throughput.medianPerSecond, 0)} |`,
    `| ${MEMORY_INTERACTIONS} at ${CONCURRENCY} in flight (sustained) | ${fixed(bot.memory.perSecond, 0)} | - | - | ${fixed(bot.memory.medianPerSecond, 0)} / - |`,
    '',
    '| latency (ms) | bot p50 | bot p99 | baseline p50 | baseline p99 | ratio p50 / p99 |',
    '|---|---|---|---|---|---|',
    latencyRow(`${THROUGHPUT_INTERACTIONS} at ${CONCURRENCY} in flight`, bot.throughput, baseline.throughput),
    latencyRow(`${PACED_INTERACTIONS} paced at ${PACED_PER_SECOND}/s`, bot.paced, baseline.paced),
    '',
    `Memory (bot VmRSS): idle after login ${mib(bot.rssIdleKiB)} MiB; before the ${MEMORY_INTERACTIONS} run (after ${THROUGHPUT_INTERACTIONS + PACED_INTERACTIONS + 1000} warm-up and measured interactions) ${mib(bot.rssBeforeKiB)} MiB; after ${mib(bot.rssAfterKiB)} MiB; growth ${mib(growthKiB)} MiB; peak (VmHWM) ${mib(bot.hwmKiB)} MiB.`,
    `RSS after each fifth of the sustained run: ${bot.rssSeriesKiB.map((k) => mib(k)).join(', ')} MiB.`,
    `CPU per interaction in the sustained run: bot ${fixed(bot.cpuMsPerInteraction, 3)} ms, fake Discord + driver ${fixed(bot.fakeCpuMsPerInteraction, 3)} ms (both share the same cores).`,
    `Spec violations recorded by the fake: ${f.violations}.`,
    '',
    '| target | measured | |',
    '|---|---|---|',
    `| throughput >= 0.8x baseline | ${throughputRatio.toFixed(2)}x | ${verdict(throughputRatio >= 0.8)} |`,
    `| p99 <= 5 ms at ${PACED_PER_SECOND}/s | ${fixed(bot.paced.latency.p99)} ms | ${verdict(bot.paced.latency.p99 <= 5)} |`,
    `| >= 1,500/s sustained (${MEMORY_INTERACTIONS} run) | ${fixed(bot.memory.perSecond, 0)}/s | ${verdict(bot.memory.perSecond >= 1500)} |`,
    `| RSS growth < 10 MiB over ${MEMORY_INTERACTIONS} | ${mib(growthKiB)} MiB | ${verdict(growthKiB < 10 * 1024)} |`,
    `| RSS total < 110 MiB | ${mib(bot.rssAfterKiB)} MiB | ${verdict(bot.rssAfterKiB < 110 * 1024)} |`,
    ...[
      ...failures('baseline throughput', baseline.throughput),
      ...failures('baseline paced', baseline.paced),
      ...failures('bot throughput', bot.throughput),
      ...failures('bot paced', bot.paced),
      ...failures('bot sustained', bot.memory),
    ],
    '',
  ];
}

function rolesSection(f: RoleFigures): string[] {
  const row = (name: string, d: RoleFigures['baseline']): string =>
    `| ${name} | ${d.delivered} | ${d.lost} | ${d.doubled} | ${d.rateLimited} | ${fixed(d.spanMs / 1000, 1)} | ${fixed(d.endToEndMs / 1000, 1)} | ${fixed(d.perSecond, 1)} | ${fixed(d.ofLimit * 100, 0)}% |`;
  return [
    '### 4. Role delivery under rate limits',
    '',
    `${f.grants} role grants; the fake limits \`PUT /guilds/{id}/members/{id}/roles/{id}\` to ${f.limitPerSecond}/s (fixed windows, 429 beyond). Bot: outbox \`role-add\` rows committed in one transaction while the bot runs; its worker polls (1 s) and delivers. Baseline: bare @discordjs/rest issuing all grants at once.`,
    '',
    '| | delivered | lost | doubled | 429s | span s (first request -> last grant) | queued -> last grant s | delivered/s | of limit |',
    '|---|---|---|---|---|---|---|---|---|',
    row('bot (outbox worker)', f.bot),
    row('baseline (bare REST)', f.baseline),
    '',
    `Outbox rows: ${f.bot.outboxDelivered} delivered, ${f.bot.outboxFailed} failed. Ratio bot/baseline: ${ratio(f.bot.perSecond, f.baseline.perSecond)}.`,
    '',
    '| target | measured | |',
    '|---|---|---|',
    `| >= 90% of the limit | ${fixed(f.bot.ofLimit * 100, 0)}% | ${verdict(f.bot.ofLimit >= 0.9)} |`,
    `| zero lost, zero doubled | ${f.bot.lost} lost, ${f.bot.doubled} doubled | ${verdict(f.bot.lost === 0 && f.bot.doubled === 0)} |`,
    '',
  ];
}

function us(d: Distribution): string {
  return `${fixed(d.p50, 0)} / ${fixed(d.p95, 0)} / ${fixed(d.p99, 0)} / ${fixed(d.max, 0)}`;
}

function storeSection(f: StoreFigures): string[] {
  return [
    '### 3. Store at scale',
    '',
    `${f.rows.toLocaleString('en-US')} feedback rows over ${f.features} features, built in ${fixed(f.buildMs / 1000, 1)} s (${fixed(f.fileMiB, 0)} MiB file). In-process, real repositories; baseline: the bare better-sqlite3 statement on a second connection to the same file. Times in microseconds: p50 / p95 / p99 / max.`,
    '',
    '| operation | measured (p50 / p95 / p99 / max us) | baseline | ratio p50 / p99 |',
    '|---|---|---|---|',
    `| feedback write: ${f.write.path} | ${us(f.write.real)} | ${us(f.write.baseline)} (bare INSERT feedback + tag) | ${ratio(f.write.real.p50, f.write.baseline.p50)} / ${ratio(f.write.real.p99, f.write.baseline.p99)} |`,
    `| same writes, SQLite's default inline checkpoints (before the fix) | ${us(f.write.inlineCheckpoints)} | | ${ratio(f.write.inlineCheckpoints.p50, f.write.baseline.p50)} / ${ratio(f.write.inlineCheckpoints.p99, f.write.baseline.p99)} |`,
    `| /features detail counts: ${f.detail.path} | ${us(f.detail.real)} | ${us(f.detail.baseline)} (bare count by feature) | ${ratio(f.detail.real.p50, f.detail.baseline.p50)} / ${ratio(f.detail.real.p99, f.detail.baseline.p99)} |`,
    `| evidenceAtLevel (announcements, promotion report) | ${us(f.detail.evidence)} | | ${ratio(f.detail.evidence.p50, f.detail.baseline.p50)} / ${ratio(f.detail.evidence.p99, f.detail.baseline.p99)} |`,
    `| triage page: ${f.page.path} | ${us(f.page.real)}; filtered ${us(f.page.filtered)} | ${us(f.page.baseline)} (bare page by id) | ${ratio(f.page.real.p50, f.page.baseline.p50)} / ${ratio(f.page.real.p99, f.page.baseline.p99)} |`,
    '',
    `Checkpoints during the writes: ${f.write.checkpoints}.`,
    `Export: ${f.export.path}: ${f.export.rows.toLocaleString('en-US')} rows, ${fixed(f.export.bytes / 1024 / 1024, 0)} MiB, ${fixed(f.export.rowsPerSecond, 0)} rows/s (bare \`SELECT *\` iteration: ${fixed(f.export.baselineRowsPerSecond, 0)} rows/s, ratio ${ratio(f.export.rowsPerSecond, f.export.baselineRowsPerSecond)}); RSS before ${mib(f.export.rssBeforeKiB)} MiB, peak during ${mib(f.export.peakKiB)} MiB.`,
    '',
    '| target | measured | |',
    '|---|---|---|',
    `| write p50 <= 200 us | ${fixed(f.write.real.p50, 0)} us | ${verdict(f.write.real.p50 <= 200)} |`,
    `| write p99 <= 1 ms | ${fixed(f.write.real.p99, 0)} us | ${verdict(f.write.real.p99 <= 1000)} |`,
    `| detail counts p95 < 2 ms | ${fixed(f.detail.real.p95, 0)} us | ${verdict(f.detail.real.p95 < 2000)} |`,
    `| triage page p95 < 1 ms | ${fixed(f.page.real.p95, 0)} us | ${verdict(f.page.real.p95 < 1000)} |`,
    `| export peak RSS flat (peak - before < 64 MiB) | +${mib(f.export.peakKiB - f.export.rssBeforeKiB)} MiB | ${verdict(f.export.peakKiB - f.export.rssBeforeKiB < 64 * 1024)} |`,
    '',
  ];
}

function phaseRow(name: string, p: PhaseFigures, extra = ''): string {
  const writes = `${p.writes} (p99 ${fixed(p.writeLatency.p99, 0)} us, max ${fixed(p.writeLatency.max, 0)} us)`;
  const duration = p.finished ? `${fixed(p.durationMs / 1000, 1)} s` : (p.note ?? 'not finished');
  return `| ${name} | ${duration} | ${fixed(p.longestStallMs, 1)} | ${fixed(p.stallP99Ms, 1)} / ${fixed(p.stallP999Ms, 1)} / ${p.stallsOver50Ms} | ${fixed(p.loopDelay.p99, 1)} / ${fixed(p.loopDelay.max, 1)} | ${writes} | ${extra} |`;
}

function backupSection(f: BackupFigures): string[] {
  const stallTarget = Math.max(50, 2 * f.idle.longestStallMs);
  return [
    '### 5. Backups while the bot writes',
    '',
    `${f.rows.toLocaleString('en-US')} feedback rows (${fixed(f.fileMiB, 0)} MiB file, built in ${fixed(f.buildMs / 1000, 1)} s). Every phase runs the same write load on the bot's connection (one transaction every 2 ms, the WAL checkpointer on). Stall: a gap between two 1 ms timer ticks, minus 1 ms (what an interaction arriving then would wait); event-loop delay from Node's histogram. The machine's load average is above; on 2 shared cores the floor is the scheduler's.`,
    '',
    '| phase | backup time | longest stall (ms) | stall p99 / p99.9 (ms) / count > 50 ms | loop delay p99 / max (ms) | writes meanwhile | |',
    '|---|---|---|---|---|---|---|',
    phaseRow('no backup (floor)', f.idle),
    phaseRow(
      '**`backupDatabase`** (child process at the lowest priority, one snapshot, integrity_check there)',
      f.child,
      `copy ${fixed(f.childCopyMs / 1000, 1)} s + check ${fixed(f.childCheckMs / 1000, 1)} s, ${fixed(f.backupMiB, 0)} MiB`,
    ),
    phaseRow(
      'baseline: `db.backup()` in the main thread (100-page steps, same snapshot), then integrity_check there',
      f.inThread,
      `integrity_check ${fixed(f.inThread.checkMs / 1000, 1)} s`,
    ),
    phaseRow(
      'baseline: `db.backup()` in the main thread without a read snapshot',
      f.unpinned,
      `${f.unpinned.restarts} restarts`,
    ),
    '',
    `Start-up quick_check of this file: ${fixed(f.quickCheckMs / 1000, 2)} s.`,
    '',
    '| target | measured | |',
    '|---|---|---|',
    `| longest stall during a backup <= max(50 ms, 2x the no-backup floor) | ${fixed(f.child.longestStallMs, 1)} ms (floor ${fixed(f.idle.longestStallMs, 1)} ms) | ${verdict(f.child.longestStallMs <= stallTarget)} |`,
    '',
  ];
}

function profileSection(p: ProfileSummary): string[] {
  return [
    '### Profile of the bot (`node --cpu-prof`, one throughput run)',
    '',
    `${p.file}: ${fixed(p.totalMs, 0)} ms sampled. Self time by origin:`,
    '',
    '| origin | self ms | share |',
    '|---|---|---|',
    ...p.origins.map((o) => `| ${o.name} | ${fixed(o.selfMs, 0)} | ${fixed(o.share * 100, 1)}% |`),
    '',
    'Top functions by self time:',
    '',
    '| function | self ms | share |',
    '|---|---|---|',
    ...p.functions.map(
      (o) => `| \`${o.name.replaceAll('|', '\\|')}\` | ${fixed(o.selfMs, 0)} | ${fixed(o.share * 100, 1)}% |`,
    ),
    '',
  ];
}

const loads = (l: number[][]): string => l.map((x) => x[0]!.toFixed(1)).join(', ');

function space(run: MemoryRun, name: string): string {
  const s = run.after.probe?.spaces.find((x) => x.name === name);
  return s ? `${mib(s.size / 1024)} (${mib(s.used / 1024)} used)` : '-';
}

/** RSS of the second half of the run (median of the readings after each chunk): where it settles under load. */
function plateauKiB(run: MemoryRun): number {
  return median(run.seriesKiB.slice(Math.floor(run.seriesKiB.length / 2)));
}

/** The steady RSS a target is judged on: the higher of the plateau and the reading after the quiet. */
function steadyKiB(run: MemoryRun): number {
  return Math.max(plateauKiB(run), run.after.rssKiB);
}

function memoryRow(run: MemoryRun): string {
  const a = run.after.probe;
  const breakdown = `${mib(run.after.anonKiB)} / ${mib(run.after.fileKiB)} | ${
    a
      ? `${mib(a.heapUsed / 1024)} / ${mib(a.heapTotal / 1024)} | ${space(run, 'new_space')} | ${space(run, 'old_space')} | ${mib(a.external / 1024)} / ${mib(a.arrayBuffers / 1024)} | ${a.threads}`
      : '- | - | - | - | -'
  }`;
  return `| ${run.label}${run.settings.length > 0 ? ` (\`${run.settings.join(' ')}\`)` : ''} | ${mib(run.idle.rssKiB)} | ${mib(run.after.rssKiB)} | ${mib(plateauKiB(run))} | ${mib(run.hwmKiB)} | ${run.seriesKiB.map((k) => mib(k)).join(', ')} | ${breakdown} | ${fixed(run.run.perSecond, 0)} | ${fixed(run.run.latency.p99)} | ${fixed(run.cpuMsPerInteraction, 3)} |`;
}

function memorySection(f: MemoryFigures): string[] {
  const start = f.bot.find((r) => r.label.includes('npm start')) ?? f.bot[0]!;
  const defaults = f.bot[0]!;
  const kept = start.run.perSecond / defaults.run.perSecond;
  return [
    '### 6. Memory as `npm start` runs the bot',
    '',
    `VmRSS after ${SETTLE_MS / 1000} s of quiet: idle after login, and after ${f.interactions.toLocaleString('en-US')} \`/feedback\` interactions from distinct members at ${CONCURRENCY} in flight (the bare client: \`/features\` answered "ok"). Every process has a fake Discord of its own and all run at once; the driver feeds them in turn, ${MEMORY_CHUNK.toLocaleString('en-US')} interactions at a time, so the machine's load falls on each alike. Breakdown from a probe loaded into the bot (\`--import bench/lib/mem-probe.ts\`, SIGUSR2): the kernel's anonymous / file-backed resident pages, \`process.memoryUsage()\`, V8's new space (the two semi-spaces) and old space, committed (used). \`npm start\`'s settings: ${f.startFlags.length > 0 ? `\`${f.startFlags.join(' ')}\`` : 'none (Node defaults)'}. Load average (1 min) at the start and after each round: ${loads(f.load)}.`,
    '',
    '| process | RSS idle MiB | RSS after MiB | plateau MiB | peak MiB | RSS after each chunk MiB | after: anon / file MiB | heap used / total MiB | new space MiB | old space MiB | external / array buffers MiB | threads | /s | p99 ms | bot CPU ms per interaction |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    memoryRow(f.bare),
    ...f.bot.map(memoryRow),
    '',
    '| target | measured | |',
    '|---|---|---|',
    `| steady RSS after ${f.interactions.toLocaleString('en-US')} < 150 MiB (\`npm start\`; the higher of the plateau and the reading after the quiet) | ${mib(steadyKiB(start))} MiB (Node's defaults: ${mib(steadyKiB(defaults))} MiB) | ${verdict(steadyKiB(start) < 150 * 1024)} |`,
    `| throughput >= 0.8x Node's defaults (same run, interleaved) | ${fixed(kept, 2)}x (${fixed(start.run.perSecond, 0)}/s against ${fixed(defaults.run.perSecond, 0)}/s) | ${verdict(kept >= 0.8)} |`,
    ...failures('bare client', f.bare.run),
    ...f.bot.flatMap((r) => failures(r.label, r.run)),
    '',
  ];
}

function runRow(name: string, run: RunFigures, base: RunFigures | null): string {
  return `| ${name} | ${run.ok} | ${fixed(run.perSecond, 0)} | ${fixed(run.medianPerSecond, 0)} | ${fixed(run.latency.p50)} | ${fixed(run.latency.p99)} | ${base ? `${ratio(run.perSecond, base.perSecond)} / ${ratio(run.latency.p99, base.latency.p99)}` : '-'} |`;
}

const RUN_HEADER = [
  '| run | answered | /s | median of per-second counts | p50 ms | p99 ms | ratio /s / p99 |',
  '|---|---|---|---|---|---|---|',
];

function localesSection(f: LocaleFigures): string[] {
  const kept = f.mixed.perSecond / f.english.perSecond;
  return [
    '### 7. Languages',
    '',
    `\`/feedback\` from distinct members at ${CONCURRENCY} in flight, one bot process: ${LOCALE_ROUNDS} rounds of ${LOCALE_ROUND_INTERACTIONS.toLocaleString('en-US')} with every member in English (\`en-US\`) alternating with ${LOCALE_ROUNDS} rounds with members in ${LOCALES.map((l) => `\`${l}\``).join(', ')} (round-robin), after ${WARMUP_INTERACTIONS.toLocaleString('en-US')} warm-up interactions in the five locales. Load average (1 min) before and after each pair of rounds: ${loads(f.load)}.`,
    '',
    ...RUN_HEADER,
    runRow('English only', f.english, null),
    runRow('five locales', f.mixed, f.english),
    '',
    `Replies seen: ${f.samples.map((x) => `${x.locale}: "${x.content.replaceAll('|', '\\|').slice(0, 70)}"`).join('; ')}.`,
    '',
    '| target | measured | |',
    '|---|---|---|',
    `| five locales >= 0.95x English only (throughput) | ${fixed(kept, 2)}x | ${verdict(kept >= 0.95)} |`,
    ...failures('English only', f.english),
    ...failures('five locales', f.mixed),
    '',
  ];
}

const REQUEST_LABELS: Record<RequestKind, string> = {
  callback: 'interaction callback',
  'interaction-other': 'other interaction requests (follow-ups, reply edits)',
  copy: 'copy (`POST /channels/{id}/messages`)',
  thread: 'thread on the copy (`POST /channels/{id}/messages/{id}/threads`)',
  post: 'forum post (`POST /channels/{forum}/threads`)',
  edit: 'edits (`PATCH`)',
  lookup: 'lookups (`GET`)',
  other: 'other',
};

function discussionCheckRow(what: string, c: DeliveryCheck, attached: string): string {
  const met =
    c.items > 0 &&
    c.threads === c.items &&
    c.distinctNames === c.items &&
    c.attached === c.items &&
    c.recorded === c.items &&
    c.undelivered === 0;
  return `| ${what} | ${c.items} items; ${c.threads} ${attached === 'tagged' ? 'posts' : 'threads'} (${c.distinctNames} names), ${c.attached} ${attached}, ${c.recorded} recorded in \`feedback_copy\`, ${c.undelivered} outbox rows not delivered | ${verdict(met)} |`;
}

function discussionSection(f: DiscussionFigures): string[] {
  const { text, forum } = f;
  const per = (m: DiscussionModeFigures, n: number): string => fixed(n / Math.max(1, m.run.ok), 3);
  const outbox = (m: DiscussionModeFigures): number =>
    REQUEST_KINDS.filter((k) => k !== 'callback' && k !== 'interaction-other').reduce(
      (n, k) => n + m.requests[k],
      0,
    );
  const total = (m: DiscussionModeFigures): number => REQUEST_KINDS.reduce((n, k) => n + m.requests[k], 0);
  const rounds = (
    m: DiscussionModeFigures,
    pick: (r: DiscussionModeFigures['rounds'][number]) => string,
  ): string => m.rounds.map(pick).join(', ');
  const routes = (m: DiscussionModeFigures): string =>
    Object.entries(m.routes)
      .sort((a, b) => b[1] - a[1])
      .map(([route, n]) => `\`${route}\` ${fixed(n / Math.max(1, m.run.ok), 3)}`)
      .join(', ');
  return [
    '### 11. Discussion: threads and forum posts',
    '',
    `\`/feedback\` from distinct members at ${CONCURRENCY} in flight, one bot process, two features at Preview: one whose feedback channel is a text channel (each item queues its copy, then a \`thread-open\` on it once posted) and one whose feedback channel is a forum (each item queues one \`forum-post\`: the post is the copy, tagged with the level and the status). The forum was set with \`/feature edit channel:\` by the owner, so the bot created its tags first (${fixed(f.tagSetup.ms, 0)} ms: ${Object.entries(
      f.tagSetup.routes,
    )
      .map(([route, n]) => `${n}x \`${route}\``)
      .join(
        ', ',
      )}; tags ${f.tagSetup.tags.map((t) => `"${t}"`).join(', ')}). ${f.warmup} warm-up interactions per mode, then rounds of ${f.roundInteractions.toLocaleString('en-US')} in the order ${f.order.join(', ')}; after each round the bench waits until the fake has answered every effect of its burst, so no round's outbox runs during another. Load average (1 min) before and after each round: ${loads(f.load)}.`,
    '',
    ...RUN_HEADER,
    runRow('text channel (copy + thread)', text.run, null),
    runRow('forum (one post)', forum.run, text.run),
    '',
    `Per round, /s: text ${rounds(text, (r) => fixed(r.perSecond, 0))}; forum ${rounds(forum, (r) => fixed(r.perSecond, 0))}. p99 ms: text ${rounds(text, (r) => fixed(r.p99))}; forum ${rounds(forum, (r) => fixed(r.p99))}.`,
    '',
    '| requests per answered `/feedback` | text channel | forum |',
    '|---|---|---|',
    ...REQUEST_KINDS.map(
      (k) => `| ${REQUEST_LABELS[k]} | ${per(text, text.requests[k])} | ${per(forum, forum.requests[k])} |`,
    ),
    `| **outbox effects and lookups** | ${per(text, outbox(text))} | ${per(forum, outbox(forum))} |`,
    `| **all** | ${per(text, total(text))} | ${per(forum, total(forum))} |`,
    `| answered other than 2xx | ${text.errors} | ${forum.errors} |`,
    '',
    `Routes per \`/feedback\`: text ${routes(text)}; forum ${routes(forum)}.`,
    '',
    '| outbox (measured rounds) | text channel | forum |',
    '|---|---|---|',
    `| effects answered (copies, threads, posts) | ${text.effects} | ${forum.effects} |`,
    `| effects/s (first effect request -> last answered) | ${fixed((text.effects * 1000) / text.effectSpanMs, 0)} | ${fixed((forum.effects * 1000) / forum.effectSpanMs, 0)} |`,
    `| \`/feedback\` fully delivered per second (first interaction -> last effect answered) | ${fixed((text.run.ok * 1000) / text.deliveredMs, 0)} | ${fixed((forum.run.ok * 1000) / forum.deliveredMs, 0)} |`,
    `| last effect after the last interaction answered, ms, per round | ${rounds(text, (r) => fixed(r.tailMs, 0))} | ${rounds(forum, (r) => fixed(r.tailMs, 0))} |`,
    `| bot CPU per \`/feedback\`, burst and drain, ms | ${fixed(text.botCpuMs / Math.max(1, text.run.ok), 3)} | ${fixed(forum.botCpuMs / Math.max(1, forum.run.ok), 3)} |`,
    `| bot CPU per \`/feedback\` during the burst, ms | ${fixed(text.burstCpuMs / Math.max(1, text.run.ok), 3)} | ${fixed(forum.burstCpuMs / Math.max(1, forum.run.ok), 3)} |`,
    `| bot CPU after the burst (the drain) per effect, ms | ${fixed(text.drainCpuMs / Math.max(1, text.effects), 3)} | ${fixed(forum.drainCpuMs / Math.max(1, forum.effects), 3)} |`,
    '',
    `Spec violations recorded by the fake during the part: ${f.violations}.`,
    '',
    '| check (warm-up and measured items) | measured | |',
    '|---|---|---|',
    discussionCheckRow(
      'text: every item has exactly one thread, opened on its copy',
      f.check.text,
      'on a copy',
    ),
    discussionCheckRow(
      'forum: every item has exactly one post, with the level tag and one status tag',
      f.check.forum,
      'tagged',
    ),
    ...failures('text channel', text.run),
    ...failures('forum', forum.run),
    ...(text.firstError ? [`- text: first answer other than 2xx: ${text.firstError}`] : []),
    ...(forum.firstError ? [`- forum: first answer other than 2xx: ${forum.firstError}`] : []),
    '',
  ];
}

function votesSection(f: VoteFigures, ranking: RankingFigures | null): string[] {
  const clickRatio = f.bot.clicks.perSecond / f.baseline.clicks.perSecond;
  const e = f.edits;
  const lines = [
    '### 8. Votes',
    '',
    `Clicks on the vote buttons of ${f.items} feedback copies (round-robin), each from a distinct member, at ${CONCURRENCY} in flight; \`/vote id\` the same way; ${VOTE_CLICKS.toLocaleString('en-US')} measured after ${WARMUP_INTERACTIONS.toLocaleString('en-US')} warm-up each. Baseline: the bare discord.js client answering the same clicks and commands with an ephemeral "ok", in the same run. Copies clicked: ${f.copiesNote}. Load average (1 min): ${loads(f.load)}.`,
    '',
    ...RUN_HEADER,
    runRow('baseline: clicks', f.baseline.clicks, null),
    runRow('bot: vote-button clicks (`toggleVote`)', f.bot.clicks, f.baseline.clicks),
    runRow('baseline: slash command', f.baseline.slash, null),
    runRow('bot: `/vote id` (`castVote`)', f.bot.slash, f.baseline.slash),
    '',
    `${e.clicks} clicks on one copy from distinct members over ${fixed(e.clickWindowMs / 1000, 1)} s (${e.clicksOk} counted): ${e.edits} edits of the copy (PATCH answered 200), ${e.rateLimited} answered 429; least time between two edits ${fixed(e.minGapMs, 0)} ms; the label showed the final count ("${e.finalLabel}") ${e.settledMs === null ? 'never' : `${fixed(e.settledMs / 1000, 1)} s after the first click`}.`,
    '',
    '| target | measured | |',
    '|---|---|---|',
    `| vote clicks >= 0.8x baseline (throughput) | ${fixed(clickRatio, 2)}x (p99 ${fixed(f.bot.clicks.latency.p99)} ms against ${fixed(f.baseline.clicks.latency.p99)} ms) | ${verdict(clickRatio >= 0.8)} |`,
    `| at most one edit per item per ${EDIT_SPACING_MS / 1000} s | ${e.edits} edits (at most ${e.allowed} over that span), least gap ${fixed(e.minGapMs, 0)} ms, ${e.rateLimited} 429s | ${verdict(e.edits <= e.allowed && e.minGapMs >= EDIT_SPACING_MS && e.rateLimited === 0)} |`,
    ...failures('baseline clicks', f.baseline.clicks),
    ...failures('bot clicks', f.bot.clicks),
    ...failures('baseline slash', f.baseline.slash),
    ...failures('bot /vote', f.bot.slash),
  ];
  if (ranking) lines.push(...rankingLines(ranking));
  lines.push('');
  return lines;
}

/** The ranking queries the p95 target is about (`/features` top five, `/triage list sort:votes`). */
const isRanking = (name: string): boolean => name.startsWith('top five') || name.startsWith('sort:votes');

function rankingLines(f: RankingFigures): string[] {
  const ranked = f.queries.filter((q) => isRanking(q.name));
  const worst = Math.max(...ranked.map((q) => q.p95));
  return [
    '',
    `Ranking at scale (\`bench/votes-bench.ts\`, a child process, its own output): ${f.built || 'one feature with 1,000,000 items and 5,000,000 votes'}; the real repositories on a WAL file; milliseconds.`,
    '',
    '| query | p50 | p95 | max |',
    '|---|---|---|---|',
    ...f.queries.map((q) => `| ${q.name} | ${fixed(q.p50, 3)} | ${fixed(q.p95, 3)} | ${fixed(q.max, 3)} |`),
    '',
    '| target | measured | |',
    '|---|---|---|',
    `| top five and sort:votes p95 < 2 ms | worst p95 ${fixed(worst, 3)} ms | ${verdict(ranked.length > 0 && worst < 2)} |`,
  ];
}

function streamRow(name: string, s: StreamFigures): string {
  return `| ${name} | ${s.ok} / ${s.sent} | ${fixed(s.latency.p50)} | ${fixed(s.latency.p99)} | ${fixed(s.latency.max)} |`;
}

function fanoutSection(f: FanoutFigures): string[] {
  const lines = [
    '### 9. Big changes while members interact',
    '',
    `A stream of \`/features\` from distinct members, paced at ${f.perSecond}/s (open loop), while one change of 50,000 members runs, against the same stream without the change in the same bot process (after 1,000 warm-up interactions). Each change on a database of its own, seeded through the repositories before the bot starts; the members exist in the fake server. The bot writes the per-member outbox rows in batches of ${f.batch} (fan-out jobs). "During": interactions sent from the maintainer's command until the fan-out job is finished in the database. Latency: INTERACTION_CREATE -> callback, ms.`,
    '',
  ];
  for (const s of f.scenarios) {
    lines.push(
      `**${s.name}** (\`${s.command}\`): the maintainer's answer ${fixed(s.reply.callbackMs, 0)} ms (callback type ${s.reply.type}${s.reply.type === 5 ? `, visible answer after ${fixed(s.reply.responseMs, 0)} ms` : ''}: "${s.reply.excerpt.replaceAll('\n', ' ').replaceAll('|', '\\|')}"); fan-out finished ${s.fanoutMs === null ? '**not within 120 s**' : `${fixed(s.fanoutMs / 1000, 2)} s`} after the command; ${s.rowsQueued.toLocaleString('en-US')} outbox rows queued by then. Load average (1 min): ${loads(s.load)}.`,
      '',
      '| stream | answered / sent | p50 ms | p99 ms | max (longest wait) ms |',
      '|---|---|---|---|---|',
      streamRow('without the change', s.quiet),
      streamRow('during the change', s.during),
      '',
    );
  }
  lines.push(
    '| target | measured | |',
    '|---|---|---|',
    ...f.scenarios.map(
      (s) =>
        `| ${s.command}: every interaction answered during the change, the maintainer within 3 s | ${s.during.ok} / ${s.during.sent}, longest wait ${fixed(s.during.latency.max, 0)} ms (${fixed(s.quiet.latency.max, 0)} ms without); maintainer ${fixed(s.reply.callbackMs, 0)} ms | ${verdict(s.during.failed === 0 && s.reply.callbackMs < 3000 && s.fanoutMs !== null)} |`,
    ),
    ...f.failures.map(
      (x) =>
        `| ${x.name} | did not finish: ${x.error.replaceAll('|', '\\|').replaceAll('\n', ' ')} | **missed** |`,
    ),
    '',
  );
  return lines;
}

function metricsSection(f: MetricsFigures): string[] {
  const ms = (d: Distribution): string => `${fixed(d.p50)} / ${fixed(d.p99)} / ${fixed(d.max)}`;
  return [
    '### 10. Metrics scrape',
    '',
    `The bot with \`METRICS_PORT\` on 127.0.0.1 on the ${f.rows.toLocaleString('en-US')}-row database (built in ${fixed(f.buildMs / 1000, 1)} s). ${SCRAPES} scrapes one at a time (keep-alive), alternating with \`/healthz\` (same server, nothing collected) as the baseline; then ${PACED_PER_SECOND}/s \`/feedback\` for 10 s without and with a scrape every 100 ms. One answer: ${(f.bytes / 1024).toFixed(1)} KiB, ${f.lines} lines. Load average (1 min): ${loads(f.load)}.`,
    '',
    '| request | p50 / p99 / max ms | ratio p50 |',
    '|---|---|---|',
    `| \`/metrics\`, idle bot | ${ms(f.scrape)} | ${ratio(f.scrape.p50, f.healthz.p50)} |`,
    `| \`/healthz\` (baseline) | ${ms(f.healthz)} | |`,
    `| \`/metrics\` every 100 ms during the stream | ${ms(f.scrapeUnderLoad)} | ${ratio(f.scrapeUnderLoad.p50, f.healthz.p50)} |`,
    '',
    '| /feedback stream | answered | p50 ms | p99 ms | max ms |',
    '|---|---|---|---|---|',
    `| without scrapes | ${f.stream.without.ok} | ${fixed(f.stream.without.latency.p50)} | ${fixed(f.stream.without.latency.p99)} | ${fixed(f.stream.without.latency.max)} |`,
    `| with a scrape every 100 ms | ${f.stream.with.ok} | ${fixed(f.stream.with.latency.p50)} | ${fixed(f.stream.with.latency.p99)} | ${fixed(f.stream.with.latency.max)} |`,
    ...failures('stream without scrapes', f.stream.without),
    ...failures('stream with scrapes', f.stream.with),
    '',
  ];
}

/** The run as a Markdown section for bench/results.md. */
export function renderResults(r: BenchResults): string {
  const m = r.machine;
  const lines = [
    `## ${m.date.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${m.cores} cores, ${m.memoryMiB} MiB, ${m.cpuModel}. Load average before / after: ${r.load.before.map((l) => l.toFixed(2)).join(' ')} / ${r.load.after.map((l) => l.toFixed(2)).join(' ')}.`,
    `Versions: Node ${m.node}, discord.js ${m.discordJs}, better-sqlite3 ${m.betterSqlite3}, SQLite ${m.sqlite}. Bench run time: ${fixed(r.durationS, 0)} s.`,
    '',
  ];
  if (r.interactions) lines.push(...interactionsSection(r.interactions));
  if (r.interactions && r.profile) lines.push(...profileSection(r.profile));
  if (r.store) lines.push(...storeSection(r.store));
  if (r.roles) lines.push(...rolesSection(r.roles));
  if (r.backup) lines.push(...backupSection(r.backup));
  if (r.memory) lines.push(...memorySection(r.memory));
  if (r.locales) lines.push(...localesSection(r.locales));
  if (r.votes) lines.push(...votesSection(r.votes, r.ranking));
  else if (r.ranking) lines.push('### 8. Votes', ...rankingLines(r.ranking), '');
  if (r.fanout) lines.push(...fanoutSection(r.fanout));
  if (r.metrics) lines.push(...metricsSection(r.metrics));
  if (r.discussion) lines.push(...discussionSection(r.discussion));
  if (r.errors.length > 0)
    lines.push('### Errors', '', ...r.errors.map((e) => `- ${e.replaceAll('\n', ' ')}`), '');
  return lines.join('\n');
}

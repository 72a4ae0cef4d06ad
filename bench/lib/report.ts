import type { BackupFigures, PhaseFigures } from '../backup.js';
import type { InteractionFigures, RunFigures } from '../interactions.js';
import {
  CONCURRENCY,
  MEMORY_INTERACTIONS,
  PACED_INTERACTIONS,
  PACED_PER_SECOND,
  THROUGHPUT_INTERACTIONS,
} from '../interactions.js';
import type { RoleFigures } from '../roles.js';
import type { StoreFigures } from '../store-bench.js';
import type { MachineInfo } from './machine.js';
import type { ProfileSummary } from './profile.js';
import { type Distribution, fixed, ratio } from './stats.js';

export interface BenchResults {
  machine: MachineInfo;
  load: { before: number[]; after: number[] };
  durationS: number;
  interactions: InteractionFigures | null;
  roles: RoleFigures | null;
  store: StoreFigures | null;
  backup: BackupFigures | null;
  profile: ProfileSummary | null;
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
  if (r.errors.length > 0)
    lines.push('### Errors', '', ...r.errors.map((e) => `- ${e.replaceAll('\n', ' ')}`), '');
  return lines.join('\n');
}

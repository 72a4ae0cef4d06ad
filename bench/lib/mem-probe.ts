/**
 * Loaded into the bot process by the memory benchmark (`node --import <this file>`), never by
 * `npm start`: on SIGUSR2 it appends one JSON line to `BENCH_MEM_PROBE` with the process's memory
 * broken down (`process.memoryUsage()`, V8's heap spaces, the kernel's anonymous / file-backed
 * resident pages), and writes a heap snapshot beside it when `BENCH_HEAP_SNAPSHOT` is set.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { getHeapSpaceStatistics, getHeapStatistics, writeHeapSnapshot } from 'node:v8';

export interface MemoryProbe {
  rssKiB: number;
  rssAnonKiB: number;
  rssFileKiB: number;
  hwmKiB: number;
  threads: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** V8's heap limit (from --max-old-space-size or Node's default for the machine). */
  heapSizeLimit: number;
  /** Per space: committed size and the part in use, bytes. */
  spaces: { name: string; size: number; used: number }[];
  snapshot: string | null;
}

function statusKiB(status: string, field: string): number {
  return Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN);
}

const file = process.env.BENCH_MEM_PROBE;
if (file) {
  process.on('SIGUSR2', () => {
    const status = readFileSync('/proc/self/status', 'utf8');
    const usage = process.memoryUsage();
    const snapshot = process.env.BENCH_HEAP_SNAPSHOT
      ? writeHeapSnapshot(`${file}.${Date.now()}.heapsnapshot`)
      : null;
    const probe: MemoryProbe = {
      rssKiB: statusKiB(status, 'VmRSS'),
      rssAnonKiB: statusKiB(status, 'RssAnon'),
      rssFileKiB: statusKiB(status, 'RssFile'),
      hwmKiB: statusKiB(status, 'VmHWM'),
      threads: statusKiB(status, 'Threads'),
      heapTotal: usage.heapTotal,
      heapUsed: usage.heapUsed,
      external: usage.external,
      arrayBuffers: usage.arrayBuffers,
      heapSizeLimit: getHeapStatistics().heap_size_limit,
      spaces: getHeapSpaceStatistics().map((s) => ({
        name: s.space_name,
        size: s.space_size,
        used: s.space_used_size,
      })),
      snapshot,
    };
    appendFileSync(file, `${JSON.stringify(probe)}\n`);
  });
}

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';

/** A Node child process (the bot or the baseline client) with its output in a log file. */
export interface NodeChild {
  pid: number;
  process: ChildProcess;
  exited: Promise<number | null>;
  /** Resolves once a line of output contains `text` (rejects after `timeoutMs` or on exit). */
  waitForOutput(text: string, timeoutMs: number): Promise<void>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

export function spawnNode(
  script: string,
  options: {
    env: Record<string, string>;
    cwd: string;
    logFile: string;
    nodeArgs?: string[];
    args?: string[];
  },
): NodeChild {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), script, ...(options.args ?? [])], {
    env: { PATH: process.env.PATH ?? '', ...options.env },
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not start ${script}`);
  const log = createWriteStream(options.logFile);
  let output = '';
  const watchers = new Set<() => void>();
  const onData = (chunk: Buffer): void => {
    log.write(chunk);
    // Only the start of the output is searched (readiness lines); the rest goes to the log file.
    if (output.length < 64 * 1024) output += chunk.toString('utf8');
    for (const watcher of watchers) watcher();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      log.end();
      for (const watcher of watchers) watcher();
      resolve(code);
    }),
  );
  let exitCode: number | null | undefined;
  void exited.then((code) => {
    exitCode = code;
  });
  return {
    pid: child.pid,
    process: child,
    exited,
    waitForOutput(text, timeoutMs) {
      return new Promise<void>((resolve, reject) => {
        const check = (): void => {
          if (output.includes(text)) done(null);
          else if (exitCode !== undefined || child.exitCode !== null)
            done(new Error(`${script} exited before printing "${text}":\n${output.slice(-2000)}`));
        };
        const timer = setTimeout(
          () => done(new Error(`timed out waiting for "${text}" from ${script}:\n${output.slice(-2000)}`)),
          timeoutMs,
        );
        const done = (error: Error | null): void => {
          clearTimeout(timer);
          watchers.delete(check);
          if (error) reject(error);
          else resolve();
        };
        watchers.add(check);
        check();
      });
    },
    async stop(graceMs = 15_000) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const code = await Promise.race([exited, delay(graceMs).then(() => 'timeout' as const)]);
      if (code !== 'timeout') return code;
      child.kill('SIGKILL');
      return exited;
    },
  };
}

export interface ProcMemory {
  /** Resident set size now, KiB. */
  rssKiB: number;
  /** Peak resident set size, KiB. */
  hwmKiB: number;
  /** Resident anonymous pages (heaps, malloc) and file-backed pages (the node binary, libraries), KiB. */
  anonKiB: number;
  fileKiB: number;
}

/** VmRSS and VmHWM of a process from /proc/<pid>/status. */
export function procMemory(pid: number | 'self'): ProcMemory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string): number =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return {
    rssKiB: field('VmRSS'),
    hwmKiB: field('VmHWM'),
    anonKiB: field('RssAnon'),
    fileKiB: field('RssFile'),
  };
}

let clockTicks: number | null = null;

/** User + system CPU time of a process so far, in milliseconds (from /proc/<pid>/stat). */
export function procCpuMs(pid: number): number {
  clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / clockTicks;
}

import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MIB } from './stats.js';

export interface MachineInfo {
  date: string;
  cores: number;
  memoryMiB: number;
  cpuModel: string;
  node: string;
  discordJs: string;
  betterSqlite3: string;
  sqlite: string;
}

function packageVersion(root: string, name: string): string {
  try {
    const json = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
      version?: string;
    };
    return json.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Date, hardware (from /proc/cpuinfo when readable) and the versions the figures depend on. */
export function machineInfo(repoRoot: string): MachineInfo {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1]) cpuModel = match[1].trim();
  } catch {
    // Not Linux: keep what os.cpus() says.
  }
  const db = new Database(':memory:');
  const sqlite = db.prepare<[], string>('SELECT sqlite_version()').pluck().get() ?? 'unknown';
  db.close();
  return {
    date: new Date().toISOString(),
    cores: cpus().length,
    memoryMiB: Math.round(totalmem() / MIB),
    cpuModel,
    node: process.version,
    discordJs: packageVersion(repoRoot, 'discord.js'),
    betterSqlite3: packageVersion(repoRoot, 'better-sqlite3'),
    sqlite,
  };
}

import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseDuration } from './domain/invites.js';

const SNOWFLAKE = /^\d{17,20}$/;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const DURATION_ERROR = 'must be a duration from 1 minute to 90 days, such as 24h, 12h, 7d or 1d12h';

/** The one schema over the environment; no other module reads `process.env`. */
const configSchema = z.object({
  DISCORD_TOKEN: z.string({ error: 'is required (the bot token from the Developer Portal)' }).trim().min(1, {
    error: 'is required (the bot token from the Developer Portal)',
  }),
  DISCORD_APPLICATION_ID: z
    .string({ error: 'is required (the application id from the Developer Portal)' })
    .trim()
    .regex(SNOWFLAKE, { error: 'must be a Discord id (17-20 digits)' }),
  DISCORD_GUILD_ID: z
    .string()
    .trim()
    .regex(SNOWFLAKE, { error: 'must be a Discord id (17-20 digits)' })
    .optional(),
  DATABASE_PATH: z.string().trim().min(1).default('data/stagegate.sqlite'),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:8080/api' })
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  BACKUP_DIR: z.string().trim().min(1).optional(),
  BACKUP_INTERVAL: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return null;
      const parsed = parseDuration(value);
      if (parsed.ok) return parsed.value;
      // The domain's message quotes the input; configuration messages never echo values.
      ctx.issues.push({ code: 'custom', input: value, message: DURATION_ERROR });
      return z.NEVER;
    }),
  BACKUP_KEEP: z.coerce
    .number({ error: 'must be a whole number from 1 to 1000' })
    .int({ error: 'must be a whole number from 1 to 1000' })
    .min(1, { error: 'must be a whole number from 1 to 1000' })
    .max(1000, { error: 'must be a whole number from 1 to 1000' })
    .default(7),
  METRICS_PORT: z.coerce
    .number({ error: 'must be a TCP port (1-65535)' })
    .int({ error: 'must be a TCP port (1-65535)' })
    .min(1, { error: 'must be a TCP port (1-65535)' })
    .max(65535, { error: 'must be a TCP port (1-65535)' })
    .optional(),
  METRICS_HOST: z.string().trim().min(1).default('127.0.0.1'),
});

/** What `npm run backup` and `npm run restore` need: no Discord credentials. */
const storageSchema = configSchema.pick({
  DATABASE_PATH: true,
  LOG_LEVEL: true,
  BACKUP_DIR: true,
  BACKUP_INTERVAL: true,
  BACKUP_KEEP: true,
});

export interface BackupSettings {
  /** `BACKUP_DIR`; null: `backups/` in the database's folder (created when missing). */
  dir: string | null;
  /** `BACKUP_INTERVAL` in milliseconds; null: the running bot makes no scheduled backups. */
  intervalMs: number | null;
  /** `BACKUP_KEEP`: scheduled backups keep this many of ours in the folder. */
  keep: number;
}

export interface MetricsSettings {
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
}

/** The settings of the database tools (`npm run backup`, `npm run restore`). */
export interface StorageConfig {
  databasePath: string;
  logLevel: (typeof LOG_LEVELS)[number];
  backup: BackupSettings;
}

export interface Config {
  discordToken: string;
  applicationId: string;
  guildId: string | undefined;
  databasePath: string;
  apiUrl: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Absent in hand-built configurations (tests, benchmarks): the defaults, no schedule. */
  backup?: BackupSettings;
  /** Absent or null: no metrics server. */
  metrics?: MetricsSettings | null;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(
      `Stagegate cannot start: the configuration is incomplete.\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'Set these in the environment or in a .env file; see "Configuration" in README.md.',
    );
  }
}

/** Parses a `.env` file: `KEY=value` lines, `#` comments (also after a value), optional single or double quotes. */
export function parseDotEnv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2] ?? '';
    // A quoted value may be followed by a comment: `KEY="value" # note`.
    const quoted = /^(['"])(.*)\1(?:\s+#.*)?$/.exec(value);
    value = quoted ? (quoted[2] ?? '') : value.replace(/\s+#.*$/, '');
    values[match[1] ?? ''] = value;
  }
  return values;
}

/** The environment with a `.env` file filling in what it does not set; empty values count as unset. */
function mergedEnvironment(env: NodeJS.ProcessEnv, dotEnvPath: string): Record<string, string> {
  const fromFile = existsSync(dotEnvPath) ? parseDotEnv(readFileSync(dotEnvPath, 'utf8')) : {};
  const merged: Record<string, string> = {};
  for (const source of [fromFile, env]) {
    for (const [key, value] of Object.entries(source)) {
      if (value !== undefined && value.trim() !== '') merged[key] = value;
    }
  }
  return merged;
}

function parseWith<T extends z.ZodType>(schema: T, values: Record<string, string>): z.output<T> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    // Values are never echoed: a malformed token must not end up in a log.
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  return parsed.data;
}

function backupSettings(c: z.output<typeof storageSchema>): BackupSettings {
  return { dir: c.BACKUP_DIR ?? null, intervalMs: c.BACKUP_INTERVAL, keep: c.BACKUP_KEEP };
}

/**
 * Builds the configuration from the environment, with a `.env` file filling in what the
 * environment does not set. Empty values count as unset. Throws one `ConfigError` naming every problem.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dotEnvPath = '.env'): Config {
  const c = parseWith(configSchema, mergedEnvironment(env, dotEnvPath));
  return {
    discordToken: c.DISCORD_TOKEN,
    applicationId: c.DISCORD_APPLICATION_ID,
    guildId: c.DISCORD_GUILD_ID,
    databasePath: c.DATABASE_PATH,
    apiUrl: c.DISCORD_API_URL,
    logLevel: c.LOG_LEVEL,
    backup: backupSettings(c),
    metrics: c.METRICS_PORT === undefined ? null : { host: c.METRICS_HOST, port: c.METRICS_PORT },
  };
}

/** The database tools' settings only, so a backup or restore works without the Discord credentials. */
export function loadStorageConfig(env: NodeJS.ProcessEnv = process.env, dotEnvPath = '.env'): StorageConfig {
  const c = parseWith(storageSchema, mergedEnvironment(env, dotEnvPath));
  return { databasePath: c.DATABASE_PATH, logLevel: c.LOG_LEVEL, backup: backupSettings(c) };
}

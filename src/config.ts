import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';

const SNOWFLAKE = /^\d{17,20}$/;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

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
});

export interface Config {
  discordToken: string;
  applicationId: string;
  guildId: string | undefined;
  databasePath: string;
  apiUrl: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
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

/**
 * Builds the configuration from the environment, with a `.env` file filling in what the
 * environment does not set. Empty values count as unset. Throws one `ConfigError` naming every problem.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dotEnvPath = '.env'): Config {
  const fromFile = existsSync(dotEnvPath) ? parseDotEnv(readFileSync(dotEnvPath, 'utf8')) : {};
  const merged: Record<string, string> = {};
  for (const source of [fromFile, env]) {
    for (const [key, value] of Object.entries(source)) {
      if (value !== undefined && value.trim() !== '') merged[key] = value;
    }
  }
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    // Values are never echoed: a malformed token must not end up in a log.
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`));
  }
  const c = parsed.data;
  return {
    discordToken: c.DISCORD_TOKEN,
    applicationId: c.DISCORD_APPLICATION_ID,
    guildId: c.DISCORD_GUILD_ID,
    databasePath: c.DATABASE_PATH,
    apiUrl: c.DISCORD_API_URL,
    logLevel: c.LOG_LEVEL,
  };
}

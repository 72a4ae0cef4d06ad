import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, loadStorageConfig, parseDotEnv } from '../src/config.js';

const noFile = join(tmpdir(), 'stagegate-no-such.env');
const valid = { DISCORD_TOKEN: 'token-value', DISCORD_APPLICATION_ID: '123456789012345678' };

describe('configuration', () => {
  it('applies defaults for the optional settings', () => {
    const config = loadConfig(valid, noFile);
    expect(config).toEqual({
      discordToken: 'token-value',
      applicationId: '123456789012345678',
      guildId: undefined,
      databasePath: 'data/stagegate.sqlite',
      apiUrl: undefined,
      logLevel: 'info',
      backup: { dir: null, intervalMs: null, keep: 7 },
      metrics: null,
    });
  });

  it('reads the backup and metrics settings', () => {
    const config = loadConfig(
      {
        ...valid,
        BACKUP_DIR: '/srv/backups',
        BACKUP_INTERVAL: '1d12h',
        BACKUP_KEEP: '14',
        METRICS_PORT: '9464',
      },
      noFile,
    );
    expect(config.backup).toEqual({ dir: '/srv/backups', intervalMs: 36 * 60 * 60_000, keep: 14 });
    expect(config.metrics).toEqual({ host: '127.0.0.1', port: 9464 });
    expect(loadConfig({ ...valid, METRICS_PORT: '9464', METRICS_HOST: '0.0.0.0' }, noFile).metrics).toEqual({
      host: '0.0.0.0',
      port: 9464,
    });
  });

  it('names each invalid backup or metrics setting without echoing its value', () => {
    let error: unknown;
    try {
      loadConfig({ ...valid, BACKUP_INTERVAL: 'sometimes', BACKUP_KEEP: '0', METRICS_PORT: '70000' }, noFile);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/BACKUP_INTERVAL must be a duration/);
    expect(message).toMatch(/BACKUP_KEEP must be a whole number from 1 to 1000/);
    expect(message).toMatch(/METRICS_PORT must be a TCP port/);
    expect(message).not.toContain('sometimes');
  });

  it("loads the database tools' settings without the Discord credentials", () => {
    expect(
      loadStorageConfig({ DATABASE_PATH: '/var/lib/stagegate/db.sqlite', BACKUP_KEEP: '3' }, noFile),
    ).toEqual({
      databasePath: '/var/lib/stagegate/db.sqlite',
      logLevel: 'info',
      backup: { dir: null, intervalMs: null, keep: 3 },
    });
  });

  it('lists every problem at once and points at the README', () => {
    let error: unknown;
    try {
      loadConfig({ DISCORD_GUILD_ID: 'abc', LOG_LEVEL: 'loud', DISCORD_API_URL: 'not a url' }, noFile);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of [
      'DISCORD_TOKEN',
      'DISCORD_APPLICATION_ID',
      'DISCORD_GUILD_ID',
      'LOG_LEVEL',
      'DISCORD_API_URL',
    ]) {
      expect(message).toContain(name);
    }
    expect(message).toContain('README.md');
  });

  it('never echoes a value it rejects, so a token cannot leak into the message', () => {
    expect(() => loadConfig({ ...valid, DISCORD_APPLICATION_ID: 'secret-looking-value' }, noFile)).toThrow(
      /^(?![\s\S]*secret-looking-value)/,
    );
  });

  it('reads a .env file and lets the environment override it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stagegate-config-'));
    const file = join(dir, '.env');
    writeFileSync(
      file,
      '# comment\nDISCORD_TOKEN="from-file"\nDISCORD_APPLICATION_ID=123456789012345678\nLOG_LEVEL=debug\n',
    );
    const config = loadConfig({ LOG_LEVEL: 'warn' }, file);
    expect(config.discordToken).toBe('from-file');
    expect(config.logLevel).toBe('warn');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ ...valid, DISCORD_GUILD_ID: '' }, noFile).guildId).toBeUndefined();
  });

  it('reads a quoted value followed by a comment without keeping the quotes', () => {
    expect(parseDotEnv('DISCORD_TOKEN="abc.def" # the bot token\nB=\'x # y\'   # note\n')).toEqual({
      DISCORD_TOKEN: 'abc.def',
      B: 'x # y',
    });
  });

  it('reads a .env file with a byte order mark and Windows line ends', () => {
    expect(parseDotEnv('\uFEFFDISCORD_TOKEN=abc\r\nLOG_LEVEL=debug\r\n')).toEqual({
      DISCORD_TOKEN: 'abc',
      LOG_LEVEL: 'debug',
    });
  });

  it('refuses a REST base URL that is not http(s), such as one missing its scheme', () => {
    for (const url of ['localhost:8080/api', 'ftp://127.0.0.1/api', 'javascript:alert(1)']) {
      expect(() => loadConfig({ ...valid, DISCORD_API_URL: url }, noFile)).toThrow(/DISCORD_API_URL/);
    }
    expect(loadConfig({ ...valid, DISCORD_API_URL: 'http://127.0.0.1:8080/api' }, noFile).apiUrl).toBe(
      'http://127.0.0.1:8080/api',
    );
  });

  it('parses quotes, export prefixes and trailing comments in .env files', () => {
    expect(parseDotEnv("export A=1 # note\nB='two words'\nC=\n  # skip\nbad line")).toEqual({
      A: '1',
      B: 'two words',
      C: '',
    });
  });
});

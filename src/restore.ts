import { ConfigError, loadStorageConfig } from './config.js';
import { OpsError } from './ops/errors.js';
import { restoreDatabase } from './ops/restore.js';
import { MIGRATIONS } from './store/migrations/index.js';

process.umask(0o077);

const USAGE = 'Usage: npm run restore -- <backup file>';

try {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0] === '' || args[0]?.startsWith('-')) throw new OpsError(USAGE);
  const config = loadStorageConfig();
  const result = restoreDatabase({
    databasePath: config.databasePath,
    file: args[0]!,
    latestVersion: MIGRATIONS.length,
    now: new Date(),
  });
  const lines = [`Restored ${args[0]} as ${result.databasePath} (schema version ${result.schemaVersion}).`];
  if (result.keptAside)
    lines.push(`The database it replaced is kept as ${result.keptAside} (with its -wal/-shm).`);
  lines.push('Start the bot: it runs on the restored data (and migrates it if the backup is older).');
  process.stdout.write(`${lines.join('\n')}\n`);
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof OpsError ? error.message : error);
  process.exitCode = 1;
}

import { ConfigError, loadStorageConfig } from './config.js';
import { backupDatabase, backupFolder } from './ops/backup.js';
import { OpsError } from './ops/errors.js';

// Everything this process creates (the backup, its journal) is readable by the owner only.
process.umask(0o077);

try {
  const config = loadStorageConfig();
  const result = await backupDatabase({
    databasePath: config.databasePath,
    folder: backupFolder(config.databasePath, config.backup),
    now: new Date(),
  });
  // The path alone on stdout, for scripts: BACKUP=$(npm run --silent backup).
  process.stdout.write(`${result.path}\n`);
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof OpsError ? error.message : error);
  process.exitCode = 1;
}

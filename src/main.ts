import { startBot } from './bot.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { OpsError } from './ops/errors.js';

// Members' data: whatever the bot creates (the database, its -wal and -shm, backups, exports) is
// readable by the owner only.
process.umask(0o077);

/** How long in-flight work may take to finish after SIGINT/SIGTERM. */
const SHUTDOWN_TIMEOUT_MS = 20_000;

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

const logger = createLogger(config.logLevel);
try {
  const bot = await startBot(config, { logger });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      // A Discord call that hangs (a long rate-limit wait) must not keep the process forever.
      // Effects not yet marked delivered stay pending and go out after the restart.
      setTimeout(() => {
        logger.error({ timeoutMs: SHUTDOWN_TIMEOUT_MS }, 'shutdown took too long; exiting');
        process.exit(1);
      }, SHUTDOWN_TIMEOUT_MS).unref();
      bot.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
} catch (error) {
  // A refusal (damaged database, another process on it) is a message for the operator, not a stack trace.
  if (error instanceof OpsError) logger.fatal(error.message);
  else logger.fatal({ err: error }, 'could not start');
  process.exit(1);
}

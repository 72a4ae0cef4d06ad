import { COMMANDS } from '../commands/index.js';
import { ConfigError, loadConfig } from './config.js';
import { deployCommands } from './discord/deploy.js';
import { createLogger } from './logger.js';

try {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const { scope, registered } = await deployCommands(config, COMMANDS);
  logger.info({ scope, commands: registered.map((c) => c.name) }, 'commands registered');
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}

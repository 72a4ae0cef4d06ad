import { Events } from 'discord.js';
import { COMMANDS } from '../commands/index.js';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { createDiscordClient } from './discord/client.js';
import type { Deps } from './discord/command.js';
import { ComponentSigner } from './discord/component-id.js';
import { Dispatcher } from './discord/dispatcher.js';
import { OutboxWorker, type OutboxWorkerOptions } from './discord/outbox-worker.js';
import { createEffectRenderer } from './discord/render/effects.js';
import { ReadinessSweep } from './lifecycle/readiness-sweep.js';
import { createLogger, type Logger } from './logger.js';
import { startCheckpointer } from './store/checkpointer.js';
import { openStore } from './store/store.js';

export interface BotOptions {
  clock?: Clock;
  logger?: Logger;
  outbox?: OutboxWorkerOptions;
  /** How often features are checked for readiness that time alone brought (default hourly). */
  readinessSweepMs?: number;
}

export interface RunningBot {
  deps: Deps;
  outbox: OutboxWorker;
  readiness: ReadinessSweep;
  /** Stops taking interactions, finishes work in flight, closes the gateway and the database. */
  stop(): Promise<void>;
}

/**
 * The composition root: config -> logger -> database (migrated) -> Discord client -> dispatcher ->
 * outbox worker -> login. `main.ts` and the end-to-end tests both start the bot through here.
 */
export async function startBot(config: Config, options: BotOptions = {}): Promise<RunningBot> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const store = openStore(config.databasePath);
  const checkpointer = startCheckpointer(store.db, config.databasePath, {
    onError: (error) => logger.warn({ err: error }, 'WAL checkpointer stopped; SQLite checkpoints by itself'),
  });
  const client = createDiscordClient(config.apiUrl);
  const outbox = new OutboxWorker(store, client.rest, clock, logger, options.outbox);
  const signer = new ComponentSigner(store.secret('component-signing'));
  const deps: Deps = {
    store,
    clock,
    render: createEffectRenderer(signer),
    logger,
    config,
    signer,
    wakeOutbox: () => outbox.wake(),
    client,
  };
  const dispatcher = new Dispatcher(COMMANDS, deps);
  client.on(Events.InteractionCreate, (interaction) => void dispatcher.handle(interaction));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.once(Events.ClientReady, (ready) => {
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'logged in');
  });

  try {
    await client.login(config.discordToken);
  } catch (error) {
    await client.destroy();
    await checkpointer?.stop();
    store.close();
    throw error;
  }
  outbox.start();
  const readiness = new ReadinessSweep(deps, logger, options.readinessSweepMs);
  readiness.start();

  let stopping: Promise<void> | null = null;
  return {
    deps,
    outbox,
    readiness,
    stop: () => {
      stopping ??= (async () => {
        readiness.stop();
        await dispatcher.drain();
        await outbox.stop();
        await client.destroy();
        await checkpointer?.stop();
        store.close();
        logger.info('stopped');
      })();
      return stopping;
    },
  };
}

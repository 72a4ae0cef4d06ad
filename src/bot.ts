import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Client, Events, REST, Status } from 'discord.js';
import { COMMANDS } from '../commands/index.js';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { createDiscordClient } from './discord/client.js';
import type { Deps } from './discord/command.js';
import { ComponentSigner } from './discord/component-id.js';
import { Dispatcher } from './discord/dispatcher.js';
import { OutboxWorker, type OutboxWorkerOptions } from './discord/outbox-worker.js';
import { createEffectRenderer } from './discord/render/effects.js';
import { FanoutRunner } from './lifecycle/fanout.js';
import { ReadinessSweep } from './lifecycle/readiness-sweep.js';
import { createLogger, type Logger } from './logger.js';
import { OpsError } from './ops/errors.js';
import { type DatabaseLock, lockPathOf, tryLockDatabase } from './ops/lock.js';
import { OpsRuntime } from './ops/runtime.js';
import { assertDatabaseIntact } from './ops/startup-check.js';
import { startCheckpointer } from './store/checkpointer.js';
import { openStore, type Store } from './store/store.js';

export interface BotOptions {
  clock?: Clock;
  logger?: Logger;
  outbox?: OutboxWorkerOptions;
  /** How often features are checked for readiness that time alone brought (default hourly). */
  readinessSweepMs?: number;
  /** How often delivered outbox rows older than 30 days are pruned (default hourly). */
  retentionSweepMs?: number;
  /** How long one REST request may take before it is aborted and retried (discord.js: 15 s). */
  restTimeoutMs?: number;
}

export interface RunningBot {
  deps: Deps;
  outbox: OutboxWorker;
  readiness: ReadinessSweep;
  /** Writes the per-member work of big changes in batches (role moves, retirements, promotions). */
  fanout: FanoutRunner;
  /** Metrics and health, scheduled backups, outbox retention. */
  ops: OpsRuntime;
  /** Stops taking interactions, finishes work in flight, closes the gateway and the database. */
  stop(): Promise<void>;
}

/** Ready only while every shard is: discord.js keeps its overall status at ready across reconnects. */
function gatewayReady(client: Client): boolean {
  return client.isReady() && client.ws.shards.every((shard) => shard.status === Status.Ready);
}

/**
 * The database lock (refused while another bot or a restore uses the file), then SQLite's quick
 * check before migrations touch the file, then the store.
 */
function openLockedStore(config: Config): { store: Store; lock: DatabaseLock | null } {
  let lock: DatabaseLock | null = null;
  if (config.databasePath !== ':memory:') {
    mkdirSync(dirname(config.databasePath), { recursive: true, mode: 0o700 });
    lock = tryLockDatabase(config.databasePath);
    if (!lock) {
      throw new OpsError(
        `Another Stagegate process (a bot or a restore) is using ${config.databasePath}: it holds ${lockPathOf(config.databasePath)}. Stop it first.`,
      );
    }
  }
  try {
    assertDatabaseIntact(config.databasePath, config.backup);
    return { store: openStore(config.databasePath), lock };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/**
 * The composition root: config -> logger -> database (locked, checked, migrated) -> Discord
 * client -> dispatcher -> outbox worker -> metrics server -> login -> timers. `main.ts` and the
 * end-to-end tests both start the bot through here.
 */
export async function startBot(config: Config, options: BotOptions = {}): Promise<RunningBot> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const { store, lock } = openLockedStore(config);
  const checkpointer = startCheckpointer(store.db, config.databasePath, {
    onError: (error) => logger.warn({ err: error }, 'WAL checkpointer stopped; SQLite checkpoints by itself'),
  });
  const client = createDiscordClient(config.apiUrl, options.restTimeoutMs);
  const ops = new OpsRuntime({
    config,
    store,
    clock,
    logger,
    gateway: { ready: () => gatewayReady(client), pingMs: () => client.ws.ping },
    commandNames: COMMANDS.map((command) => command.data.name),
    ...(options.retentionSweepMs === undefined ? {} : { retentionSweepMs: options.retentionSweepMs }),
  });
  // Forum posts carry no nonce: a request discord.js re-sent after a lost answer would post twice.
  const onceRest = new REST({ ...client.options.rest, retries: 0 }).setToken(config.discordToken);
  const outbox = new OutboxWorker(store, client.rest, clock, logger, {
    selfId: () => client.user?.id ?? null,
    onceRest,
    ...options.outbox,
    onDelivery: ops.observeDelivery,
  });
  const signer = new ComponentSigner(store.secret('component-signing'));
  const deps: Deps = {
    store,
    clock,
    render: createEffectRenderer(signer),
    logger,
    config,
    signer,
    // Committed effects go out now; a big change's remaining batches are written meanwhile.
    wakeOutbox: () => {
      outbox.wake();
      fanout.wake();
    },
    client,
  };
  const fanout = new FanoutRunner(deps, (error) => logger.error({ err: error }, 'fan-out batch failed'));
  const dispatcher = new Dispatcher(COMMANDS, deps, ops.observeInteraction);
  client.on(Events.InteractionCreate, (interaction) => void dispatcher.handle(interaction));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.once(Events.ClientReady, (ready) => {
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'logged in');
  });

  try {
    await ops.startServer();
    await client.login(config.discordToken);
  } catch (error) {
    await client.destroy();
    await ops.closeServer();
    await checkpointer?.stop();
    store.close();
    lock?.release();
    throw error;
  }
  outbox.start();
  fanout.start();
  const readiness = new ReadinessSweep(deps, logger, options.readinessSweepMs);
  readiness.start();
  ops.startJobs();

  let stopping: Promise<void> | null = null;
  return {
    deps,
    outbox,
    readiness,
    fanout,
    ops,
    stop: () => {
      stopping ??= (async () => {
        readiness.stop();
        fanout.stop();
        await ops.stopJobs();
        await dispatcher.drain();
        await outbox.stop();
        await client.destroy();
        await ops.closeServer();
        await checkpointer?.stop();
        store.close();
        lock?.release();
        logger.info('stopped');
      })();
      return stopping;
    },
  };
}

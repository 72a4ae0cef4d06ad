/**
 * `/feedback` from members in five locales against English only (issue 14), in one bot process:
 * rounds of each alternate (English, five locales, English, ...), so drift in the machine's load
 * falls on both alike; the figures of each side add up its rounds.
 */
import type { ReplyView } from '../test/support/fake-discord/index.js';
import {
  CONCURRENCY,
  chooseScenario,
  combine,
  figures,
  type RunFigures,
  type Scenario,
  startBotProcess,
  WARMUP_INTERACTIONS,
} from './interactions.js';
import { type DriveResult, drive } from './lib/drive.js';
import type { BenchWorld } from './lib/setup.js';

export const LOCALES = ['en-US', 'de', 'fr', 'es-ES', 'pt-BR'] as const;
export const LOCALE_ROUNDS = 5;
export const LOCALE_ROUND_INTERACTIONS = 2_500;

export interface LocaleFigures {
  english: RunFigures;
  mixed: RunFigures;
  /** One reply per locale, to show the answers are in the member's language. */
  samples: { locale: string; content: string }[];
  load: number[][];
}

function localized(scenario: Scenario, locales: readonly string[]): Scenario {
  return {
    label: `${scenario.label}, locales ${locales.join(', ')}`,
    command: (i) => ({ ...scenario.command(i), locale: locales[i % locales.length]! }),
    accept: scenario.accept,
  };
}

async function round(world: BenchWorld, scenario: Scenario, total: number): Promise<DriveResult> {
  return drive({
    fake: world.fake,
    guildId: world.guild.id,
    channelId: world.channel.id,
    command: scenario.command,
    accept: scenario.accept,
    total,
    concurrency: CONCURRENCY,
    deadlineMs: 120_000,
  });
}

/** One interaction in `locale`, its reply kept. */
async function sample(world: BenchWorld, scenario: Scenario, locale: string): Promise<string> {
  let content = '';
  const probe = localized(scenario, [locale]);
  await drive({
    fake: world.fake,
    guildId: world.guild.id,
    channelId: world.channel.id,
    command: probe.command,
    accept: (reply: ReplyView) => {
      content = reply.content;
      return scenario.accept(reply);
    },
    total: 1,
    concurrency: 1,
    deadlineMs: 30_000,
  });
  return content;
}

export async function runLocaleBench(
  world: BenchWorld,
  logs: string,
  progress: (line: string) => void,
  loadavg: () => number[],
): Promise<LocaleFigures> {
  const bot = startBotProcess(world, logs, 'bot-locales');
  try {
    await bot.waitForOutput('logged in', 60_000);
    const base = await chooseScenario(world);
    const english = localized(base, ['en-US']);
    const mixed = localized(base, LOCALES);
    const samples: LocaleFigures['samples'] = [];
    for (const locale of LOCALES) samples.push({ locale, content: await sample(world, base, locale) });
    await round(world, mixed, WARMUP_INTERACTIONS);
    const load = [loadavg()];
    const englishRuns: DriveResult[] = [];
    const mixedRuns: DriveResult[] = [];
    for (let i = 0; i < LOCALE_ROUNDS; i += 1) {
      englishRuns.push(await round(world, english, LOCALE_ROUND_INTERACTIONS));
      mixedRuns.push(await round(world, mixed, LOCALE_ROUND_INTERACTIONS));
      load.push(loadavg());
    }
    const figuresOf = { english: figures(combine(englishRuns)), mixed: figures(combine(mixedRuns)) };
    progress(
      `locales: English only ${figuresOf.english.perSecond.toFixed(0)}/s, five locales ${figuresOf.mixed.perSecond.toFixed(0)}/s (${(figuresOf.mixed.perSecond / figuresOf.english.perSecond).toFixed(2)}x)`,
    );
    return { ...figuresOf, samples, load };
  } finally {
    await bot.stop();
  }
}

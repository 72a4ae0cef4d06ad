import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.close();
});

type Registered = {
  name: string;
  description: string;
  description_localizations?: Record<string, string>;
  options?: Registered[];
  choices?: { name: string; value: string; name_localizations?: Record<string, string> }[];
};

describe('deploying the localized commands', () => {
  it('registers descriptions and choice names in every supported language, as Discord documents them', () => {
    // The harness deployed COMMANDS; a body breaking Discord's OpenAPI description would have been
    // refused (and h.close() fails on any recorded violation).
    const registered = h.fake.commands(h.guild.id) as Registered[];
    const setup = registered.find((c) => c.name === 'setup');
    expect(setup?.description_localizations).toEqual({
      de: 'Richte Stagegate für diesen Server ein',
      fr: 'Configurez Stagegate pour ce serveur',
      'es-ES': 'Configura Stagegate para este servidor',
      'pt-BR': 'Configure o Stagegate para este servidor',
    });
    const policy = setup?.options?.find((o) => o.name === 'ga-roles')?.options?.[0];
    expect(policy?.name).toBe('policy');
    expect(policy?.choices?.map((c) => [c.value, c.name, c.name_localizations?.de])).toEqual([
      ['keep', 'Keep as a badge', 'Als Abzeichen behalten'],
      ['remove', 'Remove', 'Entfernen'],
    ]);
  });

  it('is refused by the spec check when a localized description is too long, so the check above means something', async () => {
    const [first] = COMMANDS;
    if (!first) throw new Error('no command');
    const tooLong = { ...first, data: { ...first.data, description_localizations: { de: 'x'.repeat(101) } } };
    await expect(deployCommands(h.config, [tooLong])).rejects.toThrow();
    expect(h.fake.violations.length).toBeGreaterThan(0);
    h.fake.clearViolations();
  });
});

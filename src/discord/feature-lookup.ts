import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { Feature } from '../domain/entities.js';
import { LEVEL_LABELS } from '../domain/levels.js';
import type { Store } from '../store/store.js';
import type { Deps, GuildAutocomplete } from './command.js';
import { UserError } from './errors.js';
import { MESSAGES } from './messages.js';

/** The active feature a command names, or a `UserError` telling the member it does not exist. */
export function requireActiveFeature(store: Store, guildId: string, key: string): Feature {
  const feature = store.features.findByKey(guildId, key.trim().toLowerCase());
  if (feature?.state !== 'active') throw new UserError(MESSAGES.unknownFeature(key.trim()));
  return feature;
}

/** Autocomplete choices for a `feature` option: active features whose key or name contains the text. */
export function featureChoices(
  store: Store,
  guildId: string,
  typed: string,
): ApplicationCommandOptionChoiceData[] {
  return store.features.search(guildId, typed.trim().toLowerCase(), 25).map((feature) => ({
    name: `${feature.name} (${LEVEL_LABELS[feature.level]})`.slice(0, 100),
    value: feature.key,
  }));
}

/** The `autocomplete` handler of commands whose only autocompleted option is `feature`. */
export function featureAutocomplete(
  interaction: GuildAutocomplete,
  deps: Deps,
): ApplicationCommandOptionChoiceData[] {
  return featureChoices(deps.store, interaction.guildId, interaction.options.getFocused());
}

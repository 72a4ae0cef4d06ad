import type { ApplicationCommandOptionChoiceData } from 'discord.js';
import type { Feature } from '../domain/entities.js';
import { LEVEL_LABELS } from '../domain/levels.js';
import { cutText } from '../domain/text.js';
import type { Store } from '../store/store.js';
import { DEFAULT_LOCALE, type Locale, text, translator } from '../text/index.js';
import type { Deps, GuildAutocomplete } from './command.js';
import { UserError } from './errors.js';
import { replyLocale } from './locale.js';

/** Discord shows at most 100 characters of an autocomplete choice's name. */
const CHOICE_NAME_MAX = 100;

export interface FeatureLookupOptions {
  /**
   * Retired features too: for commands that read a feature's record (its feedback is the record
   * of why it was dropped), never for commands that change a feature or give feedback.
   */
  includeRetired?: boolean;
  /** The language of the choices' names: the member's (`replyLocale(interaction)`); English by default. */
  locale?: Locale;
}

/**
 * The feature a command names (active only, unless `includeRetired`), or a `UserError` telling
 * the member it does not exist.
 */
export function requireActiveFeature(
  store: Store,
  guildId: string,
  key: string,
  options: FeatureLookupOptions = {},
): Feature {
  const feature = store.features.findByKey(guildId, key.trim().toLowerCase());
  if (!feature || (feature.state !== 'active' && !options.includeRetired)) {
    throw new UserError(text('unknownFeature', { key: key.trim() }));
  }
  return feature;
}

/**
 * The active feature a verified custom id names by its id (a form, a button). A retired feature
 * gets the same `UserError` as an unknown key; an id that names no feature of this guild was never
 * made by the bot for it (features are never deleted), so the component counts as expired, and
 * another guild's feature stays unnamed.
 */
export function requireActiveFeatureById(store: Store, guildId: string, id: number): Feature {
  const feature = Number.isSafeInteger(id) ? store.features.findById(id) : undefined;
  if (feature?.guildId !== guildId) throw new UserError(text('expiredComponent'));
  if (feature.state !== 'active') throw new UserError(text('unknownFeature', { key: feature.key }));
  return feature;
}

/**
 * Autocomplete choices for a `feature` option: active features whose key or name contains the
 * text; with `includeRetired`, retired ones follow, marked as retired.
 */
export function featureChoices(
  store: Store,
  guildId: string,
  typed: string,
  options: FeatureLookupOptions = {},
): ApplicationCommandOptionChoiceData[] {
  const query = typed.trim().toLowerCase();
  const tr = translator(options.locale ?? DEFAULT_LOCALE);
  const features = options.includeRetired
    ? store.features.searchIncludingRetired(guildId, query, 25)
    : store.features.search(guildId, query, 25);
  return features.map((feature) => ({
    name: cutText(
      feature.state === 'retired'
        ? tr('feature.choiceRetired', { name: feature.name })
        : tr('feature.choice', { name: feature.name, level: LEVEL_LABELS[feature.level] }),
      CHOICE_NAME_MAX,
    ),
    value: feature.key,
  }));
}

/** The `autocomplete` handler of commands whose only autocompleted option is `feature`. */
export function featureAutocomplete(
  interaction: GuildAutocomplete,
  deps: Deps,
): ApplicationCommandOptionChoiceData[] {
  return featureChoices(deps.store, interaction.guildId, interaction.options.getFocused(), {
    locale: replyLocale(interaction),
  });
}

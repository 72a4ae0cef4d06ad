import type { Interaction } from 'discord.js';
import { type Locale, pickLocale } from '../text/index.js';

/**
 * The language a reply to this interaction is written in: the member's Discord language when
 * Stagegate speaks it, else English. (Channel posts and DMs not caused by the member use the
 * server's language instead: see `serverLocale`.)
 */
export function replyLocale(interaction: Pick<Interaction, 'locale'>): Locale {
  return pickLocale(interaction.locale);
}

/** The languages Stagegate speaks, by Discord's locale codes; English is the source and the fallback. */
export const SUPPORTED_LOCALES = ['en-US', 'de', 'fr', 'es-ES', 'pt-BR'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en-US';

/** Discord locales that read one of ours: British English as English, Latin American Spanish as Spanish. */
const ALIASES: Record<string, Locale> = { 'en-GB': 'en-US', 'es-419': 'es-ES' };

export function isSupportedLocale(value: string): value is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** The supported locale a Discord locale reads as, or null when Stagegate does not speak it. */
export function supportedLocale(discordLocale: string | null | undefined): Locale | null {
  if (!discordLocale) return null;
  if (isSupportedLocale(discordLocale)) return discordLocale;
  return ALIASES[discordLocale] ?? null;
}

/** The locale to answer in: the first supported one of `candidates`, else English. */
export function pickLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    const locale = supportedLocale(candidate);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/**
 * The language of a server's channel posts and of DMs not caused by the member: the one set with
 * `/setup language`, else the server's preferred locale when supported, else English.
 */
export function serverLocale(settings: { language: string | null; guildLocale: string | null }): Locale {
  return pickLocale(settings.language, settings.guildLocale);
}

import type { Migration } from '../migrate.js';

/**
 * The language of a server's channel posts and of DMs not caused by the member: set with
 * `/setup language` (`language`), else the server's preferred locale as Discord last sent it
 * with an interaction (`guild_locale`), else English.
 */
export const guildLanguage: Migration = {
  version: 7,
  name: 'guild language',
  up: `
ALTER TABLE guild_settings ADD COLUMN language TEXT;
ALTER TABLE guild_settings ADD COLUMN guild_locale TEXT;
`,
};

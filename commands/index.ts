import type { CommandModule } from '../src/discord/command.js';
import { localizeCommands } from '../src/discord/command-localization.js';
import { access } from './access.js';
import { feature } from './feature.js';
import { features } from './features.js';
import { feedback } from './feedback.js';
import { invite } from './invite.js';
import { join } from './join.js';
import { leave } from './leave.js';
import { mydata } from './mydata.js';
import { notifications } from './notifications.js';
import { promote } from './promote.js';
import { setup } from './setup/index.js';
import { triage } from './triage.js';
import { vote } from './vote.js';

/**
 * Every command, shared by the bot's dispatcher and `npm run deploy-commands`. Descriptions and
 * choice names come from the catalogue in every supported language (`localizeCommands`), so a
 * command added here is localized without code of its own: only its `cmd.*` keys.
 */
export const COMMANDS: readonly CommandModule[] = localizeCommands([
  feedback,
  features,
  join,
  leave,
  vote,
  notifications,
  mydata,
  promote,
  feature,
  invite,
  access,
  triage,
  setup,
]);

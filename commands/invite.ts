import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { bySubcommand, type CommandModule, type Deps, type GuildChatInput } from '../src/discord/command.js';
import { FROM_CATALOGUE } from '../src/discord/command-localization.js';
import { featureOption } from '../src/discord/command-options.js';
import { DISCORD_ERROR, discordErrorCode, UserError } from '../src/discord/errors.js';
import { featureAutocomplete, requireActiveFeature } from '../src/discord/feature-lookup.js';
import { replyLocale } from '../src/discord/locale.js';
import { OPTION, readOptions } from '../src/discord/options.js';
import {
  renderAdmitted,
  renderInviteCreated,
  renderInviteListing,
  renderInviteRefusal,
  renderInviteRevoked,
} from '../src/discord/render/access.js';
import { respond } from '../src/discord/reply.js';
import { parseDuration } from '../src/domain/invites.js';
import { admitFromWaitlist, createInvite, listInvites, revokeInvite } from '../src/lifecycle/invites.js';
import { type Locale, renderText, text } from '../src/text/index.js';

const data = new SlashCommandBuilder()
  .setName('invite')
  .setDescription(FROM_CATALOGUE)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addSubcommand((sub) =>
    sub
      .setName('create')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) => featureOption(o))
      .addIntegerOption((o) =>
        o.setName('uses').setDescription(FROM_CATALOGUE).setMinValue(1).setMaxValue(1000),
      )
      .addStringOption((o) => o.setName('expires_in').setDescription(FROM_CATALOGUE).setMaxLength(16))
      .addUserOption((o) => o.setName('member').setDescription(FROM_CATALOGUE)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('admit')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) => featureOption(o))
      .addIntegerOption((o) =>
        o.setName('count').setDescription(FROM_CATALOGUE).setRequired(true).setMinValue(1).setMaxValue(100),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('list')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) => featureOption(o)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('revoke')
      .setDescription(FROM_CATALOGUE)
      .addStringOption((o) =>
        o.setName('code').setDescription(FROM_CATALOGUE).setRequired(true).setMaxLength(64),
      ),
  )
  .toJSON();

/**
 * The `expires_in` option (`12h`, `7d`) in milliseconds, or null when not given. A refusal names
 * the option and says why in the member's language (`parseDuration`'s reason, with what they typed).
 */
function lifetimeFrom(expiresIn: string | null, locale: Locale): number | null {
  if (expiresIn === null) return null;
  const parsed = parseDuration(expiresIn);
  if (parsed.ok) return parsed.value;
  throw new UserError(
    text('invalidOption', { option: 'expires_in', problem: renderText(locale, parsed.error) }),
  );
}

/**
 * A second delivery of the same interaction (Discord may resend after a gateway resume) is answered
 * with the first one's outcome; that answer is refused when the first was delivered, which is fine.
 */
async function respondOnce(
  interaction: GuildChatInput,
  deps: Deps,
  replayed: boolean,
  content: string,
): Promise<void> {
  try {
    await respond(interaction, { content });
  } catch (error) {
    if (!replayed || discordErrorCode(error) !== DISCORD_ERROR.alreadyAcknowledged) throw error;
    deps.logger.debug({ interaction: interaction.id }, 'replayed invite interaction already answered');
  }
}

const createSchema = z.object({
  feature: OPTION.feature,
  uses: z.number().int().min(1).max(1000).nullable(),
  expires_in: z.string().trim().min(1, 'option.empty').max(16).nullable(),
  member: OPTION.user.nullable(),
});

async function create(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = readOptions(interaction, createSchema);
  const locale = replyLocale(interaction);
  const lifetimeMs = lifetimeFrom(options.expires_in, locale);
  const member = options.member;
  const outcome = createInvite(deps, {
    feature: requireActiveFeature(deps.store, interaction.guildId, options.feature),
    actorId: interaction.user.id,
    interactionId: interaction.id,
    guildName: interaction.guild.name,
    uses: options.uses,
    lifetimeMs,
    target: member && { id: member.id, isBot: member.bot, inServer: member.inServer },
  });
  if (outcome.kind === 'refused') throw new UserError(renderInviteRefusal(outcome));
  await respondOnce(interaction, deps, outcome.replayed, renderText(locale, renderInviteCreated(outcome)));
}

const admitSchema = z.object({ feature: OPTION.feature, count: z.number().int().min(1).max(100) });

async function admit(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = readOptions(interaction, admitSchema);
  const outcome = admitFromWaitlist(deps, {
    feature: requireActiveFeature(deps.store, interaction.guildId, options.feature),
    actorId: interaction.user.id,
    interactionId: interaction.id,
    guildName: interaction.guild.name,
    count: options.count,
  });
  if (outcome.kind === 'refused') throw new UserError(renderInviteRefusal(outcome));
  await respondOnce(interaction, deps, outcome.replayed, renderAdmitted(outcome, replyLocale(interaction)));
}

const listSchema = z.object({ feature: OPTION.feature });

async function list(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = readOptions(interaction, listSchema);
  const feature = requireActiveFeature(deps.store, interaction.guildId, options.feature);
  await respond(interaction, renderInviteListing(listInvites(deps, feature), replyLocale(interaction)));
}

const revokeSchema = z.object({ code: OPTION.inviteCode });

async function revoke(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = readOptions(interaction, revokeSchema);
  const outcome = revokeInvite(deps, {
    guildId: interaction.guildId,
    actorId: interaction.user.id,
    code: options.code,
  });
  if (outcome.kind === 'refused') throw new UserError(renderInviteRefusal(outcome));
  await respond(interaction, { content: renderText(replyLocale(interaction), renderInviteRevoked(outcome)) });
}

export const invite: CommandModule = {
  data,
  maintainerOnly: true,
  execute: bySubcommand({ create, admit, list, revoke }),
  autocomplete: featureAutocomplete,
};

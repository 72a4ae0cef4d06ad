import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { CommandModule } from '../src/discord/command.js';
import { featureOption } from '../src/discord/command-options.js';
import { UserError } from '../src/discord/errors.js';
import { featureAutocomplete, requireActiveFeature } from '../src/discord/feature-lookup.js';
import { MESSAGES } from '../src/discord/messages.js';
import { parseOptions } from '../src/discord/options.js';
import { respond } from '../src/discord/reply.js';
import { queueRole, reconcileSeenMember } from '../src/lifecycle/role-changes.js';

const data = new SlashCommandBuilder()
  .setName('leave')
  .setDescription('Give up your access to a feature; its role is removed')
  .setContexts(0)
  .addStringOption((o) => featureOption(o))
  .toJSON();

const optionsSchema = z.object({ feature: z.string().trim().min(1, 'name a feature') });

export const leave: CommandModule = {
  data,
  maintainerOnly: false,
  async execute(interaction, deps) {
    const options = parseOptions(optionsSchema, { feature: interaction.options.getString('feature', true) });
    const feature = requireActiveFeature(deps.store, interaction.guildId, options.feature);
    const memberId = interaction.user.id;
    const now = deps.clock.now();
    const hasRole = interaction.member.roles.cache.has(feature.roleId);
    const outcome = deps.store.transaction(() => {
      const grant = deps.store.access.revoke(
        feature.id,
        memberId,
        memberId,
        MESSAGES.join.grantLeaveReason,
        now,
      );
      if (grant) {
        queueRole(
          deps,
          feature,
          memberId,
          'role-remove',
          { cause: 'left', featureKey: feature.key },
          null,
          now,
        );
        deps.store.waitlist.closeForMember(feature.id, memberId, 'left', now);
        return 'left' as const;
      }
      if (deps.store.waitlist.closeForMember(feature.id, memberId, 'left', now))
        return 'left-waitlist' as const;
      // No grant: a role held anyway (given by hand, or a failed removal) goes too.
      return reconcileSeenMember(deps, feature, memberId, hasRole, now) ? ('left' as const) : null;
    });
    if (outcome === null) {
      throw new UserError(
        feature.level === 'ga'
          ? MESSAGES.join.nothingToLeaveAtGa(feature.name)
          : MESSAGES.join.notMember(feature.name),
      );
    }
    deps.wakeOutbox();
    await respond(interaction, {
      content:
        outcome === 'left' ? MESSAGES.join.left(feature.name) : MESSAGES.join.leftWaitlist(feature.name),
    });
  },
  autocomplete: featureAutocomplete,
};

import { type APIEmbed, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { requirePostableChannel } from '../src/discord/channel-check.js';
import type { CommandModule, Deps, GuildChatInput } from '../src/discord/command.js';
import { textChannelOption } from '../src/discord/command-options.js';
import { UserError } from '../src/discord/errors.js';
import { MESSAGES } from '../src/discord/messages.js';
import { orUserError, parseOptions } from '../src/discord/options.js';
import { COLOR } from '../src/discord/render/features.js';
import { respond } from '../src/discord/reply.js';
import type { GuildSettings, TermsLevel } from '../src/domain/entities.js';
import { type GateThresholds, MAX_GATE_MIN_DAYS, MAX_GATE_MIN_FEEDBACK } from '../src/domain/gates.js';
import { LEVEL_LABELS, TRANSITIONS, type Transition, transitionLevels } from '../src/domain/levels.js';
import {
  decideTagAddition,
  decideTagRemoval,
  MAX_TERMS_LENGTH,
  MAX_VOCABULARY_TAGS,
  mergeGateThresholds,
  type TagChangeRefusal,
} from '../src/domain/setup-rules.js';
import { queueReadinessNoticesForGuild } from '../src/lifecycle/readiness-watch.js';

const data = new SlashCommandBuilder()
  .setName('setup')
  .setDescription('Configure Stagegate for this server')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addSubcommand((sub) =>
    sub
      .setName('announcements')
      .setDescription('Where promotions and retirements are announced')
      .addChannelOption((o) => textChannelOption(o, 'channel', 'Announcement channel').setRequired(true)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('maintainers')
      .setDescription('The role whose members may run maintainer commands (besides Manage Server)')
      .addRoleOption((o) => o.setName('role').setDescription('Maintainer role').setRequired(true)),
  )
  .addSubcommand((sub) =>
    sub
      .setName('log')
      .setDescription('Where readiness notices and delivery problems are reported')
      .addChannelOption((o) => textChannelOption(o, 'channel', 'Log channel').setRequired(true)),
  )
  .addSubcommandGroup((group) =>
    group
      .setName('tags')
      .setDescription('The feedback tag vocabulary')
      .addSubcommand((sub) =>
        sub
          .setName('add')
          .setDescription('Add a tag')
          .addStringOption((o) =>
            o
              .setName('tag')
              .setDescription('Lowercase letters, digits, hyphens')
              .setRequired(true)
              .setMaxLength(24),
          ),
      )
      .addSubcommand((sub) =>
        sub
          .setName('remove')
          .setDescription('Remove a tag (stored feedback keeps it)')
          .addStringOption((o) =>
            o.setName('tag').setDescription('The tag').setRequired(true).setMaxLength(24),
          ),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('gates')
      .setDescription('Readiness gates of one transition')
      .addStringOption((o) =>
        o
          .setName('transition')
          .setDescription('Which promotion')
          .setRequired(true)
          .addChoices(
            { name: 'Early Access -> Preview', value: 'early-access->preview' },
            { name: 'Preview -> General Availability', value: 'preview->ga' },
          ),
      )
      .addIntegerOption((o) =>
        o
          .setName('min_feedback')
          .setDescription('Feedback needed at the current level')
          .setMinValue(0)
          .setMaxValue(MAX_GATE_MIN_FEEDBACK),
      )
      .addIntegerOption((o) =>
        o
          .setName('min_days')
          .setDescription('Days needed at the current level')
          .setMinValue(0)
          .setMaxValue(MAX_GATE_MIN_DAYS),
      )
      .addIntegerOption((o) =>
        o
          .setName('max_open_blockers')
          .setDescription('Open blocker feedback allowed')
          .setMinValue(0)
          .setMaxValue(10_000),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('terms')
      .setDescription('The terms members accept before they get access')
      .addStringOption((o) =>
        o
          .setName('level')
          .setDescription('Which level')
          .setRequired(true)
          .addChoices({ name: 'Early Access', value: 'early-access' }, { name: 'Preview', value: 'preview' }),
      )
      .addStringOption((o) =>
        o.setName('text').setDescription('The terms text').setRequired(true).setMaxLength(MAX_TERMS_LENGTH),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('feedback-rate')
      .setDescription('How many feedback items a member may give per minute')
      .addIntegerOption((o) =>
        o
          .setName('per_minute')
          .setDescription('Limit (default 5)')
          .setRequired(true)
          .setMinValue(1)
          .setMaxValue(1000),
      ),
  )
  .addSubcommand((sub) =>
    sub
      .setName('ga-roles')
      .setDescription('What happens to feature roles when a feature reaches General Availability')
      .addStringOption((o) =>
        o
          .setName('policy')
          .setDescription('Keep the role as a badge, or remove it')
          .setRequired(true)
          .addChoices({ name: 'Keep as a badge', value: 'keep' }, { name: 'Remove', value: 'remove' }),
      ),
  )
  .addSubcommand((sub) => sub.setName('show').setDescription('Show the current configuration'))
  .toJSON();

const transitionLabel = (transition: Transition) => {
  const { from, to } = transitionLevels(transition);
  return `${LEVEL_LABELS[from]} → ${LEVEL_LABELS[to]}`;
};

const gatesLine = (g: GateThresholds) =>
  MESSAGES.setup.gatesLine(g.minFeedback, g.minDays, g.maxOpenBlockers);

async function setChannel(
  interaction: GuildChatInput,
  deps: Deps,
  which: 'announcements' | 'log',
): Promise<void> {
  const channel = interaction.options.getChannel('channel', true);
  await requirePostableChannel(interaction.guild, channel.id);
  const now = deps.clock.now();
  if (which === 'announcements') {
    deps.store.settings.setAnnouncementChannel(interaction.guildId, channel.id, now);
    return respond(interaction, { content: MESSAGES.setup.announcements(channel.id) });
  }
  const noticed = deps.store.transaction(() => {
    deps.store.settings.setLogChannel(interaction.guildId, channel.id, now);
    return queueReadinessNoticesForGuild(deps, interaction.guildId, now);
  });
  if (noticed > 0) deps.wakeOutbox();
  return respond(interaction, { content: MESSAGES.setup.log(channel.id) });
}

async function setMaintainers(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const role = interaction.options.getRole('role', true);
  const roleId = role.id;
  if (roleId === interaction.guildId) throw new UserError(MESSAGES.setup.maintainerEveryone);
  if (!interaction.guild.roles.cache.has(roleId)) throw new UserError(MESSAGES.setup.maintainerUnknown);
  if (role.managed) throw new UserError(MESSAGES.setup.maintainerManaged);
  deps.store.settings.setMaintainerRole(interaction.guildId, roleId, deps.clock.now());
  return respond(interaction, { content: MESSAGES.setup.maintainers(roleId) });
}

function tagRefusal(refusal: TagChangeRefusal, vocabulary: string[]): UserError {
  switch (refusal.reason) {
    case 'invalid':
      return new UserError(refusal.message);
    case 'exists':
      return new UserError(MESSAGES.setup.tagExists(refusal.tag));
    case 'missing':
      return new UserError(MESSAGES.setup.tagMissing(refusal.tag, vocabulary));
    case 'last':
      return new UserError(MESSAGES.setup.tagLast);
    case 'full':
      return new UserError(MESSAGES.setup.tagsFull(MAX_VOCABULARY_TAGS));
  }
}

async function addTag(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const now = deps.clock.now();
  const raw = interaction.options.getString('tag', true);
  const tags = deps.store.transaction(() => {
    const vocabulary = deps.store.settings.tags(interaction.guildId);
    const decided = decideTagAddition(raw, vocabulary);
    if (!decided.ok) throw tagRefusal(decided.error, vocabulary);
    deps.store.settings.addTag(interaction.guildId, decided.value, now);
    return { tag: decided.value, all: deps.store.settings.tags(interaction.guildId) };
  });
  return respond(interaction, { content: MESSAGES.setup.tagAdded(tags.tag, tags.all) });
}

async function removeTag(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const now = deps.clock.now();
  const raw = interaction.options.getString('tag', true);
  const tags = deps.store.transaction(() => {
    deps.store.settings.ensure(interaction.guildId, now);
    const vocabulary = deps.store.settings.tags(interaction.guildId);
    const decided = decideTagRemoval(raw, vocabulary);
    if (!decided.ok) throw tagRefusal(decided.error, vocabulary);
    deps.store.settings.removeTag(interaction.guildId, decided.value, now);
    return { tag: decided.value, all: deps.store.settings.tags(interaction.guildId) };
  });
  return respond(interaction, { content: MESSAGES.setup.tagRemoved(tags.tag, tags.all) });
}

const gatesSchema = z.object({
  transition: z.enum(TRANSITIONS as [Transition, ...Transition[]]),
  minFeedback: z.number().int().min(0).max(MAX_GATE_MIN_FEEDBACK).nullable(),
  minDays: z.number().int().min(0).max(MAX_GATE_MIN_DAYS).nullable(),
  maxOpenBlockers: z.number().int().min(0).nullable(),
});

async function setGates(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = parseOptions(gatesSchema, {
    transition: interaction.options.getString('transition', true),
    minFeedback: interaction.options.getInteger('min_feedback'),
    minDays: interaction.options.getInteger('min_days'),
    maxOpenBlockers: interaction.options.getInteger('max_open_blockers'),
  });
  const now = deps.clock.now();
  const label = transitionLabel(options.transition);
  const result = deps.store.transaction(() => {
    const current = deps.store.settings.get(interaction.guildId).gates[options.transition];
    const merged = mergeGateThresholds(current, options);
    if (merged === null) return { changed: false, gates: current, noticed: 0 };
    const gates = orUserError(merged);
    deps.store.settings.setGates(interaction.guildId, options.transition, gates, now);
    // Lowered gates can make features ready now rather than at the next hourly check.
    const noticed = queueReadinessNoticesForGuild(deps, interaction.guildId, now);
    return { changed: true, gates, noticed };
  });
  if (result.noticed > 0) deps.wakeOutbox();
  return respond(interaction, {
    content: result.changed ? MESSAGES.setup.gatesSet(label) : MESSAGES.setup.gatesTitle(label),
    embeds: [
      { title: MESSAGES.setup.gatesTitle(label), description: gatesLine(result.gates), color: COLOR.preview },
    ],
  });
}

const termsSchema = z.object({
  level: z.enum(['early-access', 'preview'] satisfies TermsLevel[]),
  text: z.string().trim().min(1, { error: MESSAGES.setup.termsEmpty }).max(MAX_TERMS_LENGTH),
});

async function setTerms(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = parseOptions(termsSchema, {
    level: interaction.options.getString('level', true),
    text: interaction.options.getString('text', true),
  });
  const version = deps.store.transaction(() =>
    deps.store.settings.setTerms(
      interaction.guildId,
      options.level,
      options.text,
      interaction.user.id,
      deps.clock.now(),
    ),
  );
  return respond(interaction, { content: MESSAGES.setup.termsSet(LEVEL_LABELS[options.level], version) });
}

const rateSchema = z.object({ perMinute: z.number().int().min(1).max(1000) });

async function setFeedbackRate(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const { perMinute } = parseOptions(rateSchema, {
    perMinute: interaction.options.getInteger('per_minute', true),
  });
  deps.store.settings.setFeedbackPerMinute(interaction.guildId, perMinute, deps.clock.now());
  return respond(interaction, { content: MESSAGES.setup.feedbackRate(perMinute) });
}

const gaRolesSchema = z.object({ policy: z.enum(['keep', 'remove']) });

async function setGaRoles(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const { policy } = parseOptions(gaRolesSchema, { policy: interaction.options.getString('policy', true) });
  deps.store.settings.setGaRolePolicy(interaction.guildId, policy, deps.clock.now());
  return respond(interaction, { content: MESSAGES.setup.gaRoles(policy) });
}

/** The whole configuration of the guild, as `/setup show` displays it. */
export function renderSettings(settings: GuildSettings): APIEmbed {
  const none = MESSAGES.setup.notSet;
  return {
    title: MESSAGES.setup.showTitle,
    color: COLOR.preview,
    fields: [
      {
        name: MESSAGES.setup.showAnnouncements,
        value: settings.announcementChannelId ? `<#${settings.announcementChannelId}>` : none,
        inline: true,
      },
      {
        name: MESSAGES.setup.showLog,
        value: settings.logChannelId ? `<#${settings.logChannelId}>` : none,
        inline: true,
      },
      {
        name: MESSAGES.setup.showMaintainers,
        value: settings.maintainerRoleId ? `<@&${settings.maintainerRoleId}>` : none,
        inline: true,
      },
      {
        name: MESSAGES.setup.showTags,
        value:
          settings.tags
            .map((t) => `\`${t}\``)
            .join(' ')
            .slice(0, 1024) || none,
      },
      {
        name: MESSAGES.setup.showGates,
        value: TRANSITIONS.map((t) => `**${transitionLabel(t)}**: ${gatesLine(settings.gates[t])}`).join(
          '\n',
        ),
      },
      {
        name: MESSAGES.setup.showTerms,
        value: (['early-access', 'preview'] as const)
          .map((level) => MESSAGES.setup.showTermsLine(LEVEL_LABELS[level], settings.terms[level].version))
          .join('\n'),
      },
      {
        name: MESSAGES.setup.showRate,
        value: MESSAGES.setup.showRateValue(settings.feedbackPerMinute),
        inline: true,
      },
      { name: MESSAGES.setup.showGaRoles, value: settings.gaRolePolicy, inline: true },
    ],
  };
}

async function show(interaction: GuildChatInput, deps: Deps): Promise<void> {
  return respond(interaction, {
    embeds: [renderSettings(deps.store.settings.get(interaction.guildId))],
  });
}

export const setup: CommandModule = {
  data,
  maintainerOnly: true,
  async execute(interaction, deps) {
    const group = interaction.options.getSubcommandGroup(false);
    const sub = interaction.options.getSubcommand(true);
    if (group === 'tags') return sub === 'add' ? addTag(interaction, deps) : removeTag(interaction, deps);
    switch (sub) {
      case 'announcements':
        return setChannel(interaction, deps, 'announcements');
      case 'log':
        return setChannel(interaction, deps, 'log');
      case 'maintainers':
        return setMaintainers(interaction, deps);
      case 'gates':
        return setGates(interaction, deps);
      case 'terms':
        return setTerms(interaction, deps);
      case 'feedback-rate':
        return setFeedbackRate(interaction, deps);
      case 'ga-roles':
        return setGaRoles(interaction, deps);
      case 'show':
        return show(interaction, deps);
    }
  },
};

import {
  LabelBuilder,
  ModalBuilder,
  SlashCommandBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { z } from 'zod';
import type { CommandModule, Deps, GuildChatInput, GuildModalSubmit } from '../src/discord/command.js';
import { featureOption } from '../src/discord/command-options.js';
import type { ComponentAction } from '../src/discord/component-id.js';
import { DISCORD_ERROR, discordErrorCode, UserError } from '../src/discord/errors.js';
import { featureChoices, requireActiveFeature } from '../src/discord/feature-lookup.js';
import { MESSAGES } from '../src/discord/messages.js';
import { orUserError, parseOptions } from '../src/discord/options.js';
import { renderFeedbackMirror } from '../src/discord/render/feedback.js';
import { type RepliableInteraction, respond } from '../src/discord/reply.js';
import { canGiveFeedback } from '../src/domain/access.js';
import type { Feature, FeedbackItem } from '../src/domain/entities.js';
import { decodeDraftTags, encodeDraftTags } from '../src/domain/feedback-draft.js';
import {
  completeTagList,
  decideRateLimit,
  MAX_FEEDBACK_LENGTH,
  parseTagList,
  RATE_LIMIT_WINDOW_MS,
  validateFeedbackBody,
} from '../src/domain/feedback-rules.js';
import { LEVEL_LABELS } from '../src/domain/levels.js';
import { queueReadinessNotice } from '../src/lifecycle/readiness-watch.js';

const data = new SlashCommandBuilder()
  .setName('feedback')
  .setDescription('Give feedback on a feature at its current maturity level')
  .setContexts(0)
  .addStringOption((o) => featureOption(o))
  .addStringOption((o) =>
    o
      .setName('tags')
      .setDescription('1-3 tags, comma-separated (for example: bug, performance)')
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(100),
  )
  .addStringOption((o) =>
    o
      .setName('message')
      .setDescription('Your feedback; leave empty to write it in a form')
      .setMaxLength(MAX_FEEDBACK_LENGTH),
  )
  .toJSON();

const optionsSchema = z.object({
  feature: z.string().min(1),
  tags: z.string().min(1),
  message: z.string().nullable(),
});

/** How long the feedback form stays valid: long texts take a while to write. */
const FORM_LIFETIME_MS = 60 * 60_000;
const FORM_ACTION = 'write';
const BODY_FIELD = 'body';

interface Submission {
  feature: Feature;
  tags: string[];
  body: string;
  authorId: string;
  /** Holds the feature role right now (read from the interaction's member). */
  hasRole: boolean;
  sourceInteractionId: string;
}

type StoreOutcome = { kind: 'stored' | 'replayed'; item: FeedbackItem; feature: Feature };

function requireAccess(feature: Feature, hasAccess: boolean): void {
  if (!canGiveFeedback(feature.level, hasAccess)) {
    throw new UserError(MESSAGES.feedback.earlyAccessOnly(feature.name, feature.key));
  }
}

function requireUnderRateLimit(
  deps: Deps,
  guildId: string,
  authorId: string,
  now: Date,
  perMinute: number,
): void {
  const recent = deps.store.feedback.recentByAuthor(
    guildId,
    authorId,
    new Date(now.getTime() - RATE_LIMIT_WINDOW_MS),
  );
  const decision = decideRateLimit(recent.count, recent.oldest, now, perMinute);
  if (!decision.allowed) throw new UserError(MESSAGES.feedback.rateLimited(perMinute, decision.retryAt));
}

/**
 * Stores one feedback item in one transaction: the replay check, the feature and access checks
 * against fresh state, the rate limit, the `#N`, the tags, the mirror post and the readiness notice.
 */
function storeFeedback(deps: Deps, submission: Submission): StoreOutcome {
  const { store } = deps;
  const now = deps.clock.now();
  return store.transaction((): StoreOutcome => {
    const existing = store.feedback.findBySourceInteraction(submission.sourceInteractionId);
    if (existing) return { kind: 'replayed', item: existing, feature: submission.feature };
    const feature = store.features.findById(submission.feature.id);
    if (feature?.state !== 'active') throw new UserError(MESSAGES.unknownFeature(submission.feature.key));
    requireAccess(feature, submission.hasRole || store.access.hasAccess(feature.id, submission.authorId));
    const settings = store.settings.get(feature.guildId);
    requireUnderRateLimit(deps, feature.guildId, submission.authorId, now, settings.feedbackPerMinute);
    const item = store.feedback.insert(
      {
        guildId: feature.guildId,
        number: store.settings.nextFeedbackNumber(feature.guildId, now),
        featureId: feature.id,
        level: feature.level,
        authorId: submission.authorId,
        body: submission.body,
        tags: submission.tags,
        sourceInteractionId: submission.sourceInteractionId,
      },
      now,
    );
    if (feature.feedbackChannelId) {
      // No actor: a mirror the bot cannot post is for the log channel, not for the member who wrote.
      store.outbox.enqueue(
        feature.guildId,
        { kind: 'message', channelId: feature.feedbackChannelId, body: renderFeedbackMirror(item, feature) },
        null,
        now,
      );
    }
    queueReadinessNotice(deps, feature, now);
    return { kind: 'stored', item, feature };
  });
}

async function confirm(interaction: RepliableInteraction, deps: Deps, outcome: StoreOutcome): Promise<void> {
  const { item, feature } = outcome;
  const text = outcome.kind === 'stored' ? MESSAGES.feedback.stored : MESSAGES.feedback.alreadyStored;
  try {
    await respond(interaction, {
      content: text(item.number, feature.name, LEVEL_LABELS[item.level], item.tags),
    });
  } catch (error) {
    // A replayed interaction may already have been answered the first time; nothing is lost.
    if (outcome.kind === 'replayed' && discordErrorCode(error) === DISCORD_ERROR.alreadyAcknowledged) {
      deps.logger.debug({ interaction: interaction.id }, 'replayed feedback interaction already answered');
      return;
    }
    throw error;
  }
}

/** A replay of an interaction that already stored feedback: answered without checking anything again. */
function findReplay(deps: Deps, interactionId: string): StoreOutcome | null {
  const item = deps.store.feedback.findBySourceInteraction(interactionId);
  if (!item) return null;
  const feature = deps.store.features.findById(item.featureId);
  return feature ? { kind: 'replayed', item, feature } : null;
}

function formCustomId(
  deps: Deps,
  interaction: GuildChatInput,
  feature: Feature,
  tags: string[],
  vocabulary: string[],
) {
  const component = (encodedTags: string): ComponentAction => ({
    command: 'feedback',
    action: FORM_ACTION,
    args: [feature.id.toString(36), encodedTags],
    ownerId: interaction.user.id,
    expiresAt: new Date(deps.clock.now().getTime() + FORM_LIFETIME_MS),
  });
  const room = 100 - deps.signer.sign(component('')).length;
  const encoded = encodeDraftTags(tags, vocabulary, room);
  if (encoded === null) throw new UserError(MESSAGES.feedback.tagsTooLongForForm);
  return deps.signer.sign(component(encoded));
}

function feedbackForm(customId: string, feature: Feature): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(customId)
    .setTitle(MESSAGES.feedback.modalTitle(feature.name))
    .addLabelComponents(
      new LabelBuilder()
        .setLabel(MESSAGES.feedback.modalLabel)
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(BODY_FIELD)
            .setStyle(TextInputStyle.Paragraph)
            .setMinLength(1)
            .setMaxLength(MAX_FEEDBACK_LENGTH)
            .setPlaceholder(MESSAGES.feedback.modalPlaceholder)
            .setRequired(true),
        ),
    );
}

async function execute(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const replay = findReplay(deps, interaction.id);
  if (replay) return confirm(interaction, deps, replay);
  const options = parseOptions(optionsSchema, {
    feature: interaction.options.getString('feature', true),
    tags: interaction.options.getString('tags', true),
    message: interaction.options.getString('message'),
  });
  const now = deps.clock.now();
  const feature = requireActiveFeature(deps.store, interaction.guildId, options.feature);
  const settings = deps.store.settings.get(interaction.guildId);
  const tags = orUserError(parseTagList(options.tags, settings.tags));
  const hasRole = interaction.member.roles.cache.has(feature.roleId);
  requireAccess(feature, hasRole || deps.store.access.hasAccess(feature.id, interaction.user.id));

  if (options.message === null) {
    // Refuse before the member writes a long text that could not be stored.
    requireUnderRateLimit(deps, interaction.guildId, interaction.user.id, now, settings.feedbackPerMinute);
    const customId = formCustomId(deps, interaction, feature, tags, settings.tags);
    try {
      await interaction.showModal(feedbackForm(customId, feature));
    } catch (error) {
      // A replayed command whose form was already shown: the member has it on screen.
      if (discordErrorCode(error) !== DISCORD_ERROR.alreadyAcknowledged) throw error;
      deps.logger.debug({ interaction: interaction.id }, 'feedback form already shown');
    }
    return;
  }
  const body = orUserError(validateFeedbackBody(options.message));
  const outcome = storeFeedback(deps, {
    feature,
    tags,
    body,
    authorId: interaction.user.id,
    hasRole,
    sourceInteractionId: interaction.id,
  });
  if (outcome.kind === 'stored') deps.wakeOutbox();
  await confirm(interaction, deps, outcome);
}

/** Reads the form's verified custom id back: the feature and the tags chosen in the command. */
function decodeForm(deps: Deps, interaction: GuildModalSubmit, component: ComponentAction) {
  const [featureIdText = '', encodedTags = ''] = component.args;
  const feature = deps.store.features.findById(Number.parseInt(featureIdText, 36));
  if (feature?.guildId !== interaction.guildId || feature.state !== 'active') {
    throw new UserError(MESSAGES.unknownFeature(feature?.key ?? featureIdText));
  }
  const vocabulary = deps.store.settings.get(interaction.guildId).tags;
  const decoded = decodeDraftTags(encodedTags, vocabulary);
  if (!decoded.ok) throw new UserError(MESSAGES.feedback.tagsChanged);
  const tags = orUserError(parseTagList(decoded.value.join(','), vocabulary));
  return { feature, tags };
}

async function modal(interaction: GuildModalSubmit, component: ComponentAction, deps: Deps): Promise<void> {
  const replay = findReplay(deps, interaction.id);
  if (replay) return confirm(interaction, deps, replay);
  const text = interaction.fields.getTextInputValue(BODY_FIELD);
  // A refusal hands the typed text back (the dispatcher does it for every form).
  const { feature, tags } = decodeForm(deps, interaction, component);
  const body = orUserError(validateFeedbackBody(text));
  const outcome = storeFeedback(deps, {
    feature,
    tags,
    body,
    authorId: interaction.user.id,
    hasRole: interaction.member.roles.cache.has(feature.roleId),
    sourceInteractionId: interaction.id,
  });
  if (outcome.kind === 'stored') deps.wakeOutbox();
  await confirm(interaction, deps, outcome);
}

export const feedback: CommandModule = {
  data,
  maintainerOnly: false,
  execute,
  modal,
  autocomplete(interaction, deps) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === 'tags') {
      const vocabulary = deps.store.settings.get(interaction.guildId).tags;
      return completeTagList(focused.value, vocabulary).map((tags) => ({ name: tags, value: tags }));
    }
    return featureChoices(deps.store, interaction.guildId, focused.value);
  },
};

import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { CommandModule, Deps, GuildChatInput, GuildModalSubmit } from '../src/discord/command.js';
import { FROM_CATALOGUE } from '../src/discord/command-localization.js';
import { featureOption } from '../src/discord/command-options.js';
import type { ComponentAction } from '../src/discord/component-id.js';
import { DISCORD_ERROR, discordErrorCode, UserError } from '../src/discord/errors.js';
import {
  featureChoices,
  requireActiveFeature,
  requireActiveFeatureById,
} from '../src/discord/feature-lookup.js';
import { replyLocale } from '../src/discord/locale.js';
import { parseOptions, readOptions } from '../src/discord/options.js';
import {
  FEEDBACK_FORM_FIELD,
  renderFeedbackForm,
  renderFeedbackReceipt,
  renderFeedbackRefusal,
} from '../src/discord/render/feedback.js';
import { type RepliableInteraction, respond } from '../src/discord/reply.js';
import { encodeDraftTags } from '../src/domain/feedback-draft.js';
import { completeTagList, MAX_FEEDBACK_LENGTH } from '../src/domain/feedback-rules.js';
import {
  type FeedbackFormOutcome,
  feedbackTagVocabulary,
  type GiveFeedbackOutcome,
  giveFeedback,
  prepareFeedbackForm,
} from '../src/lifecycle/feedback.js';
import { text } from '../src/text/index.js';

const data = new SlashCommandBuilder()
  .setName('feedback')
  .setDescription(FROM_CATALOGUE)
  .setContexts(0)
  .addStringOption((o) => featureOption(o))
  .addStringOption((o) =>
    o
      .setName('tags')
      .setDescription(FROM_CATALOGUE)
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(100),
  )
  .addStringOption((o) =>
    o.setName('message').setDescription(FROM_CATALOGUE).setMaxLength(MAX_FEEDBACK_LENGTH),
  )
  .toJSON();

// Lengths are checked by the feature lookup and the feedback rules, whose refusals say more.
const optionsSchema = z.object({
  feature: z.string().min(1),
  tags: z.string().min(1),
  message: z.string().nullable(),
});
const formSchema = z.object({ [FEEDBACK_FORM_FIELD]: z.string() });

/** How long the feedback form stays valid: long texts take a while to write. */
const FORM_LIFETIME_MS = 60 * 60_000;
const FORM_ACTION = 'write';

async function execute(interaction: GuildChatInput, deps: Deps): Promise<void> {
  const options = readOptions(interaction, optionsSchema);
  const feature = requireActiveFeature(deps.store, interaction.guildId, options.feature);
  const giver = {
    guildId: interaction.guildId,
    authorId: interaction.user.id,
    featureId: feature.id,
    hasRole: interaction.member.roles.cache.has(feature.roleId),
    tags: { typed: options.tags },
  };
  if (options.message === null) return openForm(interaction, deps, prepareFeedbackForm(deps, giver));
  const outcome = giveFeedback(deps, {
    ...giver,
    body: options.message,
    sourceInteractionId: interaction.id,
  });
  await confirm(interaction, deps, outcome);
}

/** The form's custom id carries the feature and the tags chosen in the command: [feature id, tags]. */
async function modal(interaction: GuildModalSubmit, component: ComponentAction, deps: Deps): Promise<void> {
  // A refusal hands the typed text back (the dispatcher does it for every form).
  const form = parseOptions(formSchema, {
    [FEEDBACK_FORM_FIELD]: interaction.fields.getTextInputValue(FEEDBACK_FORM_FIELD),
  });
  const [featureId = '', draftTags = ''] = component.args;
  const id = /^[0-9a-z]{1,10}$/.test(featureId) ? Number.parseInt(featureId, 36) : Number.NaN;
  const feature = requireActiveFeatureById(deps.store, interaction.guildId, id);
  const outcome = giveFeedback(deps, {
    guildId: interaction.guildId,
    authorId: interaction.user.id,
    featureId: feature.id,
    hasRole: interaction.member.roles.cache.has(feature.roleId),
    tags: { draft: draftTags },
    body: form[FEEDBACK_FORM_FIELD],
    sourceInteractionId: interaction.id,
  });
  await confirm(interaction, deps, outcome);
}

async function openForm(
  interaction: GuildChatInput,
  deps: Deps,
  outcome: FeedbackFormOutcome,
): Promise<void> {
  if (outcome.kind !== 'form') throw new UserError(renderFeedbackRefusal(outcome));
  const component = (encodedTags: string): ComponentAction => ({
    command: 'feedback',
    action: FORM_ACTION,
    args: [outcome.feature.id.toString(36), encodedTags],
    ownerId: interaction.user.id,
    expiresAt: new Date(deps.clock.now().getTime() + FORM_LIFETIME_MS),
  });
  const room = 100 - deps.signer.sign(component('')).length;
  const encoded = encodeDraftTags(outcome.tags, outcome.vocabulary, room);
  if (encoded === null) throw new UserError(text('feedback.tagsTooLongForForm'));
  const form = renderFeedbackForm(
    deps.signer.sign(component(encoded)),
    outcome.feature,
    replyLocale(interaction),
  );
  try {
    await interaction.showModal(form);
  } catch (error) {
    // A replayed command whose form was already shown: the member has it on screen.
    if (discordErrorCode(error) !== DISCORD_ERROR.alreadyAcknowledged) throw error;
    deps.logger.debug({ interaction: interaction.id }, 'feedback form already shown');
  }
}

async function confirm(interaction: RepliableInteraction, deps: Deps, outcome: GiveFeedbackOutcome) {
  if (outcome.kind !== 'stored' && outcome.kind !== 'replayed') {
    throw new UserError(renderFeedbackRefusal(outcome));
  }
  try {
    await respond(interaction, { content: renderFeedbackReceipt(outcome, replyLocale(interaction)) });
  } catch (error) {
    // A replayed interaction may already have been answered the first time; nothing is lost.
    if (outcome.kind === 'replayed' && discordErrorCode(error) === DISCORD_ERROR.alreadyAcknowledged) {
      deps.logger.debug({ interaction: interaction.id }, 'replayed feedback interaction already answered');
      return;
    }
    throw error;
  }
}

export const feedback: CommandModule = {
  data,
  maintainerOnly: false,
  execute,
  modal,
  autocomplete(interaction, deps) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === 'tags') {
      const vocabulary = feedbackTagVocabulary(deps, interaction.guildId);
      return completeTagList(focused.value, vocabulary).map((tags) => ({ name: tags, value: tags }));
    }
    return featureChoices(deps.store, interaction.guildId, focused.value);
  },
};

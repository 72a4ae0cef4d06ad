import type { Migration } from '../migrate.js';
import { initialSchema } from './001-initial-schema.js';
import { feedbackListingIndex } from './002-feedback-listing-index.js';
import { feedbackTagSummary } from './003-feedback-tag-summary.js';
import { inviteSourceInteraction } from './004-invite-source-interaction.js';
import { triageEventSourceInteraction } from './005-triage-event-source-interaction.js';
import { deliveryFailures } from './006-delivery-failures.js';
import { guildLanguage } from './007-guild-language.js';
import { fanoutJobs } from './008-fanout-jobs.js';
import { votesAndNotifications } from './009-votes-and-notifications.js';
import { featureCounters } from './010-feature-counters.js';
import { memberDataErasure } from './011-member-data-erasure.js';
import { replayReceiptsAndRoleAlert } from './012-replay-receipts-and-role-alert.js';
import { participantsGate } from './013-participants-gate.js';
import { discussionThreads } from './014-discussion-threads.js';
import { thanksFanout } from './015-thanks-fanout.js';
import { interactionReceipts } from './016-interaction-receipts.js';

/** Every migration in order; append only, never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  feedbackListingIndex,
  feedbackTagSummary,
  inviteSourceInteraction,
  triageEventSourceInteraction,
  deliveryFailures,
  guildLanguage,
  fanoutJobs,
  votesAndNotifications,
  featureCounters,
  memberDataErasure,
  replayReceiptsAndRoleAlert,
  participantsGate,
  discussionThreads,
  thanksFanout,
  interactionReceipts,
];

import { LEVEL_LABELS } from '../../domain/levels.js';
import type {
  CatalogueRefusal,
  CreateFeatureOutcome,
  EditFeatureOutcome,
  InvalidInput,
  RetireFeatureOutcome,
} from '../../lifecycle/features.js';
import { UserError } from '../errors.js';
import { MESSAGES } from '../messages.js';
import type { ReplyContent } from '../reply.js';

const TEXT = MESSAGES.feature;

function refusalText(outcome: CatalogueRefusal | InvalidInput): string {
  if (outcome.kind === 'invalid') return outcome.message;
  switch (outcome.reason) {
    case 'role-unknown':
      return TEXT.roleUnknown;
    case 'role-everyone':
      return TEXT.roleEveryone;
    case 'role-managed':
      return TEXT.roleManaged(outcome.roleName);
    case 'role-privileged':
      return TEXT.rolePrivileged(
        outcome.roleName,
        outcome.permissions.map((permission) => TEXT.permissionNames[permission]),
      );
    case 'role-above-bot':
      return TEXT.roleAboveBot(outcome.roleName);
    case 'key-taken':
      return TEXT.keyTaken(outcome.key);
    case 'role-taken':
      return TEXT.roleTaken(outcome.ownerName);
    case 'nothing-to-edit':
      return TEXT.nothingToEdit;
    case 'not-active':
      return MESSAGES.unknownFeature(outcome.key);
    case 'reason-required':
      return TEXT.reasonRequired;
  }
}

/** A refusal becomes a `UserError`: the dispatcher answers it ephemerally, and nothing changed. */
function refuse(outcome: CatalogueRefusal | InvalidInput): never {
  throw new UserError(refusalText(outcome));
}

export function renderCreateFeature(outcome: CreateFeatureOutcome): ReplyContent {
  if (outcome.kind !== 'created') refuse(outcome);
  const { feature } = outcome;
  return { content: TEXT.created(feature.name, feature.key, LEVEL_LABELS[feature.level]) };
}

export function renderEditFeature(outcome: EditFeatureOutcome): ReplyContent {
  if (outcome.kind !== 'edited') refuse(outcome);
  return { content: TEXT.edited(outcome.feature.key, outcome.changed) };
}

export function renderRetireFeature(outcome: RetireFeatureOutcome): ReplyContent {
  if (outcome.kind !== 'retired') refuse(outcome);
  const { feature, revokedGrants, closedInvites, closedWaitlist, announcementChannelId } = outcome;
  const retire = MESSAGES.access.retire;
  return {
    content: [
      retire.done(feature.name, revokedGrants, closedInvites, closedWaitlist),
      announcementChannelId ? retire.announced(announcementChannelId) : retire.noAnnouncementChannel,
    ].join('\n'),
  };
}

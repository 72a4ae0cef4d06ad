import type { RefusedRolePermission } from '../../domain/feature-rules.js';
import { LEVEL_LABELS } from '../../domain/levels.js';
import type {
  CatalogueRefusal,
  CreateFeatureOutcome,
  EditedField,
  EditFeatureOutcome,
  InvalidInput,
  RetireFeatureOutcome,
} from '../../lifecycle/features.js';
import {
  formatList,
  type Locale,
  type MessageKey,
  type TextRef,
  text,
  translator,
} from '../../text/index.js';
import { UserError } from '../errors.js';
import type { ReplyContent } from '../reply.js';

/** Permissions a feature role is refused for, as Discord's role settings name them. */
const PERMISSION_NAME = {
  administrator: 'feature.permission.administrator',
  manageGuild: 'feature.permission.manageGuild',
  manageRoles: 'feature.permission.manageRoles',
  manageChannels: 'feature.permission.manageChannels',
  manageWebhooks: 'feature.permission.manageWebhooks',
  manageMessages: 'feature.permission.manageMessages',
  kickMembers: 'feature.permission.kickMembers',
  banMembers: 'feature.permission.banMembers',
  moderateMembers: 'feature.permission.moderateMembers',
  mentionEveryone: 'feature.permission.mentionEveryone',
  muteMembers: 'feature.permission.muteMembers',
  moveMembers: 'feature.permission.moveMembers',
  manageNicknames: 'feature.permission.manageNicknames',
  manageThreads: 'feature.permission.manageThreads',
  manageEvents: 'feature.permission.manageEvents',
  manageGuildExpressions: 'feature.permission.manageGuildExpressions',
  viewAuditLog: 'feature.permission.viewAuditLog',
} as const satisfies Record<RefusedRolePermission, MessageKey>;

/**
 * The `/feature edit` option that sets each field, as the maintainer typed it (option names are
 * the same in every language), never the entity's property name.
 */
const EDIT_OPTION = {
  name: 'name',
  description: 'description',
  roleId: 'role',
  feedbackChannelId: 'channel',
  seatCap: 'seats',
} as const satisfies Record<EditedField, string>;

/** Refused permissions as Discord's role settings name them, as a list of the reader's language. */
export function refusedPermissionList(locale: Locale, permissions: readonly RefusedRolePermission[]): string {
  const tr = translator(locale);
  return formatList(
    locale,
    permissions.map((permission) => tr(PERMISSION_NAME[permission])),
  );
}

function refusalText(locale: Locale, outcome: CatalogueRefusal | InvalidInput): TextRef {
  if (outcome.kind === 'invalid') return outcome.message;
  switch (outcome.reason) {
    case 'role-unknown':
      return text('feature.roleUnknown');
    case 'role-everyone':
      return text('feature.roleEveryone');
    case 'role-managed':
      return text('feature.roleManaged', { name: outcome.roleName });
    case 'role-privileged':
      return text('feature.rolePrivileged', {
        name: outcome.roleName,
        permissions: refusedPermissionList(locale, outcome.permissions),
      });
    case 'role-above-bot':
      return text('feature.roleAboveBot', { name: outcome.roleName });
    case 'key-taken':
      return text('feature.keyTaken', { key: outcome.key });
    case 'role-taken':
      return text('feature.roleTaken', { name: outcome.ownerName });
    case 'nothing-to-edit':
      return text('feature.nothingToEdit');
    case 'not-active':
      return text('unknownFeature', { key: outcome.key });
    case 'reason-required':
      return text('feature.reasonRequired');
  }
}

/** A refusal becomes a `UserError`: the dispatcher answers it ephemerally, and nothing changed. */
function refuse(locale: Locale, outcome: CatalogueRefusal | InvalidInput): never {
  throw new UserError(refusalText(locale, outcome));
}

export function renderCreateFeature(locale: Locale, outcome: CreateFeatureOutcome): ReplyContent {
  if (outcome.kind !== 'created') refuse(locale, outcome);
  const { feature } = outcome;
  const tr = translator(locale);
  return {
    content: tr('feature.created', {
      name: feature.name,
      key: feature.key,
      level: LEVEL_LABELS[feature.level],
    }),
  };
}

export function renderEditFeature(locale: Locale, outcome: EditFeatureOutcome): ReplyContent {
  if (outcome.kind !== 'edited') refuse(locale, outcome);
  const tr = translator(locale);
  return {
    content: tr('feature.edited', {
      key: outcome.feature.key,
      fields: formatList(
        locale,
        outcome.changed.map((field) => `\`${EDIT_OPTION[field]}\``),
      ),
    }),
  };
}

export function renderRetireFeature(locale: Locale, outcome: RetireFeatureOutcome): ReplyContent {
  if (outcome.kind !== 'retired') refuse(locale, outcome);
  const { feature, revokedGrants, closedInvites, closedWaitlist, announcementChannelId } = outcome;
  const tr = translator(locale);
  return {
    content: [
      tr('access.retire.done', {
        name: feature.name,
        grants: revokedGrants,
        invites: closedInvites,
        waiting: closedWaitlist,
      }),
      announcementChannelId
        ? tr('access.retire.announced', { channelId: announcementChannelId })
        : tr('access.retire.noAnnouncementChannel'),
    ].join('\n'),
  };
}

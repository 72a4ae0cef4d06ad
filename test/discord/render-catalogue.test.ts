import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/discord/errors.js';
import { renderCreateFeature, renderEditFeature } from '../../src/discord/render/catalogue.js';
import { REFUSED_ROLE_PERMISSIONS, type RefusedRolePermission } from '../../src/domain/feature-rules.js';
import type { CreateFeatureOutcome, EditFeatureOutcome } from '../../src/lifecycle/features.js';
import type { Locale } from '../../src/text/index.js';

/** The refusal a member reading `locale` sees (the dispatcher renders the `UserError` the same way). */
function refusal(locale: Locale, outcome: CreateFeatureOutcome): string {
  try {
    renderCreateFeature(locale, outcome);
  } catch (error) {
    if (error instanceof UserError) return error.render(locale);
    throw error;
  }
  throw new Error('the outcome was not refused');
}

const permissions = Object.keys(REFUSED_ROLE_PERMISSIONS) as RefusedRolePermission[];
const privileged: CreateFeatureOutcome = {
  kind: 'refused',
  reason: 'role-privileged',
  roleName: 'Helpers',
  permissions,
};

describe('the feature catalogue replies', () => {
  it('names every refused permission a role carries as Discord names it', () => {
    expect(() => renderCreateFeature('en-US', privileged)).toThrow(UserError);
    expect(refusal('en-US', privileged)).toContain(
      'The role Helpers carries Administrator, Manage Server, Manage Roles, Manage Channels, Manage Webhooks, ' +
        'Manage Messages, Kick Members, Ban Members, Timeout Members, Mention @everyone, Mute Members, ' +
        'Move Members, Manage Nicknames, Manage Threads, Manage Events, Manage Expressions, View Audit Log: ' +
        'members who join would get it.',
    );
  });

  it('names the refused permissions in German, as a German list, for a German reader', () => {
    const text = refusal('de', {
      ...privileged,
      permissions: ['administrator', 'manageRoles', 'viewAuditLog'],
    });
    expect(text).toBe(
      'Die Rolle Helpers umfasst Administrator, Rollen verwalten und Audit-Log einsehen: Mitglieder, die ' +
        'beitreten, würden diese Berechtigungen erhalten. Wähle eine Rolle ohne Moderationsberechtigungen.',
    );
  });

  it('passes a domain rule refusal through in the language of the reader', () => {
    const invalid = refusal('de', {
      kind: 'invalid',
      message: { key: 'rule.featureNameLength', values: { length: 81 } },
    });
    expect(invalid).toBe('Ein Feature-Name muss 1–80 Zeichen lang sein (deiner hat 81).');
  });

  it('names the options /feature edit changed as the maintainer typed them, in every language', () => {
    const edited = {
      kind: 'edited',
      feature: { key: 'dark-mode' },
      changed: ['name', 'description', 'roleId', 'feedbackChannelId', 'seatCap'],
      moved: 0,
    } as unknown as EditFeatureOutcome;
    expect(renderEditFeature('en-US', edited).content).toBe(
      'Updated `dark-mode`: `name`, `description`, `role`, `channel`, `seats`.',
    );
    expect(renderEditFeature('de', edited).content).toBe(
      '`dark-mode` aktualisiert: `name`, `description`, `role`, `channel` und `seats`.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/discord/errors.js';
import { renderCreateFeature } from '../../src/discord/render/catalogue.js';
import { REFUSED_ROLE_PERMISSIONS, type RefusedRolePermission } from '../../src/domain/feature-rules.js';

describe('the feature catalogue replies', () => {
  it('names every refused permission a role carries as Discord names it', () => {
    const permissions = Object.keys(REFUSED_ROLE_PERMISSIONS) as RefusedRolePermission[];
    const refuse = () =>
      renderCreateFeature({ kind: 'refused', reason: 'role-privileged', roleName: 'Helpers', permissions });
    expect(refuse).toThrow(UserError);
    expect(refuse).toThrow(
      'The role Helpers carries Administrator, Manage Server, Manage Roles, Manage Channels, Manage Webhooks, ' +
        'Manage Messages, Kick Members, Ban Members, Timeout Members, Mention @everyone, Mute Members, ' +
        'Move Members, Manage Nicknames, Manage Threads, Manage Events, Manage Expressions, View Audit Log: ' +
        'members who join would get it.',
    );
  });
});

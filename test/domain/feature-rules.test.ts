import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  canRetire,
  canSetSeatCap,
  FEATURE_KEY_PATTERN,
  REFUSED_ROLE_PERMISSIONS,
  type RefusedRolePermission,
  refusedPermissionsOf,
  validateFeatureDescription,
  validateFeatureKey,
  validateFeatureName,
  validateRetireReason,
  validateSeatCap,
} from '../../src/domain/feature-rules.js';
import type { Result } from '../../src/domain/result.js';
import { renderText, type TextRef, text } from '../../src/text/index.js';

/** The rule's answer with its refusal in English, as a member reading English sees it. */
function inEnglish<T>(result: Result<T, TextRef>): Result<T, string> {
  return result.ok ? result : { ok: false, error: renderText('en-US', result.error) };
}

describe('validateFeatureKey', () => {
  it('accepts a slug and trims surrounding spaces', () => {
    expect(inEnglish(validateFeatureKey('  dark-mode '))).toEqual({ ok: true, value: 'dark-mode' });
    expect(inEnglish(validateFeatureKey('v2'))).toEqual({ ok: true, value: 'v2' });
    expect(inEnglish(validateFeatureKey('9-lives'))).toEqual({ ok: true, value: '9-lives' });
  });

  it('accepts keys of 2 and 32 characters and rejects 1 and 33', () => {
    expect(validateFeatureKey('ab').ok).toBe(true);
    expect(validateFeatureKey('a'.repeat(32)).ok).toBe(true);
    expect(validateFeatureKey('a').ok).toBe(false);
    expect(validateFeatureKey('a'.repeat(33)).ok).toBe(false);
  });

  it.each(['-dark', 'Dark-Mode', 'dark_mode', 'dark mode', 'därk', '', '   '])(
    'rejects the key %j',
    (key) => {
      expect(validateFeatureKey(key).ok).toBe(false);
    },
  );

  it('says what a key may contain', () => {
    const result = inEnglish(validateFeatureKey('Dark Mode'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('Dark Mode');
      expect(result.error).toMatch(/lowercase letters/);
      expect(result.error).toMatch(/digits/);
      expect(result.error).toMatch(/hyphens/);
      expect(result.error).toMatch(/2-32/);
    }
  });

  it('exposes the key pattern of the product contract', () => {
    expect(FEATURE_KEY_PATTERN.source).toBe('^[a-z0-9][a-z0-9-]{1,31}$');
  });
});

describe('texts holding NUL', () => {
  it('refuses a feature name, description or retire reason holding NUL', () => {
    for (const validate of [validateFeatureName, validateFeatureDescription, validateRetireReason])
      expect(validate('Dark\u0000mode')).toEqual({ ok: false, error: text('rule.textNulCharacter') });
  });
});

describe('validateFeatureName', () => {
  it('trims and accepts 1 to 80 characters', () => {
    expect(inEnglish(validateFeatureName('  Dark mode  '))).toEqual({ ok: true, value: 'Dark mode' });
    expect(validateFeatureName('x').ok).toBe(true);
    expect(validateFeatureName('x'.repeat(80)).ok).toBe(true);
  });

  it('rejects an empty or blank name and one of 81 characters, giving the length', () => {
    expect(validateFeatureName('').ok).toBe(false);
    expect(validateFeatureName('   ').ok).toBe(false);
    const long = inEnglish(validateFeatureName('x'.repeat(81)));
    expect(long).toEqual({ ok: false, error: expect.stringContaining('81') });
  });

  it('measures the trimmed name', () => {
    expect(validateFeatureName(` ${'x'.repeat(80)} `).ok).toBe(true);
  });
});

describe('validateFeatureDescription', () => {
  it('trims and accepts 1 to 1000 characters', () => {
    expect(inEnglish(validateFeatureDescription('\n Dark theme for the app \n'))).toEqual({
      ok: true,
      value: 'Dark theme for the app',
    });
    expect(validateFeatureDescription('d').ok).toBe(true);
    expect(validateFeatureDescription('d'.repeat(1000)).ok).toBe(true);
  });

  it('rejects a blank description and one of 1001 characters', () => {
    expect(validateFeatureDescription(' ').ok).toBe(false);
    expect(inEnglish(validateFeatureDescription('d'.repeat(1001)))).toEqual({
      ok: false,
      error: expect.stringContaining('1000'),
    });
  });
});

describe('validateSeatCap', () => {
  it('accepts whole numbers from 1 to 100000', () => {
    expect(inEnglish(validateSeatCap(1))).toEqual({ ok: true, value: 1 });
    expect(inEnglish(validateSeatCap(100_000))).toEqual({ ok: true, value: 100_000 });
  });

  it.each([0, -1, 100_001, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %d seats', (n) => {
    const result = validateSeatCap(n);
    expect(result.ok).toBe(false);
  });
});

describe('canRetire', () => {
  it('allows retiring an active Early Access feature', () => {
    expect(inEnglish(canRetire({ level: 'early-access', state: 'active' }))).toEqual({
      ok: true,
      value: true,
    });
  });

  it('refuses to retire a feature in Preview or GA, naming its level', () => {
    expect(inEnglish(canRetire({ level: 'preview', state: 'active' }))).toEqual({
      ok: false,
      error: expect.stringContaining('Preview'),
    });
    expect(inEnglish(canRetire({ level: 'ga', state: 'active' }))).toEqual({
      ok: false,
      error: expect.stringContaining('General Availability'),
    });
  });

  it('refuses to retire a feature that is already retired', () => {
    expect(inEnglish(canRetire({ level: 'early-access', state: 'retired' }))).toEqual({
      ok: false,
      error: expect.stringMatching(/already retired/),
    });
  });
});

describe('canSetSeatCap', () => {
  it('allows a seat cap in Early Access only, where seats are counted', () => {
    expect(inEnglish(canSetSeatCap('early-access'))).toEqual({ ok: true, value: true });
    expect(inEnglish(canSetSeatCap('preview'))).toEqual({
      ok: false,
      error: expect.stringContaining('Preview'),
    });
    expect(inEnglish(canSetSeatCap('ga'))).toEqual({
      ok: false,
      error: expect.stringContaining('General Availability'),
    });
  });
});

describe('validateRetireReason', () => {
  it('trims the reason and accepts 1 to 500 characters', () => {
    expect(inEnglish(validateRetireReason('  superseded '))).toEqual({ ok: true, value: 'superseded' });
    expect(validateRetireReason('x'.repeat(500)).ok).toBe(true);
    expect(inEnglish(validateRetireReason('x'.repeat(501)))).toEqual({
      ok: false,
      error: expect.stringContaining('501'),
    });
    expect(validateRetireReason('   ').ok).toBe(false);
  });
});

describe('refused feature role permissions', () => {
  it("use Discord's permission bits", () => {
    const flags: Record<RefusedRolePermission, bigint> = {
      administrator: PermissionFlagsBits.Administrator,
      manageGuild: PermissionFlagsBits.ManageGuild,
      manageRoles: PermissionFlagsBits.ManageRoles,
      manageChannels: PermissionFlagsBits.ManageChannels,
      manageWebhooks: PermissionFlagsBits.ManageWebhooks,
      manageMessages: PermissionFlagsBits.ManageMessages,
      kickMembers: PermissionFlagsBits.KickMembers,
      banMembers: PermissionFlagsBits.BanMembers,
      moderateMembers: PermissionFlagsBits.ModerateMembers,
      mentionEveryone: PermissionFlagsBits.MentionEveryone,
      muteMembers: PermissionFlagsBits.MuteMembers,
      moveMembers: PermissionFlagsBits.MoveMembers,
      manageNicknames: PermissionFlagsBits.ManageNicknames,
      manageThreads: PermissionFlagsBits.ManageThreads,
      manageEvents: PermissionFlagsBits.ManageEvents,
      manageGuildExpressions: PermissionFlagsBits.ManageGuildExpressions,
      viewAuditLog: PermissionFlagsBits.ViewAuditLog,
    };
    expect(REFUSED_ROLE_PERMISSIONS).toEqual(flags);
  });

  it('names the refused permissions a role carries, ignoring harmless ones', () => {
    const harmless = PermissionFlagsBits.SendMessages | PermissionFlagsBits.ViewChannel;
    expect(refusedPermissionsOf(harmless)).toEqual([]);
    expect(
      refusedPermissionsOf(harmless | PermissionFlagsBits.ViewAuditLog | PermissionFlagsBits.ManageGuild),
    ).toEqual(['manageGuild', 'viewAuditLog']);
  });
});

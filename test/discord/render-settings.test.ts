import { describe, expect, it } from 'vitest';
import { renderTermsPrompt } from '../../src/discord/render/access.js';
import { renderMaintainerRole, renderSettings, renderTagChange } from '../../src/discord/render/settings.js';
import { MAX_VOCABULARY_TAGS } from '../../src/domain/setup-rules.js';
import { showSettings } from '../../src/lifecycle/settings.js';
import { renderText, t, text } from '../../src/text/index.js';
import { IDS, openLifecycleWorld, seedFeature } from '../support/seed.js';

const buttons = { acceptId: 'a', declineId: 'd' };

describe('terms never set with /setup terms', () => {
  it('show the built-in text of the catalogue for their level, as version 0', () => {
    const world = openLifecycleWorld();
    try {
      const feature = seedFeature(world.store, world.clock.now());
      const terms = world.store.settings.get(IDS.guild).terms;
      const consent = { featureId: feature.id, inviteId: 0, level: feature.level, termsVersion: 0 };
      const prompt = (level: 'early-access' | 'preview', levelTerms: typeof terms.preview) =>
        renderTermsPrompt(
          { kind: 'terms', feature, level, terms: levelTerms, consent },
          buttons,
          10,
          'en-US',
        );
      const early = prompt('early-access', terms['early-access']).embeds[0]!;
      const preview = prompt('preview', terms.preview).embeds[0]!;
      expect(early.description).toBe(t('en-US', 'join.defaultTerms.early-access'));
      expect(early.footer?.text).toContain('Terms version 0');
      expect(preview.description).toBe(t('en-US', 'join.defaultTerms.preview'));
      const own = prompt('preview', { text: 'Our own.', version: 2 });
      expect(own.embeds[0]!.description).toBe('Our own.');
    } finally {
      world.close();
    }
  });
});

describe('/setup answers', () => {
  it('turn refusals into refusal texts, never replies', () => {
    expect(renderMaintainerRole({ kind: 'refused', reason: 'needs-manage-server' }, 'de')).toEqual({
      refusal: text('setup.maintainersNeedManageServer'),
    });
    expect(renderTagChange({ kind: 'refused', reason: 'full', tag: 'x', tags: [] }, 'de')).toEqual({
      refusal: text('setup.tagsFull', { max: MAX_VOCABULARY_TAGS }),
    });
    expect(renderText('en-US', text('setup.tagsFull', { max: MAX_VOCABULARY_TAGS }))).toBe(
      'The vocabulary holds at most 50 tags (autocomplete shows no more). Remove one first.',
    );
  });

  it('show default terms as "default text" in the configuration', () => {
    const world = openLifecycleWorld();
    try {
      const embed = renderSettings(showSettings(world.deps, IDS.guild), 'en-US');
      expect(embed.fields?.find((f) => f.name === 'Terms')?.value).toBe(
        'Early Access: default text\nPreview: default text',
      );
    } finally {
      world.close();
    }
  });
});

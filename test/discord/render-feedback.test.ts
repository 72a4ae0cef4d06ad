import { describe, expect, it } from 'vitest';
import {
  renderFeedbackSections,
  renderTriagePage,
  renderTriageSet,
} from '../../src/discord/render/feedback.js';
import type { FeedbackItem } from '../../src/domain/entities.js';
import type { TriageChanges } from '../../src/lifecycle/triage.js';
import { featureFixture } from '../support/fixtures.js';

const feature = featureFixture({ name: 'Dark Mode', level: 'preview' });

const item = (number: number, body: string): FeedbackItem => ({
  id: number,
  guildId: '1',
  number,
  featureId: 1,
  level: 'preview',
  authorId: '4',
  body,
  status: 'open',
  sourceInteractionId: `i-${number}`,
  createdAt: new Date(0),
  tags: ['blocker'],
  votes: 0,
  duplicateOf: null,
});

/** A lone surrogate is half a character: what a cut inside a surrogate pair leaves behind. */
const hasLoneSurrogate = (text: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

/** Bodies whose emoji start at every offset, so some excerpt limit falls inside a surrogate pair. */
const emojiBodies = Array.from({ length: 4 }, (_, offset) => `${'x'.repeat(offset)}${'😀'.repeat(300)}`);

describe('feedback excerpts', () => {
  it('cut /triage list bodies between characters, never inside an emoji', () => {
    const items = emojiBodies.map((body, i) => item(i + 1, body));
    const page = renderTriagePage(
      feature,
      { featureId: 1, level: null, status: null, tag: null },
      items,
      4,
      'en-US',
    );
    for (const field of page.fields ?? []) {
      const excerpt = field.value.split('\n')[0]!;
      expect(hasLoneSurrogate(excerpt)).toBe(false);
      expect(excerpt.length).toBeLessThanOrEqual(180);
      expect(excerpt.endsWith('…')).toBe(true);
    }
  });

  it('cut the open blockers of /features between characters, never inside an emoji', () => {
    const fields = renderFeedbackSections(
      {
        byLevel: { 'early-access': 0, preview: 4, ga: 0 },
        byTag: [{ tag: 'blocker', count: 4 }],
        openBlockers: 4,
        newestOpenBlockers: emojiBodies.map((body, i) => item(i + 1, body)),
        topVoted: emojiBodies.map((body, i) => item(i + 1, body)),
        threads: new Map(),
      },
      'en-US',
    );
    const blockers = fields.find((f) => f.name.startsWith('Open blockers'))!;
    expect(blockers.value.split('\n')).toHaveLength(4);
    for (const line of blockers.value.split('\n')) {
      expect(hasLoneSurrogate(line)).toBe(false);
      expect(line.endsWith('…')).toBe(true);
    }
    const topVoted = fields.find((f) => f.name === 'Most votes')!;
    expect(topVoted.value.split('\n')).toHaveLength(4);
    for (const line of topVoted.value.split('\n')) {
      expect(line).toMatch(/^\*\*#\d\*\* · 0 votes · /);
      expect(hasLoneSurrogate(line)).toBe(false);
      expect(line.endsWith('…')).toBe(true);
    }
  });
});

describe('/triage in the member’s language', () => {
  it('lists the filters and the changes as the language writes them', () => {
    const page = renderTriagePage(
      feature,
      { featureId: 1, level: 'preview', status: 'open', tag: 'bug' },
      [],
      1234,
      'de',
    );
    expect(page.title).toBe('Feedback: Dark Mode (Preview, Tag bug und Status open)');
    expect(page.description).toBe('Kein Feedback passt zu diesen Filtern.');
    expect(page.footer?.text).toBe('1.234 passende Einträge · neueste zuerst');

    const changes: TriageChanges = {
      status: { from: 'open', to: 'resolved' },
      tags: { from: ['idea'], to: ['bug', 'docs'] },
      noteRecorded: true,
      duplicateOf: null,
    };
    expect(
      renderTriageSet(
        { kind: 'updated', number: 2, changes, readinessNotice: false, notified: 0, threadPosted: false },
        'fr',
      ),
    ).toBe(
      '**#2** mis à jour\u00a0: statut `open` → `resolved`\u202f; tags `idea` → `bug` et `docs`\u202f; note enregistrée.',
    );
    expect(renderTriageSet({ kind: 'replayed', number: 2, changes }, 'en-US')).toBe(
      'Updated **#2**: status `open` → `resolved`; tags `idea` → `bug`, `docs`; note recorded.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { renderFeedbackMirror, renderTriagePage } from '../../src/discord/render/feedback.js';
import {
  renderErasure,
  renderErasurePrompt,
  renderMemberDataExport,
} from '../../src/discord/render/mydata.js';
import type { Feature, FeedbackItem } from '../../src/domain/entities.js';
import { ERASED_BODY, type ErasureSummary } from '../../src/domain/member-data.js';

const everything: ErasureSummary = {
  feedback: 3,
  votes: 1,
  withdrawnVotes: 2,
  follows: 1,
  waitlist: 2,
  notificationSetting: true,
  access: ['Dark mode', 'Search'],
};

describe('the /mydata renderings', () => {
  it('list what an erasure erased, one line per kind, with plurals and the features as a list', () => {
    expect(renderErasure({ kind: 'erased', summary: everything, replayed: false }, 'en-US')).toBe(
      [
        'Erased from this server:',
        '- the text of 3 feedback items and the record that they are yours',
        '- 1 vote',
        '- the record of 2 votes you withdrew',
        '- 1 item you follow',
        '- 2 waitlist entries',
        '- your notification setting (notifications are on again, the default)',
        '- your access to **Dark mode**, **Search** and their roles',
        'Your feedback items keep their numbers and statuses; their text now reads `[deleted by its author]`.',
      ].join('\n'),
    );
  });

  it('speak French and German with the languages’ own punctuation and lists', () => {
    const fr = renderErasure({ kind: 'erased', summary: everything, replayed: true }, 'fr');
    expect(fr.split('\n')[0]).toBe('Effacé de ce serveur\u00a0:');
    expect(fr).toContain('- le texte de 3 retours et la mention qu’ils viennent de vous');
    expect(fr).toContain('- vos accès à **Dark mode** et **Search** et leurs rôles');
    const de = renderErasure(
      { kind: 'erased', summary: { ...everything, access: ['Dark mode'] }, replayed: false },
      'de',
    );
    expect(de).toContain('- dein Zugang zu **Dark mode** samt Rolle');
    expect(de).toContain('- 2 Wartelisten-Einträge');
  });

  it('name the first features and count the rest, within one message in every language', () => {
    const names = Array.from({ length: 30 }, (_, i) => `Feature ${i} ${'n'.repeat(70)}`);
    const summary = { ...everything, access: names };
    const en = renderErasure({ kind: 'erased', summary, replayed: false }, 'en-US');
    expect(en).toContain(`**${names[7]}**, 22 other features and their roles`);
    expect(en).not.toContain(names[8]);
    for (const locale of ['en-US', 'de', 'fr', 'es-ES', 'pt-BR'] as const) {
      const prompt = renderErasurePrompt(summary, { eraseId: 'e', keepId: 'k' }, 10, locale);
      expect(prompt.content!.length).toBeLessThanOrEqual(2000);
      expect(prompt.content).toContain('`[deleted by its author]`');
    }
  });

  it('say so when nothing was left to erase, and when an export is too large for Discord', () => {
    const empty = { ...everything, feedback: 0, votes: 0, withdrawnVotes: 0, follows: 0, waitlist: 0 };
    const nothing = { ...empty, notificationSetting: false, access: [] };
    expect(renderErasure({ kind: 'erased', summary: nothing, replayed: true }, 'en-US')).toBe(
      'There was nothing left to erase in this server.',
    );
    expect(
      renderMemberDataExport({ kind: 'refused', reason: 'too-large', maxBytes: 8 * 1024 * 1024 }, 'pt-BR'),
    ).toEqual({
      content:
        'Seus dados neste servidor passam de 8 MiB, o máximo que o Discord permite anexar. Peça à administração do servidor uma cópia do banco de dados do Stagegate.',
    });
  });

  it('show an item whose author erased their data without an author, in the copy and in /triage list', () => {
    const at = new Date('2026-01-05T12:00:00.000Z');
    const feature = { id: 1, guildId: 'g', key: 'dark-mode', name: 'Dark mode', level: 'preview' } as Feature;
    const item: FeedbackItem = {
      id: 1,
      guildId: 'g',
      number: 7,
      featureId: 1,
      level: 'preview',
      authorId: null,
      body: ERASED_BODY,
      status: 'open',
      sourceInteractionId: 'i',
      createdAt: at,
      tags: ['bug'],
      votes: 2,
      duplicateOf: null,
    };
    const copy = renderFeedbackMirror('de', item, feature).embeds![0]!;
    expect(copy.description).toBe(ERASED_BODY);
    expect(copy.fields).toContainEqual({ name: expect.any(String), value: '(gelöscht)', inline: true });
    const page = renderTriagePage(
      feature,
      { featureId: 1, level: null, status: null, tag: null },
      [item],
      1,
      'en-US',
    );
    expect(page.fields?.[0]?.value).toBe(`${ERASED_BODY}\n(erased) · <t:${at.getTime() / 1000}:R> · 2 votes`);
    expect(JSON.stringify([copy, page])).not.toContain('<@null>');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InteractionHandle } from '../support/fake-discord/index.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
let logs: Record<string, unknown>[];

beforeEach(async () => {
  logs = [];
  h = await startHarness({ logDestination: { write: (line) => logs.push(JSON.parse(line)) } });
  await h.createFeature('dark-mode');
  // Preview takes feedback from every member.
  h.db.prepare("UPDATE feature SET level = 'preview' WHERE key = 'dark-mode'").run();
});

afterEach(async () => {
  await h.close();
});

/** Sends the very same INTERACTION_CREATE again, as Discord may after a gateway resume. */
function replay(handle: InteractionHandle): void {
  h.fake.gateway.dispatch('INTERACTION_CREATE', handle.payload, 0, true);
}

const callbacks = (handle: InteractionHandle) =>
  handle.requests().filter((r) => r.method === 'POST' && r.path.endsWith('/callback'));

/** A lone surrogate is half a character: what a cut inside a surrogate pair leaves behind. */
const hasLoneSurrogate = (text: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

async function giveFeedback(message: string): Promise<void> {
  const reply = await h
    .command(h.members.alice, 'feedback', { feature: 'dark-mode', tags: 'idea', message })
    .reply();
  expect(reply.content).toContain('Thanks!');
}

describe('a retired feature’s feedback', () => {
  beforeEach(async () => {
    await giveFeedback('Too dark to read');
    await giveFeedback('Nobody asked for it');
    h.db.prepare("UPDATE feature SET state = 'retired' WHERE key = 'dark-mode'").run();
  });

  it('can still be listed with /triage list', async () => {
    const reply = await h.sub(h.members.maintainer, 'triage', 'list', { feature: 'dark-mode' }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds[0]?.title).toBe('Feedback: Dark Mode');
    expect((reply.embeds[0]?.fields ?? []).map((f) => f.name.split(' ')[0])).toEqual(['#2', '#1']);
  });

  it('can still be exported with /triage export', async () => {
    const handle = h.sub(h.members.maintainer, 'triage', 'export', { feature: 'dark-mode', format: 'json' });
    await handle.reply();
    const response = await handle.response();
    expect(response.content).toContain('Exported 2 feedback items');
    const rows = JSON.parse(response.files[0]!.data.toString('utf8')) as { body: string }[];
    expect(rows.map((r) => r.body)).toEqual(['Too dark to read', 'Nobody asked for it']);
  });

  it('is offered, marked retired, by the feature autocomplete of /triage list and export only', async () => {
    const complete = (name: string, subcommand?: string) =>
      h.fake
        .sendAutocomplete({
          guildId: h.guild.id,
          userId: h.members.maintainer.id,
          name,
          ...(subcommand ? { subcommand } : {}),
          options: { feature: 'dark', ...(name === 'feedback' ? { tags: '' } : {}) },
          focused: 'feature',
        })
        .reply();
    for (const sub of ['list', 'export']) {
      expect((await complete('triage', sub)).choices).toEqual([
        { name: 'Dark Mode (retired)', value: 'dark-mode' },
      ]);
    }
    expect((await complete('feedback')).choices).toEqual([]);
  });

  it('still takes no new feedback', async () => {
    const reply = await h
      .command(h.members.alice, 'feedback', { feature: 'dark-mode', tags: 'idea', message: 'late' })
      .reply();
    expect(reply.content).toContain('There is no active feature `dark-mode`');
    expect(h.count('feedback')).toBe(2);
  });
});

describe('/triage set delivered twice', () => {
  it('records the note and the change once and answers the replay without an error', async () => {
    await giveFeedback('The toggle flickers');
    const handle = h.sub(h.members.maintainer, 'triage', 'set', {
      id: 1,
      status: 'planned',
      note: 'Next sprint',
    });
    expect((await handle.reply()).content).toContain('Updated **#1**');
    replay(handle);
    await expect.poll(() => callbacks(handle).length).toBe(2);
    expect(h.rows('SELECT new_status, note FROM triage_event')).toEqual([
      { new_status: 'planned', note: 'Next sprint' },
    ]);
    expect(logs.filter((line) => (line.level as number) >= 50)).toEqual([]);
  });
});

describe('the feedback form title', () => {
  it('is cut between characters, never inside an emoji', async () => {
    // "Feedback: " and 34 letters fill 44 of the 45 characters a form title holds; the emoji straddles the limit.
    const name = `${'A'.repeat(34)}😀 and more`;
    h.db.prepare("UPDATE feature SET name = ? WHERE key = 'dark-mode'").run(name);
    const form = await h.command(h.members.alice, 'feedback', { feature: 'dark-mode', tags: 'idea' }).reply();
    expect(form.type).toBe(9);
    expect(form.title!.length).toBeLessThanOrEqual(45);
    expect(hasLoneSurrogate(form.title!)).toBe(false);
    expect(form.title).toBe(`Feedback: ${'A'.repeat(34)}…`);
  });
});

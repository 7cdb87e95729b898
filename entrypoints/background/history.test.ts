import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/db';
import type { FeedRecord } from '@/lib/db/records';
import { describeRequestFailure } from '@/lib/history';
import { messagesOf } from '@/lib/i18n/catalog';
import { problemWordsFor } from '@/lib/problems/words';
import { type BackgroundRequest, type BackgroundResponses, type Envelope } from '@/lib/protocol/protocol';
import { aShare } from '../../tests/helpers/history';
import { anItem } from '../../tests/helpers/library-items';
import { TEST_EXTENSION, testBackgroundRouter } from '../../tests/helpers/background-router';
import { libraryVersionItem } from '@/lib/storage/items';

const EXTENSION = TEST_EXTENSION;
// History requests never reach the network: the router's feed service fails loudly on any fetch.
const route = testBackgroundRouter('history tests');

async function ask<T extends BackgroundRequest['type']>(request: Extract<BackgroundRequest, { type: T }>) {
  return (await route(request, {
    id: EXTENSION.extensionId,
    url: `${EXTENSION.extensionOrigin}insights.html`,
  })) as Envelope<BackgroundResponses[T]>;
}

async function value<T extends BackgroundRequest['type']>(request: Extract<BackgroundRequest, { type: T }>) {
  const answer = await ask(request);
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

afterEach(async () => {
  await Promise.all([getDb('real').delete(), getDb('workshop').delete()]);
  await Promise.all([getDb('real').open(), getDb('workshop').open()]);
});

const now = Date.now();
const insightsQuery = { from: now - 7 * 86_400_000, to: now + 1, timeZone: 'Europe/Paris', challenges: [] };

const feed = (
  url: string,
  source: FeedRecord['source'],
  addedAt: number,
  mix?: Record<string, number>,
): FeedRecord => ({
  url,
  source,
  addedAt,
  status: { itemCount: 0, skipped: [] },
  snapshot: { title: url, channels: [], mix, features: {} as never, plain: false },
});

/** Asks to record a share while the disk is full. */
async function recordOnFullDisk() {
  const diskFull = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  getDb('real').shares.hook('creating', diskFull);
  try {
    return await ask({ type: 'share.record', workspace: 'real', share: aShare() });
  } finally {
    getDb('real').shares.hook('creating').unsubscribe(diskFull);
  }
}

describe('share history through the background', () => {
  it('records a share so the insights count it and the item’s draft is gone', async () => {
    const share = aShare({ postedAt: now - 3_600_000 });
    await value({
      type: 'draft.save',
      workspace: 'real',
      draft: { itemKey: share.itemKey, answers: ['x'], text: 'draft', startedAt: 1, updatedAt: 1 },
    });
    expect(await value({ type: 'draft.get', workspace: 'real', itemKey: share.itemKey })).toMatchObject({
      text: 'draft',
      startedAt: 1,
    });

    const versionBefore = await libraryVersionItem.getValue();
    const recorded = await value({ type: 'share.record', workspace: 'real', share });
    expect(recorded.id).toBeGreaterThan(0);
    // Open libraries refresh, so the item's card says "Shared on …".
    expect(await libraryVersionItem.getValue()).not.toBe(versionBefore);

    const report = await value({ type: 'insights.get', workspace: 'real', ...insightsQuery });
    expect(report.postsPerWeek.reduce((sum, week) => sum + week.count, 0)).toBe(1);
    expect(report.editorialMix.total).toBe(1);
    expect(await value({ type: 'draft.get', workspace: 'real', itemKey: share.itemKey })).toBeNull();
    expect(await value({ type: 'history.list', workspace: 'real' })).toHaveLength(1);
    expect(await value({ type: 'history.list', workspace: 'workshop' })).toHaveLength(0);
  });

  it('answers a full disk with the storage code, which the page describes in French', async () => {
    const answer = await recordOnFullDisk();
    expect(answer).toMatchObject({ ok: false, error: { code: 'storage.disk-full' } });
    if (answer.ok) return;
    expect(describeRequestFailure(answer.error, 'fr')).toMatch(/^Votre disque est plein/);
    expect(await value({ type: 'history.list', workspace: 'real' })).toEqual([]);
  });

  it('answers a storage failure as a problem: no sentence for the employee crosses, the page words the code', async () => {
    const answer = await recordOnFullDisk();
    if (answer.ok) throw new Error('the full disk was not reported');
    // The message is for logs: the failure and the engine's text, in no language of the UI.
    for (const locale of ['en', 'fr'] as const) {
      expect(answer.error.message).not.toContain(messagesOf('history')[locale].errorDiskFull);
    }
    expect(answer.error.message).toContain('QuotaExceededError');
    // The one place problems become words says it in the language shown, whichever it is now.
    expect(problemWordsFor('en')(answer.error)).toBe(messagesOf('history').en.errorDiskFull);
    expect(problemWordsFor('fr')(answer.error)).toMatch(/^Votre disque est plein/);
    expect(problemWordsFor('fr')({ code: 'no-answer', message: 'Relais did not answer.' })).toBe(
      messagesOf('history').fr.errorNoAnswer,
    );
  });

  it('refuses a share whose fields do not match the stored record (one schema for both)', async () => {
    const answer = await ask({ type: 'share.record', workspace: 'real', share: { ...aShare(), category: '' } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('exports JSON that imports into another workspace, and a corrupt file changes nothing', async () => {
    await value({ type: 'share.record', workspace: 'real', share: aShare({ postedAt: now - 1000 }) });
    const json = await value({ type: 'history.export', workspace: 'real', format: 'json' });

    expect(await value({ type: 'history.import', workspace: 'workshop', text: json })).toMatchObject({
      ok: true,
      added: { shares: 1 },
    });
    expect(await value({ type: 'history.import', workspace: 'workshop', text: json })).toMatchObject({
      ok: true,
      added: { shares: 0 },
      unchanged: { shares: 1 },
    });
    const corrupt = json.replace('"ownWords":', '"ownWords":"lots","was":');
    const refused = await value({ type: 'history.import', workspace: 'workshop', text: corrupt });
    expect(refused).toMatchObject({ ok: false, problems: [{ code: 'invalid', path: 'shares[0].ownWords' }] });
    expect(await value({ type: 'history.list', workspace: 'workshop' })).toHaveLength(1);

    const csv = await value({ type: 'history.export', workspace: 'workshop', format: 'csv' });
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFposted_at,title,/);
  });

  it('deletes one share, then everything', async () => {
    const first = await value({
      type: 'share.record',
      workspace: 'real',
      share: aShare({ itemId: 'a', postedAt: now - 2000 }),
    });
    await value({ type: 'share.record', workspace: 'real', share: aShare({ itemId: 'b', postedAt: now - 1000 }) });
    expect(await value({ type: 'history.delete', workspace: 'real', id: first.id! })).toBe(true);
    expect((await value({ type: 'history.list', workspace: 'real' })).map((share) => share.itemId)).toEqual(['b']);
    await value({ type: 'history.deleteAll', workspace: 'real' });
    expect(await value({ type: 'history.list', workspace: 'real' })).toEqual([]);
    const report = await value({ type: 'insights.get', workspace: 'real', ...insightsQuery });
    expect(report.editorialMix.total).toBe(0);
  });

  it('suggests visible library items against the charter mix of the managed feed', async () => {
    const db = getDb('real');
    await db.feeds.bulkPut([
      feed('https://user.example/feed.json', 'user', 1, { industry: 100 }),
      feed('https://comms.example.com/feed.json', 'managed', 2, { product: 50, culture: 50 }),
    ]);
    await db.items.bulkPut([
      anItem({ id: 'launch', category: 'product' }),
      anItem({ id: 'team-day', category: 'culture' }),
      anItem({ id: 'gone', category: 'culture', expiresAt: now - 1000 }),
    ]);
    await value({
      type: 'share.record',
      workspace: 'real',
      share: aShare({ itemId: 'launch', category: 'product', postedAt: now - 1000 }),
    });

    const report = await value({
      type: 'insights.get',
      workspace: 'real',
      ...insightsQuery,
      challenges: ['every-category'],
    });
    expect(report.editorialMix.entries.map((entry) => [entry.category, entry.targetFraction])).toEqual([
      ['culture', 0.5],
      ['product', 0.5],
    ]);
    expect(report.suggestions.map((suggestion) => suggestion.item.title)).toEqual(['team-day']);
    expect(report.challenges).toMatchObject([{ id: 'every-category', progress: 1, goal: 2 }]);
  });

  it('refuses an unknown time zone with a message naming it', async () => {
    const answer = await ask({ type: 'insights.get', workspace: 'real', ...insightsQuery, timeZone: 'Mars/Olympus' });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('IANA') },
    });
  });
});

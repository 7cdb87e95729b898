import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RelaisDb } from '../db/db';
import { demoFeedUrl } from '../sync/demo-feed';
import type { FetchLike } from '../sync/fetch-feed';
import { ensureWorkshopLibrary, loadWorkshopFeed } from './demo-library';
import { resetWorkshop } from './reset';
import { problemWordsFor } from '../problems/words';

const inEnglish = problemWordsFor('en');

const testFeed = readFileSync(join(__dirname, '../../tests/fixtures/feeds/workshop-test-feed.json'), 'utf8');
const EXTENSION = 'chrome-extension://abcdefghijklmnop/';
const DEMO_FEED_URL = demoFeedUrl(EXTENSION);
/** The extension's own files, as the worker's fetch reads them. */
const bundled =
  (text: string): FetchLike =>
  async (url) =>
    url === DEMO_FEED_URL
      ? new Response(text, { headers: { 'content-type': 'application/json' } })
      : new Response('', { status: 404 });
const deps = (fetch: FetchLike = bundled(testFeed), now = () => 1000) => ({ fetch, now, extensionOrigin: EXTENSION });
const loadFile = (db: RelaisDb, text: string, fileName: string) => loadWorkshopFeed(db, text, fileName, deps());
const opened: RelaisDb[] = [];
const freshDb = (name: string) => {
  const db = new RelaisDb(`${name}-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
};

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const share = (title: string) => ({
  itemKey: `${DEMO_FEED_URL}#x`,
  itemId: 'x',
  feedUrl: DEMO_FEED_URL,
  title,
  channel: 'news',
  category: 'product',
  postedAt: 1,
  ownWords: 0.8,
  findings: [],
  text: 'My words',
  via: 'practice' as const,
  kind: 'post' as const,
  withImage: false,
});

describe('workshop library', () => {
  it('installs the demo feed: items and a demo feed record', async () => {
    const db = freshDb('workshop');
    const result = await ensureWorkshopLibrary(db, deps());
    expect(result.installed).toBe(true);
    expect(result.feed).toMatchObject({
      url: DEMO_FEED_URL,
      source: 'demo',
      status: { itemCount: 3, lastSuccessAt: 1000 },
    });
    expect((await db.items.toArray()).map((item) => item.id).sort()).toEqual([
      'hiring-nantes',
      'parc-solaire-lyon',
      'solar-lyon',
    ]);
    expect((await db.feeds.get(DEMO_FEED_URL))?.snapshot?.organisation).toBe('Lumen Énergie');
  });

  it('does not reload the demo feed once installed', async () => {
    const db = freshDb('workshop');
    await ensureWorkshopLibrary(db, deps());
    let loads = 0;
    const again = await ensureWorkshopLibrary(
      db,
      deps(async (url, init) => {
        loads += 1;
        return bundled(testFeed)(url, init);
      }),
    );
    expect(again.installed).toBe(false);
    expect(loads).toBe(0);
  });

  it('says clearly when the bundled demo feed is missing, and writes nothing', async () => {
    const db = freshDb('workshop');
    await expect(
      ensureWorkshopLibrary(
        db,
        deps(async () => {
          throw new TypeError('Failed to fetch');
        }),
      ),
    ).rejects.toSatisfy((error) => /demo-feed\.json.*could not be read: Could not reach/.test(inEnglish(error)));
    expect(await db.feeds.count()).toBe(0);
    expect(await db.items.count()).toBe(0);
  });

  it('refuses an invalid feed with its path and keeps the previous library', async () => {
    const db = freshDb('workshop');
    await loadFile(db, testFeed, 'test');
    await expect(
      loadFile(db, JSON.stringify({ version: 'x', title: 't', items: [] }), 'my-feed.json'),
    ).rejects.toSatisfy((error) => /my-feed\.json: The feed cannot be used.*version/.test(inEnglish(error)));
    expect(await db.items.count()).toBe(3);
  });

  it('replaces the previous demo items when another feed file is loaded', async () => {
    const db = freshDb('workshop');
    await loadFile(db, testFeed, 'test');
    const other = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Other',
      items: [{ id: 'only', content_text: 'Hi' }],
    });
    const feed = await loadFile(db, other, 'other.json');
    expect(feed.status.itemCount).toBe(1);
    expect((await db.items.toArray()).map((item) => item.id)).toEqual(['only']);
  });
});

describe('workshop reset', () => {
  it('clears practice drafts and shares, keeps the library, and leaves the real database untouched', async () => {
    const workshop = freshDb('workshop');
    const real = freshDb('real');
    await loadFile(workshop, testFeed, 'test');
    await workshop.shares.bulkAdd([share('a'), share('b')]);
    await workshop.drafts.put({ itemKey: 'k', answers: [], text: 'draft', startedAt: 1, updatedAt: 2 });
    await real.shares.add({ ...share('real one'), via: 'post-button' });
    await real.drafts.put({ itemKey: 'k', answers: [], text: 'real draft', startedAt: 1, updatedAt: 2 });

    expect(await resetWorkshop(workshop)).toEqual({ drafts: 1, shares: 2 });
    expect(await workshop.shares.count()).toBe(0);
    expect(await workshop.drafts.count()).toBe(0);
    expect(await workshop.items.count()).toBe(3);
    expect((await real.shares.toArray()).map((s) => s.title)).toEqual(['real one']);
    expect(await real.drafts.count()).toBe(1);
  });
});

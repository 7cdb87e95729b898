import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RelaisDb } from '../db/db';
import type { LibraryItem } from '../feed/library-item';
import { fakeFetch } from '../../tests/helpers/fake-fetch';
import { feedJson, textItem } from '../../tests/helpers/feed-builders';
import { DEMO_FEED_PATH } from './demo-feed';
import { addFeed, applyManagedPolicy, listFeeds, removeFeed } from './feeds';
import { parseManagedPolicy } from './managed-policy';
import { syncFeed } from './sync-feed';

const FEED = 'https://comms.example.com/feed.json';
const PARTNERS = 'https://partners.example.com/feed.json';
const EXTENSION = 'chrome-extension://abcdefghijklmnop/';

let db: RelaisDb;
let clock = 1_000;
const now = () => (clock += 1);

beforeEach(() => {
  db = new RelaisDb(`feeds-test-${crypto.randomUUID()}`);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

async function withItems(url: string, ids: string[]) {
  await syncFeed(db, url, { fetch: fakeFetch({ [url]: { body: feedJson(ids.map((id) => textItem(id))) } }), now });
}

const urls = async () => (await listFeeds(db)).map((feed) => [feed.url, feed.source]);

describe('addFeed', () => {
  it('stores the normalised address with an empty status', async () => {
    const result = await addFeed(db, '  https://Comms.Example.com/feed.json ', { now: () => 42 });
    expect(result).toEqual({
      ok: true,
      feed: { url: FEED, source: 'user', addedAt: 42, status: { itemCount: 0, skipped: [] } },
    });
    expect(await db.feeds.get(FEED)).toEqual(result.ok && result.feed);
  });

  it('refuses a feed already in the list, however it is written', async () => {
    await addFeed(db, FEED);
    for (const sameFeed of [
      'https://comms.example.com/feed.json',
      'HTTPS://comms.example.com:443/feed.json',
      `${FEED}#latest`,
    ]) {
      expect(await addFeed(db, sameFeed)).toMatchObject({ ok: false, error: { code: 'duplicate' } });
    }
  });

  it.each([
    ['http://comms.example.com/feed.json', 'insecure-url'],
    ['comms.example.com/feed.json', 'invalid-url'],
    ['ftp://comms.example.com/feed.json', 'invalid-url'],
    ['https://me:secret@comms.example.com/feed.json', 'credentials-in-url'],
  ])('refuses %s', async (url, code) => {
    expect(await addFeed(db, url)).toMatchObject({ ok: false, error: { code } });
    expect(await db.feeds.count()).toBe(0);
  });

  it('accepts http on this machine, for the demo and tests', async () => {
    expect((await addFeed(db, 'http://localhost:4173/feed.json')).ok).toBe(true);
  });

  it("adds the bundled demo from the extension's own files, and only as the demo", async () => {
    const demoUrl = new URL(DEMO_FEED_PATH, EXTENSION).href;
    expect(await addFeed(db, demoUrl, { extensionOrigin: EXTENSION })).toMatchObject({
      ok: false,
      error: { code: 'invalid-url' },
    });
    expect(await addFeed(db, demoUrl, { source: 'demo', extensionOrigin: EXTENSION })).toMatchObject({
      ok: true,
      feed: { url: 'chrome-extension://abcdefghijklmnop/demo-feed.json', source: 'demo' },
    });
  });

  it('refuses the employee when the organisation locks the list', async () => {
    const { policy } = parseManagedPolicy({ feeds: [FEED], lockFeeds: true });
    expect(await addFeed(db, PARTNERS, { policy })).toMatchObject({ ok: false, error: { code: 'locked' } });
  });
});

describe('removeFeed', () => {
  it('removes the feed and its items, not the items of other feeds', async () => {
    await addFeed(db, FEED, { now });
    await addFeed(db, PARTNERS, { now });
    await withItems(FEED, ['a', 'b']);
    await withItems(PARTNERS, ['p']);
    expect(await removeFeed(db, FEED)).toEqual({ ok: true });
    expect(await urls()).toEqual([[PARTNERS, 'user']]);
    expect((await db.items.toArray()).map((item: LibraryItem) => item.key)).toEqual([`${PARTNERS}#p`]);
  });

  it('removes both or neither when the write fails', async () => {
    await addFeed(db, FEED, { now });
    await withItems(FEED, ['a']);
    db.feeds.hook('deleting', () => {
      throw new Error('disk error');
    });
    await expect(removeFeed(db, FEED)).rejects.toThrow('disk error');
    expect(await db.items.count()).toBe(1);
  });

  it("refuses to remove the organisation's feeds", async () => {
    await addFeed(db, FEED, { source: 'managed' });
    expect(await removeFeed(db, FEED)).toMatchObject({ ok: false, error: { code: 'managed-feed' } });
  });

  it('refuses anything while the list is locked', async () => {
    await addFeed(db, PARTNERS);
    const { policy } = parseManagedPolicy({ feeds: [FEED], lockFeeds: true });
    expect(await removeFeed(db, PARTNERS, { policy })).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('says when the feed is not there', async () => {
    expect(await removeFeed(db, FEED)).toMatchObject({ ok: false, error: { code: 'unknown-feed' } });
  });
});

describe('listFeeds', () => {
  it("lists the organisation's feeds, then the employee's, then the demo, oldest first", async () => {
    await addFeed(db, 'http://localhost/demo.json', { source: 'demo', now });
    await addFeed(db, PARTNERS, { now });
    await addFeed(db, 'https://z.example.com/feed.json', { source: 'managed', now });
    await addFeed(db, FEED, { now });
    expect(await urls()).toEqual([
      ['https://z.example.com/feed.json', 'managed'],
      [PARTNERS, 'user'],
      [FEED, 'user'],
      ['http://localhost/demo.json', 'demo'],
    ]);
  });
});

describe('applyManagedPolicy', () => {
  it("adds the policy's feeds and takes over the employee's copy with its items", async () => {
    await addFeed(db, FEED, { now });
    await withItems(FEED, ['a']);
    const { policy } = parseManagedPolicy({ feeds: [FEED, PARTNERS] });
    expect(await applyManagedPolicy(db, policy, { now })).toEqual({ add: [PARTNERS], promote: [FEED], remove: [] });
    expect(await urls()).toEqual([
      [FEED, 'managed'],
      [PARTNERS, 'managed'],
    ]);
    expect(await db.items.count()).toBe(1);
  });

  it('removes managed feeds the policy no longer names, with their items', async () => {
    await applyManagedPolicy(db, parseManagedPolicy({ feeds: [FEED, PARTNERS] }).policy, { now });
    await withItems(PARTNERS, ['p']);
    await applyManagedPolicy(db, parseManagedPolicy({ feeds: [FEED] }).policy, { now });
    expect(await urls()).toEqual([[FEED, 'managed']]);
    expect(await db.items.count()).toBe(0);
  });

  it("when locked, leaves exactly the policy's feeds", async () => {
    await addFeed(db, 'http://localhost/demo.json', { source: 'demo', now });
    await addFeed(db, PARTNERS, { now });
    await applyManagedPolicy(db, parseManagedPolicy({ feeds: [FEED], lockFeeds: true }).policy, { now });
    expect(await urls()).toEqual([[FEED, 'managed']]);
  });

  it("leaves the employee's feeds alone when not locked, and changes nothing the second time", async () => {
    await addFeed(db, PARTNERS, { now });
    const { policy } = parseManagedPolicy({ feeds: [FEED] });
    await applyManagedPolicy(db, policy, { now });
    expect(await applyManagedPolicy(db, policy, { now })).toEqual({ add: [], promote: [], remove: [] });
    expect(await urls()).toEqual([
      [FEED, 'managed'],
      [PARTNERS, 'user'],
    ]);
  });
});

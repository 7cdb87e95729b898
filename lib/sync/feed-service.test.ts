import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RelaisDb } from '../db/db';
import { fakeFetch } from '../../tests/helpers/fake-fetch';
import { feedJson, textItem } from '../../tests/helpers/feed-builders';
import { demoFeedUrl } from './demo-feed';
import { AUTOMATIC_SYNC_GAP_MS, createFeedService } from './feed-service';
import { problemWordsFor } from '../problems/words';

const EXTENSION = 'chrome-extension://abcdefghijklmnop/';
const DEMO = demoFeedUrl(EXTENSION);
const FEED = 'https://comms.example.com/feed.json';
const MANAGED = 'https://it.example.com/feed.json';
const json = { 'content-type': 'application/feed+json' };

let db: RelaisDb;
let clock: number;
let policy: unknown;
let announcements: number;
let fetch: ReturnType<typeof fakeFetch>;

beforeEach(() => {
  db = new RelaisDb(`feed-service-${crypto.randomUUID()}`);
  clock = Date.parse('2026-11-22T10:00:00Z');
  policy = undefined;
  announcements = 0;
  fetch = fakeFetch({
    [DEMO]: {
      body: feedJson([textItem('demo-1'), textItem('demo-2')], { title: 'Lumen Énergie (Demo)' }),
      headers: json,
    },
    [FEED]: { body: feedJson([textItem('a')]), headers: json },
    [MANAGED]: { body: feedJson([textItem('m')]), headers: json },
  });
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const service = () =>
  createFeedService({
    db,
    fetch,
    extensionOrigin: EXTENSION,
    readPolicy: async () => {
      if (policy instanceof Error) throw policy;
      return policy;
    },
    locale: async () => 'en',
    announce: async () => {
      announcements += 1;
    },
    now: () => clock,
  });
const feedsInList = async () => (await db.feeds.toArray()).map((feed) => `${feed.source} ${feed.url}`).sort();
const itemIds = async () => (await db.items.toArray()).map((item) => item.id).sort();

describe('the feed service', () => {
  it('installs and syncs the demo library when nothing is configured, and announces it', async () => {
    await service().handleInstalled('install');
    expect(await feedsInList()).toEqual([`demo ${DEMO}`]);
    expect(await itemIds()).toEqual(['demo-1', 'demo-2']);
    expect(announcements).toBeGreaterThan(0);
  });

  it('treats a browser that throws on managed storage (Firefox without a policy) as no policy', async () => {
    policy = new Error('Managed storage manifest not found');
    await service().handleInstalled('install');
    expect(await feedsInList()).toEqual([`demo ${DEMO}`]);
  });

  it('retires the demo when the employee adds a feed, and brings it back when they remove their last one', async () => {
    const feeds = service();
    await feeds.handleInstalled('install');
    const added = await feeds.add(FEED);
    expect(added).toMatchObject({ ok: true, feed: { url: FEED, source: 'user', status: { itemCount: 1 } } });
    expect(await feedsInList()).toEqual([`user ${FEED}`]);
    expect(await itemIds()).toEqual(['a']);

    expect(await feeds.remove(FEED)).toEqual({ ok: true });
    expect(await feedsInList()).toEqual([`demo ${DEMO}`]);
    expect(await itemIds()).toEqual(['demo-1', 'demo-2']);
  });

  it('refuses additions in plain words while the organisation locks the list', async () => {
    policy = { feeds: [MANAGED], lockFeeds: true };
    const feeds = service();
    await feeds.handleInstalled('install');
    expect(await feedsInList()).toEqual([`managed ${MANAGED}`]);
    expect(await feeds.add(FEED)).toMatchObject({
      ok: false,
      error: { code: 'locked', message: expect.stringMatching(/organisation manages/) },
    });
    expect(await feeds.remove(MANAGED)).toMatchObject({ ok: false, error: { code: 'managed-feed' } });
  });

  it('follows a policy change: the new managed feed is added and synced, the demo retired', async () => {
    const feeds = service();
    await feeds.handleInstalled('install');
    policy = { feeds: [MANAGED] };
    await feeds.handlePolicyChange();
    expect(await feedsInList()).toEqual([`managed ${MANAGED}`]);
    expect(await itemIds()).toEqual(['m']);
  });

  it('does not download again when the alarm rings right after a start-up sync; "Sync now" always does', async () => {
    const feeds = service();
    await feeds.handleInstalled('install');
    await feeds.add(FEED);
    const downloads = () => fetch.requests.filter((request) => request.url === FEED).length;
    expect(downloads()).toBe(1);

    clock += 60_000;
    await feeds.handleAlarm();
    expect(downloads()).toBe(1);
    await feeds.syncNow();
    expect(downloads()).toBe(2);

    clock += AUTOMATIC_SYNC_GAP_MS;
    await Promise.all([feeds.handleStartup(), feeds.handleAlarm()]);
    expect(downloads()).toBe(3);
  });

  it('forces a full download after an extension update (no conditional request)', async () => {
    const feeds = service();
    await feeds.add(FEED);
    await db.feeds.update(FEED, { etag: '"v1"' });
    clock += AUTOMATIC_SYNC_GAP_MS;
    await feeds.handleInstalled('update');
    const last = fetch.requests.filter((request) => request.url === FEED).at(-1);
    expect(last?.headers['if-none-match']).toBeUndefined();
  });

  it('keeps the previous items and reports the error when a feed breaks', async () => {
    const feeds = service();
    await feeds.add(FEED);
    fetch = fakeFetch({ [FEED]: { body: 'not json', headers: json } });
    const [feed] = await service().syncNow(FEED);
    expect(problemWordsFor('en')(feed?.status.lastError)).toMatch(/The feed cannot be used/);
    expect(await itemIds()).toEqual(['a']);
  });
});

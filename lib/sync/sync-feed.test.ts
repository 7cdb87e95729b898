import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RelaisDb } from '../db/db';
import { fakeFetch, type FakeRoute } from '../../tests/helpers/fake-fetch';
import { feedJson, textItem } from '../../tests/helpers/feed-builders';
import { addFeed } from './feeds';
import { syncAll, syncFeed } from './sync-feed';
import { problemWordsFor } from '../problems/words';
import { wordFeedHint, wordFeedProblem } from '../feed/feed-words';
import { createTranslator } from '../i18n/messages';
import { messagesOf } from '../i18n/catalog';

const inEnglish = problemWordsFor('en');

const FEED = 'https://comms.example.com/feed.json';
const OTHER = 'https://partners.example.com/feed.json';
const T0 = Date.parse('2026-11-22T10:00:00Z');

let db: RelaisDb;
let clock: number;
const now = () => clock;

beforeEach(async () => {
  db = new RelaisDb(`sync-test-${crypto.randomUUID()}`);
  clock = T0;
  await addFeed(db, FEED, { now });
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const itemKeys = async (url = FEED) => (await db.items.where('feedUrl').equals(url).primaryKeys()).sort();
const status = async (url = FEED) => (await db.feeds.get(url))?.status;

/** Syncs FEED once from a feed with items a and b, so that later tests start from a library. */
async function syncInitialLibrary() {
  const fetch = fakeFetch({
    [FEED]: {
      body: feedJson([textItem('a'), textItem('b')]),
      headers: { 'content-type': 'application/feed+json', etag: '"v1"' },
    },
  });
  const result = await syncFeed(db, FEED, { fetch, now });
  expect(result.outcome).toBe('updated');
  clock += 3_600_000;
}

function fetchAnswering(route: FakeRoute) {
  return fakeFetch({ [FEED]: route });
}

describe('syncFeed', () => {
  it('stores the items, the feed snapshot, the status and the validators', async () => {
    await syncInitialLibrary();
    expect(await itemKeys()).toEqual([`${FEED}#a`, `${FEED}#b`]);
    const feed = await db.feeds.get(FEED);
    expect(feed).toMatchObject({
      etag: '"v1"',
      snapshot: { title: 'Test feed', plain: true },
      status: { lastAttemptAt: T0, lastSuccessAt: T0, itemCount: 2, skipped: [] },
    });
    expect(feed?.status.lastError).toBeUndefined();
  });

  it('on 304, costs nothing and only notes the successful check', async () => {
    await syncInitialLibrary();
    const fetch = fetchAnswering((request) =>
      request.headers['if-none-match'] === '"v1"' ? { status: 304 } : { status: 500 },
    );
    expect(await syncFeed(db, FEED, { fetch, now })).toEqual({ url: FEED, outcome: 'not-modified' });
    expect(await itemKeys()).toEqual([`${FEED}#a`, `${FEED}#b`]);
    expect(await status()).toMatchObject({ lastAttemptAt: clock, lastSuccessAt: clock, itemCount: 2 });
  });

  it('with force, downloads again without validators', async () => {
    await syncInitialLibrary();
    const fetch = fetchAnswering({ body: feedJson([textItem('a')]) });
    await syncFeed(db, FEED, { fetch, now, force: true });
    expect(fetch.requests[0]?.headers['if-none-match']).toBeUndefined();
    expect(await itemKeys()).toEqual([`${FEED}#a`]);
  });

  it('replaces the items: new ones in, removed ones out, changed ones updated', async () => {
    await syncInitialLibrary();
    const fetch = fetchAnswering({ body: feedJson([textItem('b', 'Changed text'), textItem('c')]) });
    const result = await syncFeed(db, FEED, { fetch, now });
    expect(result).toMatchObject({ outcome: 'updated', itemCount: 2 });
    expect(await itemKeys()).toEqual([`${FEED}#b`, `${FEED}#c`]);
    expect((await db.items.get(`${FEED}#b`))?.text).toBe('Changed text');
  });

  it('writes only the rows that changed', async () => {
    await syncInitialLibrary();
    const bulkPut = vi.spyOn(db.items, 'bulkPut');
    const fetch = fetchAnswering({ body: feedJson([textItem('a'), textItem('b', 'Changed text'), textItem('c')]) });
    await syncFeed(db, FEED, { fetch, now });
    expect(bulkPut).toHaveBeenCalledTimes(1);
    expect(bulkPut.mock.calls[0]?.[0].map((row) => row.key)).toEqual([`${FEED}#b`, `${FEED}#c`]);
  });

  describe('keeps the previous library and says why', () => {
    it.each([
      ['a timeout', { hang: true }, 'timeout', /No answer within/],
      [
        'a feed too large',
        { body: 'x', headers: { 'content-type': 'application/json', 'content-length': '20000000' } },
        'too-large',
        /larger than 10 MB/,
      ],
      [
        'malformed JSON',
        { body: '{"version": "https://jsonfeed.org/version/1.1",, }' },
        'invalid-feed',
        /not JSON.*line 1, column 48/,
      ],
      [
        'a wrong version',
        { body: JSON.stringify({ version: 'https://jsonfeed.org/version/2', title: 'x', items: [] }) },
        'invalid-feed',
        /version: Must be exactly "https:\/\/jsonfeed.org\/version\/1.1"/,
      ],
      ['a 404', { status: 404, statusText: 'Not Found' }, 'http-404', /404 Not Found: check the URL/],
    ] as const)('on %s', async (_, route, code, message) => {
      await syncInitialLibrary();
      const before = await db.feeds.get(FEED);
      const result = await syncFeed(db, FEED, { fetch: fetchAnswering(route as FakeRoute), now, timeoutMs: 20 });
      expect(result).toMatchObject({ outcome: 'failed', error: { code, at: clock } });
      expect(inEnglish(result.outcome === 'failed' && result.error)).toMatch(message);
      expect(await itemKeys()).toEqual([`${FEED}#a`, `${FEED}#b`]);
      const after = await db.feeds.get(FEED);
      expect(after?.snapshot).toEqual(before?.snapshot);
      expect(after?.etag).toBe('"v1"');
      expect(after?.status).toMatchObject({
        lastAttemptAt: clock,
        lastSuccessAt: T0,
        itemCount: 2,
        lastError: { code, at: clock },
      });
      // Stored as a problem (code and params), not as words of one language.
      expect(after?.status.lastError).not.toHaveProperty('message');
      expect(inEnglish(after?.status.lastError)).toMatch(message);
    });
  });

  it('dates an item without a date by when it was first seen, not by every sync', async () => {
    const undated = { id: 'u', content_text: 'No date here' };
    await syncFeed(db, FEED, { fetch: fetchAnswering({ body: feedJson([undated]) }), now });
    clock += 3_600_000;
    await syncFeed(db, FEED, { fetch: fetchAnswering({ body: feedJson([undated, textItem('n')]) }), now });
    expect((await db.items.get(`${FEED}#u`))?.publishedAt).toBe(T0);
  });

  it('returns every problem of an unusable feed, for the options page', async () => {
    const fetch = fetchAnswering({ body: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1' }) });
    const result = await syncFeed(db, FEED, { fetch, now });
    expect(result.outcome === 'failed' && result.problems?.map((p) => p.path)).toEqual(['title', 'items']);
    expect(inEnglish((await status())?.lastError)).toBe(
      'The feed cannot be used (2 problems, the first one): title: This field is required but missing',
    );
  });

  it('reports a database failure instead of throwing', async () => {
    db.close();
    const result = await syncFeed(db, FEED, { fetch: fetchAnswering({ body: feedJson([]) }), now });
    expect(result).toMatchObject({ outcome: 'failed', error: { code: 'storage' } });
  });

  it('stores the skipped items with their id and path, and keeps the rest', async () => {
    const fetch = fetchAnswering({
      body: feedJson([textItem('a'), { id: 'b', title: 'No text' }, textItem('c', 'x', { expires_at: 'soon' })]),
    });
    const result = await syncFeed(db, FEED, { fetch, now });
    expect(result).toMatchObject({ outcome: 'updated', itemCount: 1 });
    expect(await itemKeys()).toEqual([`${FEED}#a`]);
    expect((await status())?.skipped).toEqual([
      expect.objectContaining({ itemId: 'b', path: 'items[1].content_text', code: 'content-missing' }),
      expect.objectContaining({ itemId: 'c', path: 'items[2]._relais.expires_at', code: 'bad-date' }),
    ]);
  });

  it('clears the last error after a good sync', async () => {
    await syncFeed(db, FEED, { fetch: fetchAnswering({ status: 500 }), now });
    expect((await status())?.lastError?.code).toBe('http-500');
    await syncFeed(db, FEED, { fetch: fetchAnswering({ body: feedJson([textItem('a')]) }), now });
    expect((await status())?.lastError).toBeUndefined();
  });

  it('stores a problem that reads in the language shown, whatever the language of the sync', async () => {
    await syncFeed(db, FEED, { fetch: fetchAnswering({ status: 404, statusText: 'Not Found' }), now, locale: 'en' });
    const lastError = (await status())?.lastError;
    expect(lastError).toEqual({ code: 'http-404', params: { status: '404 Not Found' }, at: clock });
    expect(problemWordsFor('fr')(lastError)).toBe('Le serveur du flux a répondu 404 Not Found : vérifiez l’URL');
    expect(inEnglish(lastError)).toBe('The feed server answered 404 Not Found: check the URL');
  });

  it('keeps an unusable feed’s first problem as data: the stored error reads in the language shown after a switch', async () => {
    // Synced while the extension spoke English; the title is a number, the items are missing.
    const body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 42 });
    await syncFeed(db, FEED, { fetch: fetchAnswering({ body }), now, locale: 'en' });
    const stored = await db.feeds.get(FEED);
    const lastError = stored?.status.lastError;
    expect(lastError).toMatchObject({ code: 'invalid-feed', params: { count: 2 }, first: { path: 'title' } });
    // No sentence of the sync's language stands in for the first problem.
    expect(lastError?.params).not.toHaveProperty('first');
    expect(lastError?.first?.words).toEqual({
      key: 'wrongType',
      params: { expected: { key: 'typeText' }, received: { key: 'typeNumber' } },
    });
    expect(inEnglish(lastError)).toBe(
      'The feed cannot be used (2 problems, the first one): title: Expected a text, found a number',
    );
    expect(problemWordsFor('fr')(lastError)).toBe(
      'Le flux est inutilisable (2 problèmes, le premier)\u00a0: title: Attendu\u00a0: un texte, trouvé\u00a0: un nombre',
    );
  });

  it('keeps the skipped items’ problems as data, worded in the language shown', async () => {
    const fetch = fetchAnswering({ body: feedJson([textItem('a'), { id: 'b', title: 'No text' }]) });
    await syncFeed(db, FEED, { fetch, now, locale: 'fr' });
    const [skipped] = (await status())?.skipped ?? [];
    expect(skipped).toMatchObject({
      itemId: 'b',
      code: 'content-missing',
      words: { key: 'contentMissing' },
      hintWords: { key: 'hintContent' },
    });
    const english = createTranslator(messagesOf('feedProblem'), 'en');
    expect(wordFeedProblem(skipped!, english)).toBe(messagesOf('feedProblem').en.contentMissing);
    expect(wordFeedHint(skipped!, english)).toBe(messagesOf('feedProblem').en.hintContent);
    // A row stored before problems carried their words: its own sentence.
    expect(wordFeedProblem({ message: 'Ancienne phrase' }, english)).toBe('Ancienne phrase');
  });

  it('reads an invalid-feed status stored before the first problem was data: the sentence it quotes', () => {
    const old = { code: 'invalid-feed', params: { count: 1, first: 'title : Ce champ est obligatoire' }, at: 1 };
    expect(inEnglish(old)).toBe('The feed cannot be used (1 problem): title : Ce champ est obligatoire');
  });

  it('reads a status stored before problems were codes: its sentence, or the new words when they need nothing', () => {
    const old = { code: 'network', message: 'Impossible de joindre example.com', at: 1 };
    expect(inEnglish(old)).toBe('Impossible de joindre example.com');
    expect(inEnglish({ code: 'http-404', message: 'Le serveur du flux a répondu 404', at: 1 })).toBe(
      'The feed server answered 404: check the URL',
    );
    expect(inEnglish({ code: 'html-page', message: 'L’adresse renvoie une page web', at: 1 })).toMatch(
      /^The address returned a web page/,
    );
  });

  it('never leaves a mix of old and new items when the write fails half-way', async () => {
    await syncInitialLibrary();
    const realBulkPut = db.items.bulkPut.bind(db.items);
    // The disk fills up after the first new row is written: the transaction must roll back the deletes too.
    vi.spyOn(db.items, 'bulkPut').mockImplementationOnce(((rows: Parameters<typeof realBulkPut>[0]) =>
      realBulkPut(rows.slice(0, 1)).then(() => {
        throw new Error('QuotaExceededError: disk full');
      })) as typeof realBulkPut);
    const fetch = fetchAnswering({ body: feedJson([textItem('c'), textItem('d'), textItem('e')]) });
    const result = await syncFeed(db, FEED, { fetch, now });
    expect(result).toMatchObject({
      outcome: 'failed',
      error: { code: 'storage', params: { detail: expect.stringContaining('disk full') } },
    });
    expect(await itemKeys()).toEqual([`${FEED}#a`, `${FEED}#b`]);
    expect(await status()).toMatchObject({ itemCount: 2, lastSuccessAt: T0, lastError: { code: 'storage' } });
    expect((await db.feeds.get(FEED))?.etag).toBe('"v1"');
  });

  it('does not bring back a feed removed while it was downloading', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowFetch = async (url: string, init?: RequestInit) => {
      await gate;
      return fakeFetch({ [FEED]: { body: feedJson([textItem('a')]) } })(url, init);
    };
    const pending = syncFeed(db, FEED, { fetch: slowFetch, now });
    await db.feeds.delete(FEED);
    release();
    expect(await pending).toMatchObject({ outcome: 'failed', error: { code: 'removed-during-sync' } });
    expect(await db.feeds.get(FEED)).toBeUndefined();
    expect(await itemKeys()).toEqual([]);
  });

  it('shares one download between two syncs of the same feed at once', async () => {
    const fetch = fetchAnswering({ body: feedJson([textItem('a')]) });
    const [first, second] = await Promise.all([syncFeed(db, FEED, { fetch, now }), syncFeed(db, FEED, { fetch, now })]);
    expect(first).toBe(second);
    expect(fetch.requests).toHaveLength(1);
  });

  it('reports an unknown feed without touching anything', async () => {
    const result = await syncFeed(db, OTHER, { fetch: fakeFetch({}), now });
    expect(result).toMatchObject({ outcome: 'failed', error: { code: 'unknown-feed' } });
    expect(await db.feeds.get(OTHER)).toBeUndefined();
  });

  it('passes on warnings of the download and of the feed', async () => {
    const fetch = fetchAnswering({
      body: feedJson([textItem('a', 'x', { expire_at: '2027-01-01T00:00:00Z' })]),
      headers: { 'content-type': 'text/plain' },
    });
    const result = await syncFeed(db, FEED, { fetch, now });
    expect(result.outcome === 'updated' && result.warnings.map((w) => w.code)).toEqual(['content-type', 'unknown-key']);
  });
});

describe('syncAll', () => {
  it('syncs every feed on its own: one failing does not stop the other', async () => {
    await addFeed(db, OTHER, { now });
    await syncFeed(db, OTHER, { fetch: fakeFetch({ [OTHER]: { body: feedJson([textItem('p')]) } }), now });
    const fetch = fakeFetch({
      [FEED]: { body: feedJson([textItem('a')]) },
      [OTHER]: { status: 502, statusText: 'Bad Gateway' },
    });
    const results = await syncAll(db, { fetch, now });
    expect(results.map((r) => [r.url, r.outcome]).sort()).toEqual([
      [FEED, 'updated'],
      [OTHER, 'failed'],
    ]);
    expect(await itemKeys(FEED)).toEqual([`${FEED}#a`]);
    expect(await itemKeys(OTHER)).toEqual([`${OTHER}#p`]);
    expect((await status(OTHER))?.lastError?.code).toBe('http-502');
  });
});

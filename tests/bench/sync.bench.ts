/**
 * Syncing a 5,000-item feed, against the floor of what any sync must do with
 * the same bytes: JSON.parse them and bulkPut the same rows — into a fresh
 * table for a first sync, over the previous rows for a re-sync. The difference
 * is validation, normalisation, the download plumbing and the atomic,
 * changed-rows-only replace. Runs under tsx (Node), hence fake-indexeddb.
 */
import 'fake-indexeddb/auto';
import { RelaisDb } from '../../lib/db/db';
import type { LibraryItem } from '../../lib/feed/library-item';
import { addFeed } from '../../lib/sync/feeds';
import { syncFeed } from '../../lib/sync/sync-feed';
import { fakeFetch } from '../helpers/fake-fetch';
import { generatedFeed, generatedRssFeed } from '../helpers/feed-builders';
import { type BenchFigure, defineBench, median } from './harness';

const ITEMS = 5_000;
const RUNS = 7;
const FEED_URL = 'https://bench.example.com/feed.json';
const RSS_URL = 'https://bench.example.com/feed.xml';

interface Measured<T> {
  /** Untimed: a fresh database and whatever the run needs. */
  setup(): Promise<T>;
  run(context: T): Promise<unknown>;
  /** Untimed. */
  teardown(context: T): Promise<void>;
}

/** Medians of subject and baseline, interleaved so machine noise hits both alike; setup and teardown are not timed. */
async function compareWithSetup<S, B>(subject: Measured<S>, baseline: Measured<B>, runs: number) {
  const once = async <T>(task: Measured<T>) => {
    const context = await task.setup();
    const start = performance.now();
    await task.run(context);
    const elapsed = performance.now() - start;
    await task.teardown(context);
    return elapsed;
  };
  await once(subject);
  await once(baseline);
  const subjectSamples: number[] = [];
  const baselineSamples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    baselineSamples.push(await once(baseline));
    subjectSamples.push(await once(subject));
  }
  const s = median(subjectSamples);
  const b = median(baselineSamples);
  return { subject: s, baseline: b, ratio: s / b };
}

/**
 * Peak memory while `task` runs, sampled every 2 ms. Samples land between the
 * sync's awaits, so a peak inside one synchronous step (JSON.parse, the
 * validation) shows up only through what it leaves allocated: a lower bound.
 */
async function memoryPeak(task: () => Promise<unknown>) {
  const before = process.memoryUsage();
  let rss = before.rss;
  let heapUsed = before.heapUsed;
  const sample = () => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heapUsed = Math.max(heapUsed, usage.heapUsed);
  };
  const timer = setInterval(sample, 2);
  try {
    await task();
  } finally {
    clearInterval(timer);
    sample();
  }
  const mb = (bytes: number) => bytes / 2 ** 20;
  return { heapGrowthMb: mb(heapUsed - before.heapUsed), peakHeapMb: mb(heapUsed), peakRssMb: mb(rss) };
}

let databases = 0;
async function freshDb(): Promise<RelaisDb> {
  databases += 1;
  const db = new RelaisDb(`bench-sync-${databases}`);
  await db.open();
  return db;
}

async function dropDb(db: RelaisDb) {
  db.close();
  await db.delete();
}

export default defineBench({
  name: 'sync',
  async run(): Promise<BenchFigure[]> {
    const bytes = new TextEncoder().encode(generatedFeed(ITEMS));
    const revisedBytes = new TextEncoder().encode(generatedFeed(ITEMS, 1));
    const serving = (body: Uint8Array) => ({
      fetch: fakeFetch({
        [FEED_URL]: () => ({ body, headers: { 'content-type': 'application/feed+json', etag: '"bench"' } }),
      }),
      force: true,
    });
    const deps = serving(bytes);
    const revisedDeps = serving(revisedBytes);

    // The rows the floors write are the rows the sync writes.
    const rowsOf = async (source: typeof deps) => {
      const probe = await freshDb();
      await addFeed(probe, FEED_URL);
      const result = await syncFeed(probe, FEED_URL, source);
      if (result.outcome !== 'updated' || result.itemCount !== ITEMS) {
        throw new Error(`bench feed did not sync: ${JSON.stringify(result).slice(0, 300)}`);
      }
      const stored: LibraryItem[] = await probe.items.toArray();
      await dropDb(probe);
      return stored;
    };
    const rows = await rowsOf(deps);
    const revisedRows = await rowsOf(revisedDeps);

    /** The least any sync must do: parse the bytes, write the rows. */
    const floor = (body: Uint8Array, written: LibraryItem[], setup: () => Promise<RelaisDb>): Measured<RelaisDb> => ({
      setup,
      async run(db) {
        JSON.parse(new TextDecoder().decode(body));
        await db.items.bulkPut(written);
      },
      teardown: dropDb,
    });
    const holdingRows = async () => {
      const db = await freshDb();
      await db.items.bulkPut(rows);
      return db;
    };
    const synced = async () => {
      const db = await freshDb();
      await addFeed(db, FEED_URL);
      await syncFeed(db, FEED_URL, deps);
      return db;
    };

    const firstSync = await compareWithSetup(
      {
        async setup() {
          const db = await freshDb();
          await addFeed(db, FEED_URL);
          return db;
        },
        run: (db) => syncFeed(db, FEED_URL, deps),
        teardown: dropDb,
      },
      floor(bytes, rows, freshDb),
      RUNS,
    );
    // The same content again (an extension update forces it): the sync compares and writes nothing,
    // the floor blindly overwrites.
    const resyncSame = await compareWithSetup(
      { setup: synced, run: (db) => syncFeed(db, FEED_URL, deps), teardown: dropDb },
      floor(bytes, rows, holdingRows),
      RUNS,
    );
    // Every item's text changed: the sync reads the old rows, compares, and rewrites them all.
    const resyncAll = await compareWithSetup(
      { setup: synced, run: (db) => syncFeed(db, FEED_URL, revisedDeps), teardown: dropDb },
      floor(revisedBytes, revisedRows, holdingRows),
      RUNS,
    );

    // A newsroom's RSS: XML tokenizing, the lenient rules and HTML-to-text on top of the same floor
    // (JSON.parse of the same articles as JSON, bulkPut of the rows the RSS sync writes).
    const newsroom = generatedRssFeed(ITEMS);
    const rssBytes = new TextEncoder().encode(newsroom.rss);
    const rssDeps = {
      fetch: fakeFetch({
        [RSS_URL]: () => ({ body: rssBytes, headers: { 'content-type': 'application/rss+xml', etag: '"bench"' } }),
      }),
      force: true,
    };
    const rssProbe = await freshDb();
    await addFeed(rssProbe, RSS_URL);
    const rssResult = await syncFeed(rssProbe, RSS_URL, rssDeps);
    if (rssResult.outcome !== 'updated' || rssResult.itemCount !== ITEMS) {
      throw new Error(`bench RSS feed did not sync: ${JSON.stringify(rssResult).slice(0, 300)}`);
    }
    const rssRows: LibraryItem[] = await rssProbe.items.toArray();
    await dropDb(rssProbe);
    const rssSync = await compareWithSetup(
      {
        async setup() {
          const db = await freshDb();
          await addFeed(db, RSS_URL);
          return db;
        },
        run: (db) => syncFeed(db, RSS_URL, rssDeps),
        teardown: dropDb,
      },
      floor(new TextEncoder().encode(newsroom.json), rssRows, freshDb),
      RUNS,
    );

    const memoryDb = await freshDb();
    await addFeed(memoryDb, FEED_URL);
    const memory = await memoryPeak(() => syncFeed(memoryDb, FEED_URL, deps));
    await dropDb(memoryDb);
    const sizeMb = bytes.byteLength / 2 ** 20;

    return [
      {
        name: `first sync of ${ITEMS.toLocaleString('en')} items vs. JSON.parse + bulkPut`,
        value: firstSync.ratio,
        unit: '×',
        target: 2,
        details: { syncMs: firstSync.subject, floorMs: firstSync.baseline, feedMb: sizeMb },
      },
      {
        name: `first sync of a ${ITEMS.toLocaleString('en')}-item RSS 2.0 newsroom feed vs. JSON.parse + bulkPut`,
        value: rssSync.ratio,
        unit: '×',
        target: 2.5,
        details: { syncMs: rssSync.subject, floorMs: rssSync.baseline, feedMb: rssBytes.byteLength / 2 ** 20 },
      },
      {
        name: `re-sync of the same ${ITEMS.toLocaleString('en')} items vs. JSON.parse + bulkPut over them`,
        value: resyncSame.ratio,
        unit: '×',
        target: 2,
        details: { syncMs: resyncSame.subject, floorMs: resyncSame.baseline },
      },
      {
        name: `re-sync with all ${ITEMS.toLocaleString('en')} items changed vs. JSON.parse + bulkPut over the old rows`,
        value: resyncAll.ratio,
        unit: '×',
        target: 2,
        details: { syncMs: resyncAll.subject, floorMs: resyncAll.baseline },
      },
      {
        name: `heap growth during one sync of a ${sizeMb.toFixed(1)} MB feed (peak, sampled)`,
        value: memory.heapGrowthMb,
        unit: 'MB',
        // About 20× the feed: its text, its JSON, the validated items, the rows and IndexedDB's copies.
        target: Math.round(20 * sizeMb),
        details: { peakHeapMb: memory.peakHeapMb, peakRssMb: memory.peakRssMb },
      },
    ];
  },
});

/** Test helpers: a fresh fake-indexeddb database per test, and shares built by hand (library items: ./library-items). */
import { afterEach } from 'vitest';
import { RelaisDb } from '../../lib/db/db';
import type { ShareRecord } from '../../lib/db/records';

type ShareRow = Omit<ShareRecord, 'id'>;

const opened: RelaisDb[] = [];

/** A new, empty database, deleted after the test. */
export function freshDb(): RelaisDb {
  const db = new RelaisDb(`test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** A share with plausible defaults; override what the test is about. */
export function aShare(overrides: Partial<ShareRow> = {}): ShareRow {
  const itemId = overrides.itemId ?? 'launch';
  return {
    itemKey: `https://comms.example.com/feed.json#${itemId}`,
    itemId,
    feedUrl: 'https://comms.example.com/feed.json',
    title: 'Launch of Élan',
    channel: 'corporate',
    category: 'product',
    postedAt: Date.UTC(2026, 2, 10, 9),
    ownWords: 0.5,
    findings: [],
    text: 'Proud to share what my team built.',
    via: 'post-button',
    kind: 'post',
    withImage: false,
    ...overrides,
  };
}

export const utc = (year: number, month: number, day: number, hour = 12, minute = 0) =>
  Date.UTC(year, month - 1, day, hour, minute);

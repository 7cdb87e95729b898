import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { FeedRecord } from '../db/records';
import { canAddFeeds, canRemoveFeed, NO_POLICY, parseManagedPolicy, planManagedFeeds } from './managed-policy';

const A = 'https://comms.example.com/feed.json';
const B = 'https://partners.example.com/feed.json';

const record = (url: string, source: FeedRecord['source']): FeedRecord => ({
  url,
  source,
  addedAt: 0,
  status: { itemCount: 0, skipped: [] },
});

describe('parseManagedPolicy', () => {
  it('reads no policy as none', () => {
    expect(parseManagedPolicy(undefined)).toEqual({ policy: NO_POLICY, problems: [] });
    expect(parseManagedPolicy({})).toEqual({ policy: NO_POLICY, problems: [] });
  });

  it('reads feeds (normalised, deduplicated), the lock and workshop mode', () => {
    const { policy, problems } = parseManagedPolicy({
      feeds: [A, 'https://COMMS.example.com/feed.json', B],
      lockFeeds: true,
      workshopMode: true,
    });
    expect(policy).toEqual({ feeds: [A, B], lockFeeds: true, workshopMode: true });
    expect(problems).toEqual([]);
  });

  it('drops what it cannot use and says where', () => {
    const { policy, problems } = parseManagedPolicy({
      feeds: [A, 'http://intranet/feed.json', 7],
      lockFeeds: 'yes',
      workshopMode: 1,
    });
    expect(policy).toEqual({ feeds: [A], lockFeeds: false, workshopMode: false });
    expect(problems.map((p) => p.path)).toEqual(['feeds[1]', 'feeds[2]', 'lockFeeds', 'workshopMode']);
    expect(problems[0]?.message).toMatch(/feeds\[1\] is ignored: The feed must be served over https/);
  });

  it('takes a single address for a list of one (Firefox does not check types)', () => {
    expect(parseManagedPolicy({ feeds: A }).policy.feeds).toEqual([A]);
  });

  it('ignores a lock without any usable feed: it would leave employees with an empty library', () => {
    const { policy, problems } = parseManagedPolicy({ feeds: ['nonsense'], lockFeeds: true });
    expect(policy.lockFeeds).toBe(false);
    expect(problems.map((p) => p.path)).toEqual(['feeds[0]', 'lockFeeds']);
  });

  it('ignores something that is not an object of settings', () => {
    expect(parseManagedPolicy(['x'], 'fr')).toEqual({
      policy: NO_POLICY,
      problems: [{ path: '', message: 'La stratégie n’est pas un objet de réglages ; elle est ignorée' }],
    });
  });
});

describe('planManagedFeeds', () => {
  it('adds, promotes and removes', () => {
    const existing = [
      record(A, 'user'),
      record('https://old.example.com/f.json', 'managed'),
      record('https://mine.example.com/f.json', 'user'),
    ];
    expect(planManagedFeeds(existing, { feeds: [A, B], lockFeeds: false, workshopMode: false })).toEqual({
      add: [B],
      promote: [A],
      remove: ['https://old.example.com/f.json'],
    });
  });

  it('removes every other feed when locked', () => {
    const existing = [
      record('https://mine.example.com/f.json', 'user'),
      record('chrome-extension://x/demo-feed.json', 'demo'),
    ];
    expect(planManagedFeeds(existing, { feeds: [A], lockFeeds: true, workshopMode: false }).remove).toEqual([
      'https://mine.example.com/f.json',
      'chrome-extension://x/demo-feed.json',
    ]);
  });

  it('removes every managed feed when the policy is gone', () => {
    expect(planManagedFeeds([record(A, 'managed')], NO_POLICY)).toEqual({ add: [], promote: [], remove: [A] });
  });
});

describe('what the employee may change', () => {
  it('may add feeds unless the list is locked', () => {
    expect(canAddFeeds(NO_POLICY)).toBe(true);
    expect(canAddFeeds({ feeds: [A], lockFeeds: true, workshopMode: false })).toBe(false);
  });

  it("may remove their own feeds and the demo, never the organisation's", () => {
    expect(canRemoveFeed(record(A, 'user'))).toEqual({ ok: true });
    expect(canRemoveFeed(record(A, 'demo'))).toEqual({ ok: true });
    expect(canRemoveFeed(record(A, 'managed'))).toEqual({ ok: false, reason: 'managed' });
    expect(canRemoveFeed(record(B, 'user'), { feeds: [A], lockFeeds: true, workshopMode: false })).toEqual({
      ok: false,
      reason: 'locked',
    });
  });
});

describe('public/managed_schema.json', () => {
  it('declares exactly the settings parseManagedPolicy reads, with the types it expects', async () => {
    const schema = JSON.parse(await readFile('public/managed_schema.json', 'utf8'));
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    const types = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => [key, (value as { type: string }).type]),
    );
    expect(types).toEqual({ feeds: 'array', lockFeeds: 'boolean', workshopMode: 'boolean' });
    expect(Object.keys(parseManagedPolicy({}).policy).sort()).toEqual(Object.keys(types).sort());
  });
});

/**
 * Feeds as companies and people really publish them (tests/fixtures/feeds/real/README.md says where
 * each comes from): every one must give usable items whose text reads well.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINKEDIN_MAX_POST_LENGTH } from './schema';
import { decodeFeedBytes } from '../sync/fetch-feed';
import { findAnnouncedFeeds } from './discover';
import { MESSAGE_MAX_LENGTH } from './message';
import { parseFeedText, toLibraryItems } from './parse';

const DIR = join(__dirname, '../../tests/fixtures/feeds/real');
const files = readdirSync(DIR).filter((name) => /\.(json|xml|rss|atom|rdf)$/.test(name));

/** Markup that should never survive HTML-to-text (code samples may legitimately show "<Value>"). */
const HTML_TAG =
  /<\/?(p|div|span|a|img|br|strong|em|b|i|ul|ol|li|h[1-6]|script|style|iframe|blockquote|figure|table)\b[^>]*>/i;
const RAW_ENTITY = /&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos|nbsp|[a-z]{2,8});/i;

describe('the real-world corpus', () => {
  it('holds at least 40 feeds', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files)('%s gives usable items with sane text', (name) => {
    const decoded = decodeFeedBytes(new Uint8Array(readFileSync(join(DIR, name))));
    if (!decoded.ok) throw new Error(decoded.error.message);
    const result = parseFeedText(decoded.text, { feedUrl: 'https://feeds.example/feed' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const rows = toLibraryItems('https://feeds.example/feed', result.items, 0, { articles: result.snapshot.plain });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(result.skipped.length);
    for (const row of rows) {
      expect(row.title.trim(), row.id).not.toBe('');
      expect(`${row.title}\n${row.text}`, row.id).not.toMatch(HTML_TAG);
      expect(`${row.title}\n${row.text}`, row.id).not.toMatch(RAW_ENTITY);
      expect(row.text.length, row.id).toBeLessThanOrEqual(
        result.snapshot.plain ? MESSAGE_MAX_LENGTH : LINKEDIN_MAX_POST_LENGTH,
      );
      expect(row.text.trim(), row.id).not.toBe('');
      if (row.url) expect(row.url, row.id).toMatch(/^https?:\/\//);
      if (row.image) expect(row.image, row.id).toMatch(/^https:\/\//);
      expect(Number.isFinite(row.publishedAt), row.id).toBe(true);
    }
  });

  it('keeps links found in bodies', () => {
    const decoded = decodeFeedBytes(new Uint8Array(readFileSync(join(DIR, 'rsparser-inessential.json'))));
    const result = decoded.ok ? parseFeedText(decoded.text) : undefined;
    const rows = result?.ok ? toLibraryItems('https://inessential.com/feed.json', result.items, 0) : [];
    expect(rows.some((row) => /\(https?:\/\/[^)]+\)/.test(row.text))).toBe(true);
  });

  it('finds the feeds a real home page announces', () => {
    const page = readFileSync(join(DIR, 'pages/rsparser-DaringFireball.html'), 'utf8');
    expect(findAnnouncedFeeds(page, 'https://daringfireball.net/').map((feed) => feed.type)).toContain('atom');
  });
});

/**
 * Writes an employee's monthly summary from their local share history. Only
 * the fields listed in the schema leave: the share rows' titles, texts,
 * findings and exact times are read here and dropped.
 */
import { periodContaining, type Period } from '../time/calendar';
import { median } from './median';
import { SUMMARY_FORMAT, SUMMARY_VERSION, shareSummarySchema, type ShareSummary } from './schema';

/** What the summary reads of a share row; `kind` arrives with the share kinds (absent in older histories). */
export interface SummarySource {
  itemId: string;
  feedUrl: string;
  channel: string;
  category: string;
  postedAt: number;
  ownWords: number;
  kind?: string;
}

export const UNSPECIFIED_KIND = 'unspecified';

/** Own-words shares leave rounded to the percent: enough to read, too coarse to match a person's exact figures. */
const toPercent = (share: number) => Math.round(share * 100) / 100;

/** 128 random bits, base64url: unguessable, and unrelated to the person or the install. */
export function randomSummaryToken(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)) {
  const bytes = random(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function monthPeriod(instant: number, timeZone: string): Period {
  return periodContaining(instant, 'month', timeZone);
}

/** Feeds with shares in the month, most shared first: the employee picks which one the summary is for. */
export function feedsSharedIn(shares: readonly SummarySource[], month: Period): string[] {
  const counts = new Map<string, number>();
  for (const share of shares) {
    if (share.postedAt < month.start || share.postedAt >= month.end) continue;
    counts.set(share.feedUrl, (counts.get(share.feedUrl) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([url]) => url);
}

export function buildSummary(
  shares: readonly SummarySource[],
  options: { month: Period; feedUrl: string; token: string },
): ShareSummary {
  const { month, feedUrl, token } = options;
  const chosen = shares.filter(
    (share) => share.feedUrl === feedUrl && share.postedAt >= month.start && share.postedAt < month.end,
  );
  const byItem = new Map<string, SummarySource[]>();
  const categories: Record<string, number> = {};
  const kinds: Record<string, number> = {};
  for (const share of chosen) {
    byItem.set(share.itemId, [...(byItem.get(share.itemId) ?? []), share]);
    categories[share.category] = (categories[share.category] ?? 0) + 1;
    const kind = share.kind ?? UNSPECIFIED_KIND;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  const items = [...byItem].map(([id, itemShares]) => ({
    id,
    // The item's channel and category as they were when it was last shared.
    channel: itemShares[itemShares.length - 1]!.channel,
    category: itemShares[itemShares.length - 1]!.category,
    shares: itemShares.length,
    own_words_median: toPercent(median(itemShares.map((share) => share.ownWords))!),
  }));
  items.sort((a, b) => b.shares - a.shares || a.id.localeCompare(b.id));
  // Parsing on the way out: a summary that would not read back in the Studio is never offered.
  return shareSummarySchema.parse({
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    token,
    feed_url: feedUrl,
    month: month.label,
    shares: chosen.length,
    own_words_median: chosen.length === 0 ? null : toPercent(median(chosen.map((share) => share.ownWords))!),
    items,
    categories,
    kinds,
  });
}

export function summaryFileName(summary: ShareSummary): string {
  return `relais-summary-${summary.month}.json`;
}

export function summaryText(summary: ShareSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

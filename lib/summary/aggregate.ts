/**
 * Reads many employees' summaries back in the Studio: refuses what is not a
 * summary (saying which file and why), counts a summary once however often it
 * is dropped (by its random token), and totals shares per item, channel and
 * category. Own words: the median of the summaries' medians, i.e. the typical
 * employee, never an average that one prolific sharer would tilt.
 */
import { median } from './median';
import { shareSummarySchema, type ShareSummary } from './schema';

export type SummaryFileOutcome =
  | { status: 'added'; name: string; summary: ShareSummary }
  | { status: 'duplicate'; name: string }
  | { status: 'refused'; name: string; reason: 'not-json' | 'not-summary' };

export function readSummaryFile(name: string, text: string, seenTokens: ReadonlySet<string>): SummaryFileOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { status: 'refused', name, reason: 'not-json' };
  }
  const parsed = shareSummarySchema.safeParse(json);
  if (!parsed.success) return { status: 'refused', name, reason: 'not-summary' };
  if (seenTokens.has(parsed.data.token)) return { status: 'duplicate', name };
  return { status: 'added', name, summary: parsed.data };
}

export interface ResultRow {
  key: string;
  shares: number;
  /** Median over the summaries of their own-words medians; undefined without shares. */
  ownWordsMedian: number | undefined;
  /** How many summaries (employees' months) shared it. */
  summaries: number;
}

export interface Results {
  summaries: number;
  shares: number;
  months: string[];
  ownWordsMedian: number | undefined;
  items: ResultRow[];
  channels: ResultRow[];
  categories: Array<{ key: string; shares: number }>;
  kinds: Array<{ key: string; shares: number }>;
}

function rows(entries: Map<string, { shares: number; medians: number[]; summaries: number }>): ResultRow[] {
  return [...entries]
    .map(([key, entry]) => ({
      key,
      shares: entry.shares,
      ownWordsMedian: median(entry.medians),
      summaries: entry.summaries,
    }))
    .sort((a, b) => b.shares - a.shares || a.key.localeCompare(b.key));
}

function counts(map: Map<string, number>) {
  return [...map]
    .map(([key, shares]) => ({ key, shares }))
    .sort((a, b) => b.shares - a.shares || a.key.localeCompare(b.key));
}

export function aggregateSummaries(summaries: readonly ShareSummary[]): Results {
  const items = new Map<string, { shares: number; medians: number[]; summaries: number }>();
  const channels = new Map<string, { shares: number; medians: number[]; summaries: number }>();
  const categories = new Map<string, number>();
  const kinds = new Map<string, number>();
  const add = (map: typeof items, key: string, shares: number, ownWords: number) => {
    const entry = map.get(key) ?? { shares: 0, medians: [], summaries: 0 };
    entry.shares += shares;
    entry.medians.push(ownWords);
    entry.summaries += 1;
    map.set(key, entry);
  };
  for (const summary of summaries) {
    const channelMedians = new Map<string, { shares: number; medians: number[] }>();
    for (const item of summary.items) {
      add(items, item.id, item.shares, item.own_words_median);
      const channel = channelMedians.get(item.channel) ?? { shares: 0, medians: [] };
      channel.shares += item.shares;
      for (let n = 0; n < item.shares; n += 1) channel.medians.push(item.own_words_median);
      channelMedians.set(item.channel, channel);
    }
    for (const [channel, entry] of channelMedians) add(channels, channel, entry.shares, median(entry.medians)!);
    for (const [category, shares] of Object.entries(summary.categories))
      categories.set(category, (categories.get(category) ?? 0) + shares);
    for (const [kind, shares] of Object.entries(summary.kinds)) kinds.set(kind, (kinds.get(kind) ?? 0) + shares);
  }
  const medians = summaries.flatMap((summary) => (summary.own_words_median === null ? [] : [summary.own_words_median]));
  return {
    summaries: summaries.length,
    shares: summaries.reduce((sum, summary) => sum + summary.shares, 0),
    months: [...new Set(summaries.map((summary) => summary.month))].sort(),
    ownWordsMedian: median(medians),
    items: rows(items),
    channels: rows(channels),
    categories: counts(categories),
    kinds: counts(kinds),
  };
}

/** Each category's share of all shares against the target mix, both as fractions of 1. */
export function mixAgainstTarget(
  categories: ReadonlyArray<{ key: string; shares: number }>,
  target: Record<string, number> | undefined,
): Array<{ category: string; actual: number; target: number | undefined }> {
  const total = categories.reduce((sum, entry) => sum + entry.shares, 0);
  const targetTotal = Object.values(target ?? {}).reduce((sum, weight) => sum + weight, 0);
  const keys = [...new Set([...Object.keys(target ?? {}), ...categories.map((entry) => entry.key)])];
  return keys.map((category) => ({
    category,
    actual: total === 0 ? 0 : (categories.find((entry) => entry.key === category)?.shares ?? 0) / total,
    target: target && targetTotal > 0 ? (target[category] ?? 0) / targetTotal : undefined,
  }));
}

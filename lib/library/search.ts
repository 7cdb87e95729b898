/**
 * Search, filters and ordering of the library, fast enough to run on every
 * keystroke over thousands of items: the folding of titles and tags is done
 * once per library load (`prepareLibrary`), a keystroke only does substring
 * checks on already folded text and one sort.
 */
import type { LibraryListItem } from '../feed/library-item';
import { foldText } from '../text/fold';
import { baseLanguage } from './language';

export type LibrarySort = 'newest' | 'campaign-ending';

export interface LibraryFilters {
  /** Empty string or undefined: any. */
  channel?: string;
  category?: string;
  /** A base language code, e.g. "fr". */
  language?: string;
}

export interface LibraryQuery {
  text: string;
  filters: LibraryFilters;
  sort: LibrarySort;
  /** Items in this language (base code) come before the others, each group keeping the sort. */
  preferLanguage?: string;
  /** Epoch ms; campaigns that ended before it count as no campaign when sorting. */
  now: number;
}

export interface PreparedItem<Item extends LibraryListItem = LibraryListItem> {
  item: Item;
  /** Folded words of the title, message, summary and tags; empty while unknown. */
  searchText: string;
  foldedTitle: string;
  foldedTags: string;
  /** The item's language or, failing that, its feed's; base code. */
  language?: string;
}

export interface PreparedLibrary<Item extends LibraryListItem = LibraryListItem> {
  entries: PreparedItem<Item>[];
}

/** Where a search matched, best first. The tier of an item is its worst word's. */
export const MATCH_TIER = { title: 0, tags: 1, text: 2 } as const;

/**
 * `searchTexts` (by item key) serves items that come without their own
 * `searchText`, as the sidebar's list items do.
 */
export function prepareLibrary<Item extends LibraryListItem & { searchText?: string }>(
  items: readonly Item[],
  feedLanguages: ReadonlyMap<string, string | undefined> = new Map(),
  searchTexts: Readonly<Record<string, string>> = {},
): PreparedLibrary<Item> {
  return {
    entries: items.map((item) => ({
      item,
      searchText: item.searchText ?? searchTexts[item.key] ?? '',
      foldedTitle: foldText(item.title),
      foldedTags: foldText([...item.tags, ...item.hashtags].join(' ')),
      language: baseLanguage(item.language ?? feedLanguages.get(item.feedUrl)),
    })),
  };
}

/** What separates words in search: anything but letters and digits. */
export const QUERY_WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;

/** The words of a query, folded: "L'Évènement  2026" → ["l", "evenement", "2026"]. Punctuation separates words. */
export function queryWords(query: string): string[] {
  return foldText(query)
    .split(QUERY_WORD_SEPARATOR)
    .filter((word) => word !== '');
}

function matchTier(entry: PreparedItem, words: readonly string[]): number | undefined {
  let tier: number = MATCH_TIER.title;
  for (const word of words) {
    if (entry.foldedTitle.includes(word)) continue;
    if (entry.foldedTags.includes(word)) tier = Math.max(tier, MATCH_TIER.tags);
    else if (entry.searchText.includes(word)) tier = MATCH_TIER.text;
    else return undefined;
  }
  return tier;
}

function passesFilters(entry: PreparedItem, filters: LibraryFilters): boolean {
  if (filters.channel && entry.item.channel !== filters.channel) return false;
  if (filters.category && entry.item.category !== filters.category) return false;
  if (filters.language && entry.language !== filters.language) return false;
  return true;
}

interface Ranked<Item extends LibraryListItem> {
  entry: PreparedItem<Item>;
  group: number;
  tier: number;
  campaignEnd: number;
}

const NO_CAMPAIGN = Number.POSITIVE_INFINITY;

/**
 * The items to show for a query, in order: (preferred language first) →
 * best match tier (title, then tags, then text) → pinned → the chosen sort →
 * newest. Every word of the query must appear somewhere in the item.
 */
export function searchLibrary<Item extends LibraryListItem>(
  library: PreparedLibrary<Item>,
  query: LibraryQuery,
): Item[] {
  const words = queryWords(query.text);
  const preferred = query.preferLanguage ? baseLanguage(query.preferLanguage) : undefined;
  const ranked: Ranked<Item>[] = [];
  for (const entry of library.entries) {
    if (!passesFilters(entry, query.filters)) continue;
    const tier = words.length === 0 ? 0 : matchTier(entry, words);
    if (tier === undefined) continue;
    const campaign = entry.item.campaign;
    ranked.push({
      entry,
      group: preferred === undefined || entry.language === preferred ? 0 : 1,
      tier,
      campaignEnd:
        query.sort === 'campaign-ending' && campaign && campaign.end > query.now ? campaign.end : NO_CAMPAIGN,
    });
  }
  ranked.sort(
    (a, b) =>
      a.group - b.group ||
      a.tier - b.tier ||
      Number(b.entry.item.pinned) - Number(a.entry.item.pinned) ||
      compareCampaignEnd(a.campaignEnd, b.campaignEnd) ||
      b.entry.item.publishedAt - a.entry.item.publishedAt ||
      compareKeys(a.entry.item.key, b.entry.item.key),
  );
  return ranked.map((rank) => rank.entry.item);
}

function compareCampaignEnd(a: number, b: number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** A stable last resort; code-unit order, because localeCompare is ten times slower on 5,000 ties. */
function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export const EMPTY_FILTERS: LibraryFilters = {};

export function hasActiveFilters(filters: LibraryFilters): boolean {
  return Boolean(filters.channel || filters.category || filters.language);
}

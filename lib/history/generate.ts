/**
 * Deterministic, realistic-looking share histories and libraries, for tests,
 * benchmarks and demos: weekday posting in office hours, a category mix, own
 * words that improve with practice, the odd charter warning. Same seed, same
 * history.
 */
import type { LibraryItem } from '../feed/library-item';
import { seededRandom } from '../personalise/hash';
import { foldText } from '../text/fold';
import type { ShareFinding, ShareVia } from '../db/records';
import type { CategoryMix } from './insights';
import type { NewShare } from './shares';

const DAY = 86_400_000;
const HOUR = 3_600_000;

export const DEFAULT_CATEGORY_WEIGHTS: CategoryMix = { product: 25, culture: 30, industry: 35, people: 10 };
export const GENERATED_FEED_URL = 'https://comms.example.com/relais/feed.json';

const TOPICS = [
  ['Notre nouvelle usine à Lyon', 'Our new plant in Lyon'],
  ['Résultats du trimestre', 'Quarterly results'],
  ['Semaine de l’inclusion', 'Inclusion week'],
  ['Lancement de la plateforme Élan', 'Launching the Élan platform'],
  ['Salon VivaTech', 'VivaTech fair'],
  ['Portrait d’une ingénieure', 'Meet one of our engineers'],
  ['Bilan carbone 2025', 'Our 2025 carbon report'],
  ['Nous recrutons à Nantes', 'We are hiring in Nantes'],
] as const;

const OPENINGS = [
  ['Fier de partager', 'Proud to share'],
  ['Ce qui m’a marqué cette semaine', 'What struck me this week'],
  ['Une belle étape pour l’équipe', 'A great milestone for the team'],
  ['Je travaille sur ce projet depuis un an', 'I have worked on this for a year'],
] as const;

const WARNINGS: ShareFinding[] = [
  { rule: 'hashtags', severity: 'warning', message: 'More than 5 hashtags' },
  { rule: 'disclosure', severity: 'warning', message: 'Say that you work here' },
  { rule: 'banned', severity: 'error', message: 'Confidential figure' },
];
const TIPS: ShareFinding[] = [{ rule: 'length', severity: 'tip', message: 'Posts under 1,300 characters read better' }];

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!;
}

function pickWeighted(random: () => number, weights: CategoryMix): string {
  const entries = Object.entries(weights);
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [category, weight] of entries) {
    roll -= weight;
    if (roll < 0) return category;
  }
  return entries.at(-1)![0];
}

export interface HistoryGeneratorOptions {
  count: number;
  /** Epoch ms; shares are posted in [from, to). */
  from: number;
  to: number;
  seed?: number;
  categories?: CategoryMix;
  feedUrl?: string;
  /** How many distinct library items the shares are of. */
  itemCount?: number;
}

/** `count` shares, oldest first. */
export function generateShareHistory(options: HistoryGeneratorOptions): NewShare[] {
  const { count, from, to, seed = 1, categories = DEFAULT_CATEGORY_WEIGHTS, feedUrl = GENERATED_FEED_URL } = options;
  const itemCount = options.itemCount ?? Math.max(1, Math.ceil(count / 3));
  const random = seededRandom(seed);
  const days = Math.max(1, Math.floor((to - from) / DAY));
  const times: number[] = [];
  while (times.length < count) {
    const day = from - (from % DAY) + Math.floor(random() * days) * DAY;
    const weekday = new Date(day).getUTCDay();
    if ((weekday === 0 || weekday === 6) && random() < 0.85) continue;
    const time = day + 7 * HOUR + Math.floor(random() * 12 * HOUR);
    if (time >= from && time < to) times.push(time);
  }
  times.sort((a, b) => a - b);
  return times.map((postedAt, index) => {
    const progress = count > 1 ? index / (count - 1) : 0;
    const french = random() < 0.6;
    const language = french ? 0 : 1;
    const topic = pick(random, TOPICS);
    const itemNumber = Math.min(itemCount - 1, Math.floor(progress * itemCount));
    const ownWords = Math.min(1, Math.max(0, 0.3 + 0.4 * progress + (random() - 0.5) * 0.5));
    const roll = random();
    const findings = roll < 0.15 ? [pick(random, WARNINGS)] : roll < 0.4 ? [...TIPS] : [];
    const via: ShareVia = random() < 0.85 ? 'post-button' : 'manual';
    return {
      itemKey: `${feedUrl}#item-${itemNumber}`,
      itemId: `item-${itemNumber}`,
      feedUrl,
      title: topic[language],
      channel: random() < 0.7 ? 'corporate' : 'careers',
      category: pickWeighted(random, categories),
      language: french ? 'fr' : 'en',
      draftStartedAt: postedAt - Math.floor((2 + random() * 20) * 60_000),
      insertedAt: postedAt - Math.floor(random() * 60_000),
      postedAt,
      ownWords: Math.round(ownWords * 100) / 100,
      findings,
      text: `${pick(random, OPENINGS)[language]} : ${topic[language]}. ${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(2 + Math.floor(random() * 8))}#Relais`,
      via,
    };
  });
}

export interface LibraryGeneratorOptions {
  count: number;
  now: number;
  seed?: number;
  categories?: CategoryMix;
  feedUrl?: string;
}

/** A library around `now`: mostly visible items, some expired or embargoed, a few pinned or in a campaign. */
export function generateLibrary(options: LibraryGeneratorOptions): LibraryItem[] {
  const { count, now, seed = 2, categories = DEFAULT_CATEGORY_WEIGHTS, feedUrl = GENERATED_FEED_URL } = options;
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index): LibraryItem => {
    const topic = pick(random, TOPICS);
    const publishedAt = now - Math.floor(random() * 60 * DAY);
    const roll = random();
    const expiresAt = roll < 0.1 ? now - DAY : roll < 0.5 ? now + Math.floor(random() * 30 * DAY) + HOUR : undefined;
    const notBefore = roll > 0.95 ? now + DAY : undefined;
    const campaign =
      random() < 0.15
        ? { start: now - 3 * DAY, end: now + Math.floor(1 + random() * 20) * DAY, name: 'Campaign' }
        : undefined;
    const text = `${topic[1]}. ${topic[0]}.`;
    return {
      key: `${feedUrl}#item-${index}`,
      feedUrl,
      id: `item-${index}`,
      title: topic[1],
      text,
      publishedAt,
      tags: [],
      channel: 'corporate',
      category: pickWeighted(random, categories),
      angles: [],
      prompts: [],
      hashtags: [],
      mentions: [],
      notBefore,
      expiresAt,
      campaign,
      pinned: random() < 0.05,
      searchText: foldText(`${topic[1]}\n${text}`),
    };
  });
}

/**
 * A feed problem's words as data, and back to words: what lets a problem the sync kept in a feed's status
 * be worded by the UI in the language it shows. No validator here (the UI imports it).
 */
import type { Params, Translator } from '../i18n/messages';
import { messagesOf, type EnglishOf } from '../i18n/catalog';

export type FeedProblemKey = keyof EnglishOf<'feedProblem'> & string;
type FeedTranslator = Translator<FeedProblemKey>;

/**
 * A feed problem's sentence as data: its key (the base key of a plural, with its `count`) and its params;
 * a param that is itself a sentence (a type's name, the reason a field was dropped) is its words too.
 */
export interface FeedWords {
  key: string;
  params?: Readonly<Record<string, string | number | FeedWords>>;
  count?: number;
}

/** Every language has the same keys: the translator's own dictionary (the one its page loaded) tells them. */
function isFeedWords(value: unknown, t: FeedTranslator): value is FeedWords {
  const known = messagesOf('feedProblem')[t.locale];
  if (typeof value !== 'object' || value === null) return false;
  const { key, count } = value as { key?: unknown; count?: unknown };
  if (typeof key !== 'string') return false;
  if (count !== undefined && typeof count !== 'number') return false;
  return count === undefined ? Object.hasOwn(known, key) : Object.hasOwn(known, `${key}_other`);
}

/** Words stored words in the translator's language; undefined when they are not words this version knows. */
export function wordFeedWords(value: unknown, t: FeedTranslator): string | undefined {
  if (!isFeedWords(value, t)) return undefined;
  const params: Params = {};
  for (const [name, param] of Object.entries(value.params ?? {})) {
    if (typeof param === 'string' || typeof param === 'number') params[name] = param;
    else {
      const inner = wordFeedWords(param, t);
      if (inner === undefined) return undefined;
      params[name] = inner;
    }
  }
  const key = value.key as FeedProblemKey;
  return value.count === undefined
    ? t(key, params)
    : t.plural(key as Parameters<FeedTranslator['plural']>[0], value.count, params);
}

/** A stored feed problem's message in the translator's language (its own `message` for rows without words). */
export function wordFeedProblem(problem: { message: string; words?: unknown }, t: FeedTranslator): string {
  return wordFeedWords(problem.words, t) ?? problem.message;
}

/** A stored feed problem's hint in the translator's language (its own `hint` for rows without words). */
export function wordFeedHint(problem: { hint?: string; hintWords?: unknown }, t: FeedTranslator): string | undefined {
  return wordFeedWords(problem.hintWords, t) ?? problem.hint;
}

/** The problem as one line, its path first: what the sync's `invalid-feed` quotes. */
export function feedProblemLine(
  problem: { path: string; message: string; words?: unknown },
  t: FeedTranslator,
): string {
  const message = wordFeedProblem(problem, t);
  return problem.path ? `${problem.path}: ${message}` : message;
}

/**
 * The one place a problem becomes words. The UI calls it (through
 * `useProblemWords`) with what it holds — a feed's stored `lastError`, a
 * RelaisRequestError from the worker or the composer bridge, a ProblemError —
 * in the language it shows now, so the words follow a language switch. The
 * worker and the bridge never word a problem for the UI.
 */
import { createTranslator, type Locale, type Translator } from '../i18n/messages';
import { type SyncTranslator, wordSyncProblem } from '../sync/errors';
import { type HistoryTranslator, wordHistoryProblem } from '../history/storage-problems';
import { feedProblemLine, type FeedProblemKey } from '../feed/feed-words';
import { type Problem, problemFrom, ProblemError } from './problem';
import { messagesOf, type EnglishOf } from '../i18n/catalog';

type ProblemKey = keyof EnglishOf<'problem'> & string;
export type ProblemWords = (value: unknown) => string;

const camel = (code: string) => code.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
/** A template whose params were not all given (a problem sent before it had params) is not used. */
const complete = (words: string | undefined) => (words === undefined || /\{\w+\}/.test(words) ? undefined : words);

/** The translators of the namespaces whose problems cross the layers: the sync's and the history's. */
export interface ProblemTranslators {
  sync: SyncTranslator;
  history: HistoryTranslator;
  /** The feed validator's, for the problem an `invalid-feed` quotes. */
  feed: Translator<FeedProblemKey>;
}

/**
 * An `invalid-feed` (or a problem wrapping one, `cause: 'invalid-feed'`) quotes the validator's first
 * problem: kept as data beside the problem (`first`), it is
 * worded here with the rest; a row from before quotes it as text in `params.first`, used as it is.
 */
function withFirstProblem(found: Problem, value: unknown, feed: Translator<FeedProblemKey>): Problem {
  if (found.code !== 'invalid-feed' && found.params?.cause !== 'invalid-feed') return found;
  const source = value instanceof ProblemError ? value.problem : value;
  const first = (source as { first?: unknown }).first as { path?: unknown; message?: unknown } | undefined;
  if (typeof first?.path !== 'string' || typeof first.message !== 'string') return found;
  const line = feedProblemLine({ ...first, path: first.path, message: first.message }, feed);
  return { ...found, params: { ...found.params, first: line } };
}

function ownWords(
  found: Problem,
  t: Translator<ProblemKey>,
  { sync, history }: ProblemTranslators,
): string | undefined {
  const fromSync = complete(wordSyncProblem(found, sync));
  if (fromSync !== undefined) return fromSync;
  const fromHistory = wordHistoryProblem(found, history);
  if (fromHistory !== undefined) return fromHistory;
  const key = camel(found.code);
  if (!Object.hasOwn(messagesOf('problem').en, key)) return undefined;
  const params = found.params ?? {};
  // A problem that wraps a sync problem carries the sync's code in `cause`, and its params beside it.
  const cause = typeof params.cause === 'string' ? params.cause : undefined;
  const reason = cause
    ? (complete(wordSyncProblem({ code: cause, params }, sync)) ?? t('unknownCause', { code: cause }))
    : t('unknownCause', { code: '—' });
  return complete(t(key as ProblemKey, { reason, ...params }));
}

export function wordProblem(value: unknown, t: Translator<ProblemKey>, others: ProblemTranslators): string {
  const read = value instanceof ProblemError ? value.problem : problemFrom(value);
  const found = read ? withFirstProblem(read, value, others.feed) : undefined;
  const words = found ? ownWords(found, t, others) : undefined;
  if (words !== undefined) return words;
  // Unknown codes, and rows stored before problems were codes: the sender's own sentence.
  const message = (value as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' && message !== '' ? message : (found?.code ?? String(value));
}

export function problemWordsFor(locale: Locale): ProblemWords {
  const t = createTranslator(messagesOf('problem'), locale);
  const sync = createTranslator(messagesOf('sync'), locale);
  const history = createTranslator(messagesOf('history'), locale);
  const feed = createTranslator(messagesOf('feedProblem'), locale);
  return (value) => wordProblem(value, t, { sync, history, feed });
}

/** The share a practice "Post" records in the workshop history (nothing is posted anywhere). */
import type { RequestOf } from '../protocol/protocol';

export type ShareInput = RequestOf<'share.record'>['share'];

/** What the app knows about a draft when it inserts it: the item and its measured own words. */
export type ShareContext = Pick<
  ShareInput,
  | 'itemKey'
  | 'itemId'
  | 'feedUrl'
  | 'title'
  | 'channel'
  | 'category'
  | 'language'
  | 'draftStartedAt'
  | 'ownWords'
  | 'findings'
>;

export interface LastInsertion {
  at: number;
  context?: ShareContext;
}

/** Shares typed from scratch in the practice composer, with no library item behind them. */
export const FREE_PRACTICE_ITEM = 'practice:free';
/** Free typing has no editorial category; the history requires one, so it gets its own, never in a team's mix. */
export const FREE_PRACTICE_CATEGORY = 'free-practice';

export function buildPracticeShare(text: string, lastInsertion: LastInsertion | undefined, now: number): ShareInput {
  const posted = text.replace(/\s+$/u, '');
  const context = lastInsertion?.context;
  if (context) {
    return {
      kind: 'post',
      withImage: false,
      ...context,
      insertedAt: lastInsertion.at,
      postedAt: now,
      text: posted,
      via: 'practice',
    };
  }
  return {
    itemKey: FREE_PRACTICE_ITEM,
    itemId: FREE_PRACTICE_ITEM,
    feedUrl: FREE_PRACTICE_ITEM,
    title: firstLine(posted),
    channel: '',
    category: FREE_PRACTICE_CATEGORY,
    insertedAt: lastInsertion?.at,
    postedAt: now,
    // Typed from scratch: all the trainee's words. Inserted without a measure: counted as none, so practice never overstates.
    ownWords: lastInsertion ? 0 : 1,
    findings: [],
    text: posted,
    via: 'practice',
    kind: 'post',
    withImage: false,
  };
}

function firstLine(text: string): string {
  const line =
    text
      .split('\n')
      .find((candidate) => candidate.trim() !== '')
      ?.trim() ?? '';
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

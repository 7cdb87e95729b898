/** The employee's wording (English or French) for import results, challenges and suggestions. */
import { formatPercent, formatRelativeTime } from '../i18n/format';
import { createTranslator, type Locale } from '../i18n/messages';
import type { ChallengeId, ChallengeProgress } from './challenges';
import { OWN_WORDS_THRESHOLD } from './challenges';
import type { ImportEntry, ImportProblem, ImportResult } from './import';
import { ImportInterruptedError, type ImportProgress } from './import-chunks';
import { describeRequestFailure } from './request-errors';
import type { Suggestion } from './suggest';
import { messagesOf, type EnglishOf } from '../i18n/catalog';

type HistoryMessageKey = keyof EnglishOf<'history'>;

const translator = (locale: Locale) => createTranslator(messagesOf('history'), locale);

function describeEntry(entry: ImportEntry, locale: Locale): string {
  const t = translator(locale);
  if (entry.list === 'drafts') return t('importDraftEntry', { position: entry.position });
  return entry.title === undefined
    ? t('importShareEntry', { position: entry.position })
    : t('importShareEntryTitled', { position: entry.position, title: entry.title });
}

export function describeImportProblem(problem: ImportProblem, locale: Locale): string {
  const t = translator(locale);
  switch (problem.code) {
    case 'not-json':
      return t('importNotJson', { detail: problem.message });
    case 'wrong-format':
      return t('importWrongFormat');
    case 'newer-version':
      return t('importNewerVersion', { version: problem.version ?? '?' });
    case 'bad-date':
      if (problem.entry)
        return t('importBadDate', {
          entry: describeEntry(problem.entry, locale),
          field: problem.field ?? problem.path,
          value: problem.value ?? '?',
        });
      return t('importInvalid', { path: problem.path || '/', detail: problem.message });
    case 'invalid':
      return problem.entry
        ? t('importInvalidEntry', {
            entry: describeEntry(problem.entry, locale),
            path: problem.path,
            detail: problem.message,
          })
        : t('importInvalid', { path: problem.path || '/', detail: problem.message });
  }
}

export function describeImportProgress({ done, total }: ImportProgress, locale: Locale): string {
  return translator(locale)('importProgress', { done, total });
}

/**
 * Why an import failed, in plain words: the storage failure (or a generic
 * sentence, never the engine's text) and, when some slices were merged before
 * it, how far it got and that importing again finishes it.
 */
export function describeImportFailure(error: unknown, locale: Locale): string[] {
  const interrupted = error instanceof ImportInterruptedError ? error : undefined;
  const cause = (interrupted ? interrupted.cause : error) as { code?: string; message?: string } | undefined;
  const lines = [describeRequestFailure({ code: cause?.code, message: cause?.message ?? String(cause) }, locale)];
  if (interrupted) lines.push(translator(locale)('importInterrupted', { ...interrupted.progress }));
  return lines;
}

/** One line per fact: what was added and what was already there, or why nothing was imported. */
export function describeImportResult(result: ImportResult, locale: Locale): string[] {
  const t = translator(locale);
  if (!result.ok)
    return [t('importRefused'), ...result.problems.map((problem) => describeImportProblem(problem, locale))];
  const lines = [t.plural('importAddedShares', result.added.shares)];
  if (result.unchanged.shares > 0) lines.push(t.plural('importAlreadyThere', result.unchanged.shares));
  return lines;
}

const CHALLENGE_KEYS: Record<
  ChallengeId,
  { title: HistoryMessageKey; detail: HistoryMessageKey; unavailable?: HistoryMessageKey }
> = {
  'own-words': { title: 'challengeOwnWordsTitle', detail: 'challengeOwnWordsDetail' },
  'every-category': {
    title: 'challengeEveryCategoryTitle',
    detail: 'challengeEveryCategoryDetail',
    unavailable: 'challengeUnavailableCategories',
  },
  'clean-charter': { title: 'challengeCleanCharterTitle', detail: 'challengeCleanCharterDetail' },
  'beat-last-month': {
    title: 'challengeBeatLastMonthTitle',
    detail: 'challengeBeatLastMonthDetail',
    unavailable: 'challengeUnavailableLastMonth',
  },
};

export interface ChallengeText {
  title: string;
  detail: string;
  /** "2 of 3", "48 % so far this month", "Done", or why the challenge does not apply yet. */
  status: string;
}

export function describeChallenge(challenge: ChallengeProgress, locale: Locale): ChallengeText {
  const t = translator(locale);
  const keys = CHALLENGE_KEYS[challenge.id];
  const params = {
    goal: challenge.goal,
    threshold: formatPercent(OWN_WORDS_THRESHOLD, locale),
    previous: formatPercent(challenge.goal, locale),
  };
  let status: string;
  if (!challenge.available && keys.unavailable) status = t(keys.unavailable);
  else if (challenge.done) status = t('challengeDone');
  else if (challenge.unit === 'own-words')
    status = t('challengeProgressAverage', { current: formatPercent(challenge.progress, locale) });
  else status = t('challengeProgressCount', { count: challenge.progress, goal: challenge.goal });
  return { title: t(keys.title), detail: t(keys.detail, params), status };
}

/** Why an item is suggested, one sentence per reason. `categoryLabel` maps category ids to display names. */
export function describeSuggestion(
  suggestion: Suggestion,
  locale: Locale,
  now: number,
  categoryLabel: (category: string) => string = (category) => category,
): string[] {
  const t = translator(locale);
  const { item } = suggestion;
  return suggestion.reasons.map((reason) => {
    switch (reason) {
      case 'under-represented':
        return t('suggestionUnderRepresented', { category: categoryLabel(item.category) });
      case 'pinned':
        return t('suggestionPinned');
      case 'campaign-ending':
        return t('suggestionCampaignEnding', { when: formatRelativeTime(item.campaign?.end ?? now, now, locale) });
      case 'new':
        return t('suggestionNew', { when: formatRelativeTime(item.publishedAt, now, locale) });
    }
  });
}

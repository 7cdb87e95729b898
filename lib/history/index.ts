/** Local share history and personal insights: the API the UI calls. */
import { messagesOf } from '../i18n/catalog';
export { recordShare, recordShares, listShares, getShare, deleteShare, deleteAllHistory } from './shares';
export type { NewShare, ListSharesOptions } from './shares';
export type { StoredShare } from './digest';
export { saveDraft, getDraft, deleteDraft } from './drafts';
export type { DraftInput } from './drafts';
export {
  StorageError,
  DiskFullError,
  OlderTabError,
  UpgradeFailedError,
  StorageUnavailableError,
  toStorageError,
  openRelaisDb,
} from './errors';
export type { StorageErrorKind } from './errors';
export { postsPerWeek, ownWordsOverTime, editorialMix, normaliseMix, compareMix } from './insights';
export type { CalendarQuery, PeriodCount, OwnWordsPoint, CategoryMix, MixEntry, EditorialMix } from './insights';
export { suggestNext, getSharedItems, suggestionsStatus } from './suggest';
export type { Suggestion, SuggestionReason, SuggestionsStatus, SuggestOptions } from './suggest';
export { challengeProgress, CHALLENGE_IDS } from './challenges';
export type { ChallengeId, ChallengeProgress, ChallengeQuery } from './challenges';
export { exportJson, exportCsv, buildHistoryFile, CSV_COLUMNS } from './export';
export { importJson, validateHistoryFile } from './import';
export type { ImportResult, ImportProblem } from './import';
export { HISTORY_FORMAT_ID, HISTORY_FORMAT_VERSION, historyFileSchema } from './export-format';
export type { HistoryFile } from './export-format';
export {
  describeChallenge,
  describeImportFailure,
  describeImportProblem,
  describeImportProgress,
  describeImportResult,
  describeSuggestion,
} from './describe';
export { importInSlices, ImportInterruptedError, IMPORT_SLICE_SHARES, sliceHistoryFile } from './import-chunks';
export type { ImportProgress } from './import-chunks';
export const historyMessages = messagesOf('history');
export { insightsReport, targetMixOf } from './insights-report';
export type { InsightsQuery, InsightsReport } from './insights-report';
export { storageErrorCode, storageFailureOf, describeRequestFailure } from './request-errors';

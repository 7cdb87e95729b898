/** Background handlers for the share history, drafts and insights: thin calls into lib/history. */
import { getDb } from '@/lib/db/db';
import {
  deleteAllHistory,
  deleteShare,
  exportCsv,
  exportJson,
  getDraft,
  importJson,
  insightsReport,
  listShares,
  recordShare,
  saveDraft,
  storageFailureOf,
} from '@/lib/history';
import type { BackgroundRequest, BackgroundResponses } from '@/lib/protocol/protocol';
import { HandledError, type Handlers } from '@/lib/protocol/router';
import { bumpLibraryVersion } from '@/lib/sync/library-version';
import { readLibrary } from './library';

type HistoryRequestType = Extract<
  BackgroundRequest['type'],
  `history.${string}` | 'insights.get' | 'share.record' | 'draft.get' | 'draft.save'
>;
type HistoryHandlers = Pick<Handlers<BackgroundRequest, BackgroundResponses>, HistoryRequestType>;

/**
 * Storage failures answer with `storage.<kind>` and the English message; the
 * page describes them in the employee's language (lib/history/request-errors.ts).
 */
function withStorageAnswers(handlers: HistoryHandlers): HistoryHandlers {
  const wrapped: Record<string, (request: never, sender: never) => Promise<unknown>> = {};
  for (const [type, handler] of Object.entries(handlers) as [string, (request: never, sender: never) => unknown][]) {
    wrapped[type] = async (request, sender) => {
      try {
        return await handler(request, sender);
      } catch (error) {
        const failure = storageFailureOf(error);
        throw failure ? new HandledError(failure.code, failure.message) : error;
      }
    };
  }
  return wrapped as unknown as HistoryHandlers;
}

export function historyHandlers(): HistoryHandlers {
  return withStorageAnswers({
    // The library's cards say "Shared on …" (`lastShared`): every open view refreshes on the bump.
    'share.record': async ({ workspace, share }) => {
      const recorded = await recordShare(getDb(workspace), share);
      await bumpLibraryVersion();
      return recorded;
    },
    'draft.get': async ({ workspace, itemKey }) => (await getDraft(getDb(workspace), itemKey)) ?? null,
    'draft.save': async ({ workspace, draft }) => {
      await saveDraft(getDb(workspace), draft);
      return null;
    },
    'history.list': ({ workspace, search, limit, offset }) => listShares(getDb(workspace), { search, limit, offset }),
    'history.delete': async ({ workspace, id }) => {
      const deleted = await deleteShare(getDb(workspace), id);
      await bumpLibraryVersion();
      return deleted;
    },
    'history.deleteAll': async ({ workspace }) => {
      await deleteAllHistory(getDb(workspace));
      await bumpLibraryVersion();
      return null;
    },
    'history.export': ({ workspace, format }) =>
      format === 'json' ? exportJson(getDb(workspace)) : exportCsv(getDb(workspace)),
    'history.import': async ({ workspace, text }) => {
      const result = await importJson(getDb(workspace), text);
      await bumpLibraryVersion();
      return result;
    },
    'insights.get': async ({ workspace, from, to, timeZone, challenges, language }) => {
      const db = getDb(workspace);
      return insightsReport(db, await readLibrary(db), { from, to, timeZone, challenges, language });
    },
  });
}

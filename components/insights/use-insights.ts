/** The insights page's data, all through the background (the only context that opens IndexedDB). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Workspace } from '@/lib/db/db';
import { type ChallengeId, importInSlices, type ImportProgress } from '@/lib/history';
import { askBackground } from '@/lib/protocol/client';

/** Ten entries at first, then ten more a click: the rest of the page stays within reach. */
export const HISTORY_PAGE_SIZE = 10;

export interface InsightsRange {
  from: number;
  to: number;
  timeZone: string;
}

export function useInsightsReport(
  workspace: Workspace,
  range: InsightsRange,
  challenges: readonly ChallengeId[],
  language: string,
) {
  return useQuery({
    queryKey: ['insights', workspace, range, challenges, language],
    queryFn: () => askBackground({ type: 'insights.get', workspace, ...range, challenges: [...challenges], language }),
    placeholderData: keepPreviousData,
  });
}

export function useHistoryList(workspace: Workspace, search: string, limit: number) {
  return useQuery({
    queryKey: ['history', workspace, search, limit],
    queryFn: () => askBackground({ type: 'history.list', workspace, search: search || undefined, limit }),
    placeholderData: keepPreviousData,
  });
}

/** After any change to the history, the charts and the list are read again. */
function useHistoryChange<A, R>(run: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    // Settled, not only succeeded: an import that stopped half-way has still added shares.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['history'] }),
        queryClient.invalidateQueries({ queryKey: ['insights'] }),
      ]),
  });
}

export const useDeleteShare = (workspace: Workspace) =>
  useHistoryChange((id: number) => askBackground({ type: 'history.delete', workspace, id }));

export const useDeleteAllHistory = (workspace: Workspace) =>
  useHistoryChange(() => askBackground({ type: 'history.deleteAll', workspace }));

/** Imports a history file slice by slice (lib/history/import-chunks.ts), reporting progress as it goes. */
export const useImportHistory = (workspace: Workspace) =>
  useHistoryChange(({ text, onProgress }: { text: string; onProgress: (progress: ImportProgress) => void }) =>
    importInSlices(text, (slice) => askBackground({ type: 'history.import', workspace, text: slice }), onProgress),
  );

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Workspace } from '@/lib/db/db';
import type { DraftRecord } from '@/lib/db/records';
import { askBackground } from '@/lib/protocol/client';

const draftQueryKey = (workspace: Workspace, itemKey: string) => ['draft', workspace, itemKey] as const;

/** The draft saved for an item (null when there is none). Only the background reads IndexedDB. */
export function useStoredDraft(workspace: Workspace, itemKey: string) {
  return useQuery({
    queryKey: draftQueryKey(workspace, itemKey),
    queryFn: () => askBackground({ type: 'draft.get', workspace, itemKey }),
  });
}

export const AUTOSAVE_DELAY_MS = 400;

/** A failed save keeps the worker's problem as thrown (e.g. `storage.disk-full`): the flow words it when shown. */
export type AutosaveStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; error: unknown };

/**
 * Saves the draft through the background `delay` ms after the last change, and
 * at once when the flow closes or the page goes away, so closing the sidebar
 * or reloading LinkedIn loses nothing. `revision` 0 means the employee has not
 * changed anything yet: nothing is written.
 */
export function useDraftAutosave(
  workspace: Workspace,
  itemKey: string,
  revision: number,
  toRecord: (now: number) => DraftRecord,
  delay: number = AUTOSAVE_DELAY_MS,
): AutosaveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'idle' });
  const latest = useRef({ revision, toRecord });
  latest.current = { revision, toRecord };
  const savedRevision = useRef(0);
  const mounted = useRef(true);

  const flush = useCallback(() => {
    const { revision: pending, toRecord: build } = latest.current;
    if (pending === 0 || pending === savedRevision.current) return;
    savedRevision.current = pending;
    const record = build(Date.now());
    // Reopening the item in this page reads the cache: keep it as fresh as what we send.
    queryClient.setQueryData(draftQueryKey(workspace, itemKey), record);
    askBackground({ type: 'draft.save', workspace, draft: record }).then(
      () => mounted.current && setStatus({ kind: 'saved' }),
      (error: unknown) => {
        if (savedRevision.current === pending) savedRevision.current = 0;
        if (mounted.current) setStatus({ kind: 'error', error });
      },
    );
  }, [queryClient, workspace, itemKey]);

  useEffect(() => {
    if (revision === 0) return;
    const timer = setTimeout(flush, delay);
    return () => clearTimeout(timer);
  }, [revision, delay, flush]);

  useEffect(() => {
    mounted.current = true;
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      mounted.current = false;
      flush();
    };
  }, [flush]);

  return status;
}

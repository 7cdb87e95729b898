import { useQuery } from '@tanstack/react-query';
import type { Workspace } from '@/lib/db/db';
import { unpackListItems } from '@/lib/library/list-item';
import { askBackground } from '@/lib/protocol/client';
import type { LibrarySnapshot } from '@/lib/protocol/protocol';
import { useHost } from '../app/host';

/** How long an early request waits to be taken before it is let go (the workspace changed meanwhile). */
const EARLY_REQUEST_TTL_MS = 10_000;
const earlyRequests = new Map<Workspace, Promise<LibrarySnapshot>>();

async function fetchLibrary(workspace: Workspace): Promise<LibrarySnapshot> {
  const { itemsByFeed, feeds, lastShared } = await askBackground({ type: 'library.get', workspace });
  return { items: unpackListItems(itemsByFeed), feeds, lastShared };
}

/**
 * Starts reading the library before React mounts: the worker's answer, the
 * longest wait of a first opening, then overlaps the mount. The library query
 * takes the answer instead of asking again.
 */
export function requestLibraryEarly(workspace: Workspace): void {
  const request = fetchLibrary(workspace);
  // A failure is reported by the query that takes the request.
  request.catch(() => undefined);
  earlyRequests.set(workspace, request);
  setTimeout(() => {
    if (earlyRequests.get(workspace) === request) earlyRequests.delete(workspace);
  }, EARLY_REQUEST_TTL_MS);
}

function takeEarlyRequest(workspace: Workspace): Promise<LibrarySnapshot> | undefined {
  const request = earlyRequests.get(workspace);
  earlyRequests.delete(workspace);
  return request;
}

/** The library list (slim items) and the feeds. */
export function useLibrary() {
  const { workspace } = useHost();
  return useQuery({
    queryKey: ['library', workspace],
    queryFn: () => takeEarlyRequest(workspace) ?? fetchLibrary(workspace),
  });
}

/** The search texts of the listed items, by key: asked for once the list shows, as the list does not need them. */
export function useLibrarySearchTexts() {
  const { workspace } = useHost();
  return useQuery({
    queryKey: ['library', workspace, 'search-texts'],
    queryFn: () => askBackground({ type: 'library.searchTexts', workspace }),
  });
}

/** One whole item, for its detail; under ['library'], so a library change refreshes it too. */
export function useLibraryItem(key: string) {
  const { workspace } = useHost();
  return useQuery({
    queryKey: ['library', workspace, 'item', key],
    queryFn: () => askBackground({ type: 'library.item', workspace, key }),
  });
}

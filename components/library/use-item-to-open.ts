import { useEffect } from 'react';
import type { Display } from '@/lib/host/display-setting';
import { askBackground } from '@/lib/protocol/client';
import { openItemRequestItem } from '@/lib/storage/items';
import type { HostKind } from '../app/host';
import { useUiStore } from '../state/ui-store';

const SURFACES: Partial<Record<HostKind, Display>> = { sidebar: 'in-page', 'side-panel': 'side-panel' };

/**
 * Opens the item a "Share next" click in My shares sent to this surface
 * (lib/host/open-item-request.ts): asked once the library shows, and again
 * whenever a new request lands. The worker hands it to one surface and one tab
 * only; the practice page never takes one.
 */
export function useItemToOpen(kind: HostKind) {
  useEffect(() => {
    const surface = SURFACES[kind];
    if (!surface) return;
    const take = () =>
      void askBackground({ type: 'linkedin.takeItemToOpen', surface })
        .then((itemKey) => {
          // The store outlives this view: an item taken just as it unmounts still opens next time.
          if (itemKey) useUiStore.getState().openItem(itemKey);
        })
        .catch(() => undefined);
    take();
    const stop = openItemRequestItem.watch((value) => {
      if (value !== null && value !== undefined) take();
    });
    return stop;
  }, [kind]);
}

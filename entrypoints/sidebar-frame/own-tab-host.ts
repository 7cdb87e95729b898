/**
 * The in-page sidebar's ports, from inside its extension-origin frame: the
 * frame is an extension page, so it talks to the LinkedIn tab it sits in the
 * way the side panel does, with tab messages to that tab's top frame, where
 * the composer bridge and the sidebar's own content script answer.
 */
import type { RelaisHost } from '@/components/app/host';
import { askTab } from '@/lib/messages/client';

/** Only the top frame's content scripts: never LinkedIn's other frames (its `/preload/` decoy). */
const TOP_FRAME = { frameId: 0 };

export function ownTabHost(tabId: number): Omit<RelaisHost, 'workspace'> {
  return {
    kind: 'sidebar',
    composer: {
      insert: (text, options) => askTab(tabId, { type: 'composer.insert', text, ...options }, TOP_FRAME),
    },
    close: () => void askTab(tabId, { type: 'sidebar.close' }, TOP_FRAME).catch(() => undefined),
  };
}

/**
 * The in-page sidebar's ports, from inside its extension-origin frame: the
 * frame is an extension page, so it talks to the LinkedIn tab it sits in the
 * way the side panel does, with tab messages to that tab's top frame, where
 * the composer bridge and the sidebar's own content script answer.
 */
import type { RelaisHost } from '@/components/app/host';
import { browser } from 'wxt/browser';
import { postUrnFromUrl } from '@/lib/linkedin/post-urn';
import { askTab } from '@/lib/protocol/client';
import { linkedInThemeItem } from '@/lib/storage/items';
import { parseTheme, type PageThemeSource, type Theme } from '@/lib/theme/theme';

/** Only the top frame's content scripts: never LinkedIn's other frames (its `/preload/` decoy). */
const TOP_FRAME = { frameId: 0 };

/**
 * LinkedIn's theme, which the sidebar's content script publishes (the frame cannot read the page):
 * `initial` is read before the app mounts, so the first paint already has the right colours.
 */
export function linkedInThemeFromStorage(initial: Theme | undefined): PageThemeSource {
  let theme = initial ?? 'light';
  return {
    current: () => theme,
    subscribe(onChange) {
      return linkedInThemeItem.watch((value) => {
        const next = parseTheme(value);
        if (next && next !== theme) {
          theme = next;
          onChange();
        }
      });
    },
  };
}

export function ownTabHost(tabId: number, pageTheme: PageThemeSource): Omit<RelaisHost, 'workspace'> {
  return {
    kind: 'sidebar',
    pageTheme,
    composer: {
      insert: (text, options) => askTab(tabId, { type: 'composer.insert', text, ...options }, TOP_FRAME),
      attachImage: (image, options) =>
        askTab(tabId, { type: 'composer.attachImage', image, selectors: options.selectors }, TOP_FRAME),
    },
    // Same tab: LinkedIn loads the post, and the sidebar, left open, comes back on it (sidebarOpen).
    openInLinkedInTab: async (url) => {
      // Only a LinkedIn post's address (the feed schema checked it; checked again before the tab moves).
      if (postUrnFromUrl(url) === null) throw new Error('Not a LinkedIn post address');
      await browser.tabs.update(tabId, { url });
    },
    close: () => void askTab(tabId, { type: 'sidebar.close' }, TOP_FRAME).catch(() => undefined),
  };
}

import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import { isVisibleAt } from '@/lib/feed/library-item';
import type { BackgroundRequest, BackgroundResponses } from '@/lib/messages/protocol';
import { HandledError, type Handlers } from '@/lib/messages/router';
import type { FeedService } from '@/lib/sync/feed-service';
import { feedHandlers } from './feeds';
import { workshopHandlers } from './workshop';

const PAGES = { options: '/options.html' } as const;

export function createHandlers(feeds: FeedService): Handlers<BackgroundRequest, BackgroundResponses> {
  return {
    'library.get': async ({ workspace }) => {
      const db = getDb(workspace);
      const now = Date.now();
      const [items, feeds] = await Promise.all([db.items.toArray(), db.feeds.toArray()]);
      return { items: items.filter((item) => isVisibleAt(item, now)), feeds };
    },
    'draft.get': async ({ workspace, itemKey }) => (await getDb(workspace).drafts.get(itemKey)) ?? null,
    'draft.save': async ({ workspace, draft }) => {
      await getDb(workspace).drafts.put(draft);
      return null;
    },
    'share.record': async ({ workspace, share }) => {
      const id = await getDb(workspace).shares.add(share);
      return { ...share, id };
    },
    'sidebar.inject': async (_, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new HandledError('no-tab', 'The sidebar can only open in a LinkedIn tab.');
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/sidebar.js'] });
      return null;
    },
    'page.open': async ({ page }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(PAGES[page]) });
      return null;
    },
    ...feedHandlers(feeds),
    ...workshopHandlers(),
  };
}

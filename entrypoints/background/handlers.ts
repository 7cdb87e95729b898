import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import type { BackgroundRequest, BackgroundResponses } from '@/lib/protocol/protocol';
import { HandledError, type Handlers } from '@/lib/protocol/router';
import type { FeedService } from '@/lib/sync/feed-service';
import { feedHandlers } from './feeds';
import { historyHandlers } from './history';
import { readLibraryCounts, readLibraryItem, readLibraryList, readLibrarySearchTexts } from './library';
import { openExtensionPage } from './pages';
import { showRelaisOnLinkedIn, takeItemToOpen } from './commands';
import { studioHandlers } from './studio';
import { workshopHandlers } from './workshop';
import { fetchImage, ImageFetchError } from '@/lib/images/fetch-image';

export function createHandlers(feeds: FeedService): Handlers<BackgroundRequest, BackgroundResponses> {
  return {
    'library.get': ({ workspace }) => readLibraryList(getDb(workspace)),
    'library.item': ({ workspace, key }) => readLibraryItem(getDb(workspace), key),
    'library.searchTexts': ({ workspace }) => readLibrarySearchTexts(getDb(workspace)),
    'library.counts': ({ workspace }) => readLibraryCounts(getDb(workspace)),
    'image.fetch': ({ url }) =>
      fetchImage(url, {
        fetch: (input, init) => fetch(input, init),
        originGranted: (origin) => browser.permissions.contains({ origins: [`${origin}/*`] }),
      }).catch((error: unknown) => {
        throw error instanceof ImageFetchError ? new HandledError(`image-${error.reason}`, error.message) : error;
      }),
    'sidebar.inject': async (_, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new HandledError('no-tab', 'The sidebar can only open in a LinkedIn tab.');
      // The sidebar inserts through the composer bridge, which is not in the always-on script either.
      await browser.scripting.executeScript({
        target: { tabId },
        files: ['/content-scripts/composer.js', '/content-scripts/sidebar.js'],
      });
      return null;
    },
    'page.open': async ({ page }) => {
      await openExtensionPage(page);
      return null;
    },
    'linkedin.show': async ({ itemKey }) => {
      await showRelaisOnLinkedIn(itemKey);
      return null;
    },
    'linkedin.takeItemToOpen': ({ surface }, sender) =>
      takeItemToOpen({ surface, tabId: surface === 'in-page' ? sender.tab?.id : undefined }),
    ...feedHandlers(feeds),
    ...historyHandlers(),
    ...workshopHandlers(),
    ...studioHandlers(),
  };
}

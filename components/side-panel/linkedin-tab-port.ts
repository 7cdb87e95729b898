import { browser } from 'wxt/browser';
import { askTab } from '@/lib/protocol/client';
import { pickLinkedInTab } from '@/lib/host/linkedin-tab';
import type { ComposerPort } from '../app/host';
import { copyInstead } from '../app/clipboard-fallback';

/**
 * The side panel lives outside LinkedIn's page: it loads the composer bridge
 * into the LinkedIn tab and asks it to insert the draft there, with all the
 * options (the share to record on Post, the post-detection switch, the feed's
 * selector hotfix), so a Post after a side-panel insert is recorded too.
 */
export function createLinkedInTabComposerPort(): ComposerPort {
  return {
    async insert(text, options) {
      if (!options.allowInsert) return copyInstead(text, 'insert-disabled');
      const tabs = await browser.tabs.query({ url: 'https://www.linkedin.com/*' });
      const tab = pickLinkedInTab(tabs);
      if (!tab) return copyInstead(text, 'composer-not-found');
      // The bridge is not in the always-on script: load it first (a second load replaces the first).
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/composer.js'] });
      } catch {
        // The tab cannot take scripts right now (still loading, an error page): the draft is copied instead.
        return copyInstead(text, 'composer-not-found');
      }
      return askTab(tab.id, { type: 'composer.insert', text, ...options });
    },
    async attachImage(image, options) {
      const tabs = await browser.tabs.query({ url: 'https://www.linkedin.com/*' });
      const tab = pickLinkedInTab(tabs);
      if (!tab) return { kind: 'not-attached', reason: 'composer-not-found' };
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/composer.js'] });
      } catch {
        return { kind: 'not-attached', reason: 'composer-not-found' };
      }
      return askTab(tab.id, { type: 'composer.attachImage', image, selectors: options.selectors });
    },
  };
}

/** Background handlers for workshop mode; all of them work on the workshop database only. */
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import type { BackgroundRequest, BackgroundResponses } from '@/lib/messages/protocol';
import type { Handlers } from '@/lib/messages/router';
import { LIBRARY_VERSION_KEY } from '@/lib/sync/library-version';
import { DEMO_FEED_PATH, ensureWorkshopLibrary, installDemoFeed } from '@/lib/workshop/demo-library';
import { resetWorkshop } from '@/lib/workshop/reset';

type WorkshopRequestType = Extract<BackgroundRequest['type'], `workshop.${string}`>;

async function readBundledDemoFeed(): Promise<string> {
  // Typed loosely: WXT types public paths from public/, and the demo feed may be added to it separately.
  const url = (browser.runtime.getURL as (path: string) => string)(DEMO_FEED_PATH);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/** Every open host refreshes its library when this changes. */
const announceLibraryChange = () => browser.storage.local.set({ [LIBRARY_VERSION_KEY]: Date.now() });

export function workshopHandlers(): Pick<Handlers<BackgroundRequest, BackgroundResponses>, WorkshopRequestType> {
  return {
    'workshop.ensureLibrary': async () => {
      const library = await ensureWorkshopLibrary(getDb('workshop'), readBundledDemoFeed);
      if (library.installed) await announceLibraryChange();
      return library;
    },
    'workshop.loadFeed': async ({ feedText, fileName }) => {
      const feed = await installDemoFeed(getDb('workshop'), feedText, fileName);
      await announceLibraryChange();
      return feed;
    },
    'workshop.reset': () => resetWorkshop(getDb('workshop')),
  };
}

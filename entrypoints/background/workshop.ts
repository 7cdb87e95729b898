/** Background handlers for workshop mode; all of them work on the workshop database only. */
import { getDb } from '@/lib/db/db';
import type { BackgroundRequest, BackgroundResponses } from '@/lib/protocol/protocol';
import type { Handlers } from '@/lib/protocol/router';
import { bumpLibraryVersion } from '@/lib/sync/library-version';
import { ensureWorkshopLibrary, loadWorkshopFeed } from '@/lib/workshop/demo-library';
import { resetWorkshop } from '@/lib/workshop/reset';
import { demoSyncDeps } from './feeds';

type WorkshopRequestType = Extract<BackgroundRequest['type'], `workshop.${string}`>;

export function workshopHandlers(): Pick<Handlers<BackgroundRequest, BackgroundResponses>, WorkshopRequestType> {
  return {
    'workshop.ensureLibrary': async () => {
      const library = await ensureWorkshopLibrary(getDb('workshop'), await demoSyncDeps());
      if (library.installed) await bumpLibraryVersion();
      return library;
    },
    'workshop.loadFeed': async ({ feedText, fileName }) => {
      const feed = await loadWorkshopFeed(getDb('workshop'), feedText, fileName, await demoSyncDeps());
      await bumpLibraryVersion();
      return feed;
    },
    'workshop.reset': () => resetWorkshop(getDb('workshop')),
  };
}

/**
 * Background wiring of the feeds: which browser events sync (install, update,
 * browser start, the hourly alarm, a policy change) and the options page's
 * feed requests. The decisions live in lib/sync/feed-service.ts.
 */
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import { type Locale, resolveLocale } from '@/lib/i18n/locale';
import { browserUiLanguage } from '@/lib/i18n/ui-language';
import type { BackgroundRequest, BackgroundResponses } from '@/lib/protocol/protocol';
import type { Handlers } from '@/lib/protocol/router';
import { ProblemError } from '@/lib/problems/problem';
import { readSettings, updateSettings } from '@/lib/settings/store';
import type { DemoSyncDeps } from '@/lib/sync/demo-feed';
import { discoverFeeds } from '@/lib/sync/discover-feeds';
import { createFeedService, type FeedService } from '@/lib/sync/feed-service';
import { bumpLibraryVersion } from '@/lib/sync/library-version';
import type { ManagedPolicy } from '@/lib/sync/managed-policy';
import { SYNC_ALARM_NAME, scheduleFor } from '@/lib/sync/schedule';
import { librarySetUpItem } from '@/lib/storage/items';

type FeedRequestType = Extract<BackgroundRequest['type'], `feeds.${string}`>;

export async function backgroundLocale(): Promise<Locale> {
  return resolveLocale((await readSettings()).locale, browserUiLanguage());
}

const extensionOrigin = () => browser.runtime.getURL('/');

/** The worker's fetch reads the extension's own files too (the demo feed). */
export const workerFetch: DemoSyncDeps['fetch'] = (input, init) => fetch(input, init);

export async function demoSyncDeps(): Promise<DemoSyncDeps> {
  return { fetch: workerFetch, extensionOrigin: extensionOrigin(), locale: await backgroundLocale() };
}

export function createBackgroundFeedService(): FeedService {
  return createFeedService({
    db: getDb('real'),
    fetch: workerFetch,
    extensionOrigin: extensionOrigin(),
    readPolicy: () => browser.storage.managed.get(),
    locale: backgroundLocale,
    announce: () => bumpLibraryVersion(),
  });
}

/** Recreated when missing: the browser drops alarms on some updates, and a profile copy may have none. */
export async function ensureSyncAlarm(): Promise<void> {
  if (await browser.alarms.get(SYNC_ALARM_NAME)) return;
  await browser.alarms.create(SYNC_ALARM_NAME, scheduleFor());
}

/** A training-room policy starts Relais in workshop mode. */
async function followWorkshopPolicy(policy: ManagedPolicy) {
  if (policy.workshopMode && !(await readSettings()).workshopMode) await updateSettings({ workshopMode: true });
}

/**
 * Registers the listeners synchronously (a worker woken by an event must find
 * them). Returns the work started so far, for tests that wait for the worker
 * to settle.
 */
export function registerFeedSync(service: FeedService): { settled: () => Promise<void> } {
  const pending = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    const tracked = work
      .catch((error: unknown) => console.error('Relais feed sync failed', error))
      .finally(() => pending.delete(tracked));
    pending.add(tracked);
  };
  browser.runtime.onInstalled.addListener(({ reason }) => {
    track(
      (async () => {
        try {
          await ensureSyncAlarm();
          await followWorkshopPolicy(await service.handleInstalled(reason));
        } finally {
          // Done or failed, the library's state is known now: the sidebar stops saying "Setting up…".
          await librarySetUpItem.setValue(true);
        }
      })(),
    );
  });
  browser.runtime.onStartup.addListener(() => {
    track(
      (async () => {
        await ensureSyncAlarm();
        await followWorkshopPolicy(await service.handleStartup());
      })(),
    );
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM_NAME) track(service.handleAlarm());
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') track(service.handlePolicyChange().then(followWorkshopPolicy));
  });
  return {
    async settled() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

export function feedHandlers(
  service: FeedService,
): Pick<Handlers<BackgroundRequest, BackgroundResponses>, FeedRequestType> {
  return {
    'feeds.list': () => service.list(),
    'feeds.policy': () => service.policy(),
    'feeds.add': async ({ url }) => {
      const added = await service.add(url);
      if (!added.ok) throw new ProblemError(added.error, added.error.message);
      return added.feed;
    },
    'feeds.discover': async ({ url }) => {
      const found = await discoverFeeds(url, { fetch: workerFetch, locale: await backgroundLocale() });
      if (!found.ok) throw new ProblemError(found.error, found.error.message);
      return found.isFeed ? { isFeed: true, url: found.url } : { isFeed: false, feeds: found.feeds };
    },
    'feeds.remove': async ({ url }) => {
      const removed = await service.remove(url);
      if (!removed.ok) throw new ProblemError(removed.error, removed.error.message);
      return null;
    },
    'feeds.sync': ({ url }) => service.syncNow(url),
  };
}

/**
 * The worker's request router with its real handlers, over the test's
 * IndexedDB (fake-indexeddb), for tests that drive the worker the way a page
 * does. Its feed service fails loudly on any fetch: these requests must never
 * reach the network.
 */
import { backgroundRequestSchema, type BackgroundRequest, type BackgroundResponses } from '@/lib/protocol/protocol';
import { createRouter } from '@/lib/protocol/router';
import { getDb } from '@/lib/db/db';
import { createFeedService } from '@/lib/sync/feed-service';
import { createHandlers } from '../../entrypoints/background/handlers';

export const TEST_EXTENSION = { extensionId: 'relais-test', extensionOrigin: 'chrome-extension://relais-test/' };

export function testBackgroundRouter(what: string) {
  const feeds = createFeedService({
    db: getDb('real'),
    fetch: () => Promise.reject(new Error(`no network in ${what}`)),
    extensionOrigin: TEST_EXTENSION.extensionOrigin,
    readPolicy: async () => undefined,
    locale: async () => 'en',
    announce: async () => undefined,
  });
  return createRouter<BackgroundRequest, BackgroundResponses>(
    backgroundRequestSchema,
    createHandlers(feeds),
    TEST_EXTENSION,
  );
}

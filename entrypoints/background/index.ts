/**
 * The background worker: the only context that touches IndexedDB and the
 * network (feed requests). Listeners are registered synchronously in main()
 * so a worker woken by an event finds them.
 */
import '@/lib/security/zod-strict-csp';
// The worker words feed statuses and problems in any language, at any moment.
import '@/lib/i18n/all-catalogs';
import { browser } from 'wxt/browser';
import { backgroundRequestSchema, type BackgroundRequest, type BackgroundResponses } from '@/lib/protocol/protocol';
import { createRouter } from '@/lib/protocol/router';
import { exposeToE2e } from '@/lib/host/e2e-build';
import { createHandlers } from './handlers';
import { registerCommands } from './commands';
import { createBackgroundFeedService, registerFeedSync } from './feeds';

export default defineBackground(() => {
  const feeds = createBackgroundFeedService();
  const sync = registerFeedSync(feeds);
  // The e2e tests wait for the install-time sync before seeding the library (e2e build only).
  if (import.meta.env.WXT_E2E_HOOKS === 'true') exposeToE2e('relaisSync', sync);
  const route = createRouter<BackgroundRequest, BackgroundResponses>(backgroundRequestSchema, createHandlers(feeds), {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));
  registerCommands();
});

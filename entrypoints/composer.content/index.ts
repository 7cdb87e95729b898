/**
 * The composer bridge on LinkedIn: inserts drafts into LinkedIn's editor and
 * watches for the Post click after an insert. Not declared in the manifest:
 * the worker injects it with the in-page sidebar, and the side panel injects
 * it before asking the tab to insert, so LinkedIn pages where Relais is not
 * used never load it.
 *
 * Injected again into the same page (the side panel loads it before every
 * insert), the newer copy ends the earlier one first (lib/host/script-lifetime.ts:
 * not WXT's context, which LinkedIn's page could end): its listener is
 * removed and its bridge disposed, so one bridge answers. Nothing is lost: an
 * insert disarms the earlier draft's Post watch anyway.
 */
import { problemOfThrown } from '@/lib/problems/problem';
import { browser } from 'wxt/browser';
import { askBackground } from '@/lib/protocol/client';
import { tabRequestSchema } from '@/lib/protocol/tab-protocol';
import { sidebarRegistry } from '@/lib/host/sidebar-registry';
import { startContentScriptLifetime } from '@/lib/host/content-lifetime';
import { createComposerBridge } from '@/lib/linkedin/bridge';

export default defineContentScript({
  registration: 'runtime',
  matches: ['https://www.linkedin.com/*'],
  // WXT would otherwise post a message carrying our extension id into LinkedIn's own page.
  noScriptStartedPostMessage: true,
  cssInjectionMode: 'manual',
  main() {
    const lifetime = startContentScriptLifetime('composer');
    const composer = createComposerBridge(document, (workspace, share) =>
      askBackground({ type: 'share.record', workspace, share }),
    );
    sidebarRegistry.composer = composer;
    lifetime.onInvalidated(() => {
      composer.dispose();
      if (sidebarRegistry.composer === composer) sidebarRegistry.composer = undefined;
    });

    // The always-on script answers `sidebar.toggle`; this one answers `composer.insert` and `composer.attachImage`.
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const parsed = tabRequestSchema.safeParse(message);
      if (!parsed.success) return undefined;
      const request = parsed.data;
      let answer: Promise<unknown>;
      if (request.type === 'composer.insert') {
        const { type: _type, text, ...options } = request;
        answer = composer.insert(text, options);
      } else if (request.type === 'composer.attachImage') {
        answer = composer.attachImage(request.image, { selectors: request.selectors });
      } else return undefined;
      return answer.then(
        (value) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error: problemOfThrown(error, 'tab-error') }),
      );
    };
    browser.runtime.onMessage.addListener(onMessage);
    lifetime.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});

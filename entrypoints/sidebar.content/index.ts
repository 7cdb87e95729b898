/**
 * The in-page Relais sidebar's box on LinkedIn. Not declared in the manifest:
 * the background injects it the first time the launcher or the shortcut opens
 * it. The app itself runs in an extension-origin iframe
 * (`entrypoints/sidebar-frame/`), out of the reach of LinkedIn's scripts; this
 * script, in the extension's isolated world, only shows, hides and focuses it.
 */
import { browser } from 'wxt/browser';
import { SIDEBAR_FOCUS, sidebarRegistry } from '@/lib/host/sidebar-registry';
import { linkedInThemeSource } from '@/lib/linkedin/theme';
import { libraryVersionItem, linkedInThemeItem, sidebarOpenItem } from '@/lib/storage/items';
import { askBackground } from '@/lib/protocol/client';
import { mergeSelectorOverrides, type SelectorOverrides } from '@/lib/linkedin/selectors';
import { startContentScriptLifetime } from '@/lib/host/content-lifetime';
import { createSidebarFrame } from './frame';
import { keepClearOfComposer } from './keep-clear';

export default defineContentScript({
  registration: 'runtime',
  matches: ['https://www.linkedin.com/*'],
  // WXT would otherwise post a message carrying our extension id into LinkedIn's own page.
  noScriptStartedPostMessage: true,
  cssInjectionMode: 'manual',
  main() {
    // Injected again into a tab that already has it: just open it.
    if (sidebarRegistry.sidebar) {
      sidebarRegistry.sidebar.setOpen(true);
      return;
    }
    const lifetime = startContentScriptLifetime('sidebar');
    // The frame cannot read LinkedIn's page: publish LinkedIn's theme for it, and follow its changes.
    const pageTheme = linkedInThemeSource(document);
    const publishTheme = () => void linkedInThemeItem.setValue(pageTheme.current());
    publishTheme();
    lifetime.onInvalidated(pageTheme.subscribe(publishTheme));
    // To the extension's pages, the frame among them (it answers only its own tab's top frame); not a
    // request of lib/protocol: the worker leaves it unanswered.
    const giveAppTheKeyboard = (typed?: string) =>
      void browser.runtime.sendMessage({ type: SIDEBAR_FOCUS, typed }).catch(() => undefined);
    const frame = createSidebarFrame(browser.runtime.getURL('/sidebar-frame.html'), 'Relais', giveAppTheKeyboard);
    let open = false;
    // The feeds' selector hotfix: a share dialog only the hotfix finds is kept clear too. Read as the
    // sidebar starts and after each library change (a sync, a feed added or removed).
    let hotfix: SelectorOverrides = {};
    const readHotfix = () =>
      askBackground({ type: 'feeds.list' }).then(
        (feeds) => {
          hotfix = mergeSelectorOverrides(feeds.map((feed) => feed.snapshot?.linkedinSelectors));
        },
        () => undefined,
      );
    void readHotfix();
    lifetime.onInvalidated(libraryVersionItem.watch(() => void readHotfix()));
    const clearance = keepClearOfComposer(
      frame,
      () => open,
      () => hotfix,
    );
    lifetime.onInvalidated(clearance.stop);

    const setOpen = (next: boolean, { returnFocus = false } = {}) => {
      open = next;
      clearance.update();
      if (next) frame.focus();
      sidebarRegistry.notifySidebarChange(next, { returnFocus: returnFocus && !next });
      void sidebarOpenItem.setValue(next);
    };
    const control = { isOpen: () => open, setOpen };
    sidebarRegistry.sidebar = control;

    // The sidebar's own frame asks to close (its close button, Escape): checked by hand, no zod here.
    const onMessage = (message: unknown, sender: { id?: string; url?: string }) => {
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
      const type = (message as { type?: unknown } | null)?.type;
      // The app has started in the frame (its first document, or a reload): if the sidebar is open, the
      // keyboard goes to it now; a focus given earlier went to the frame's blank first document.
      if (type === 'sidebar.ready') {
        if (open) frame.focus();
        return Promise.resolve({ ok: true, value: { open } });
      }
      if (type !== 'sidebar.close') return undefined;
      setOpen(false, { returnFocus: true });
      return Promise.resolve({ ok: true, value: null });
    };
    browser.runtime.onMessage.addListener(onMessage);
    lifetime.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      frame.remove();
      if (sidebarRegistry.sidebar === control) sidebarRegistry.sidebar = undefined;
    });
    // LinkedIn's navigation may rebuild the page body: put the sidebar back, once.
    lifetime.onLocationChange(() => frame.ensureMounted());
    // Loaded ahead of a likely click (launcher hovered or focused): the frame loads, hidden, and
    // nothing is stored, so other LinkedIn tabs keep their own state.
    if (!sidebarRegistry.takeStartsHidden()) setOpen(true);
  },
});

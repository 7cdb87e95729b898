/**
 * Always-on on LinkedIn: the launcher and the answer to `sidebar.toggle`.
 *
 * An unlisted script, declared as a content script in wxt.config.ts, rather than
 * a `defineContentScript` entrypoint: WXT's content-script wrapper builds a
 * `ContentScriptContext` (a third of this script's bytes, and an event on
 * LinkedIn's document naming the extension) that Relais does not use, on every
 * LinkedIn page load (issue #19's launcher cost). Nothing announces this script
 * on the page: Chromium never injects a manifest content script into a tab
 * already open when the extension updates, so there is no older copy to end.
 * Everything else loads on demand to keep every LinkedIn page cheap: the
 * background injects the sidebar UI (React) and the composer bridge
 * (`composer.content`) the first time the sidebar opens, and the side panel
 * injects the bridge before its first insert.
 */
import { browser } from 'wxt/browser';
import { askBackground } from '@/lib/protocol/client';
import { SIDEBAR_OPEN_KEY, sidebarRegistry } from '@/lib/host/sidebar-registry';
import { createLauncher } from './launcher';
import { launcherLabelsFor } from './labels';
import { displayFrom, SETTINGS_STORAGE_KEY } from '@/lib/host/display-setting';
import { startContentScriptLifetime } from '@/lib/host/content-lifetime';

export default defineUnlistedScript({
  async main() {
    // Not WXT's `ctx`: LinkedIn's page could end it with one event (lib/host/script-lifetime.ts).
    const lifetime = startContentScriptLifetime('linkedin');
    let injecting: Promise<void> | undefined;
    let display: ReturnType<typeof displayFrom> | undefined;

    /** Asks the background to load the sidebar (once at a time); it opens itself unless `startsHidden`. */
    const injectSidebar = (startsHidden: boolean) => {
      sidebarRegistry.startsHidden = startsHidden;
      injecting ??= askBackground({ type: 'sidebar.inject' })
        .then(() => undefined)
        .finally(() => {
          injecting = undefined;
        });
      return injecting;
    };
    const setSidebarOpen = async (open: boolean) => {
      if (!sidebarRegistry.sidebar) {
        if (!open && !injecting) return;
        const loadingAhead = injecting !== undefined;
        // First opening on this page: ask the background to load the sidebar; it opens itself.
        await injectSidebar(!open);
        // It was already loading ahead, and may have started hidden before this click.
        if (!loadingAhead) return;
      }
      const sidebar = sidebarRegistry.sidebar;
      if (sidebar && sidebar.isOpen() !== open) sidebar.setOpen(open);
    };
    // The pointer on the launcher, or the keyboard focus: load the sidebar now, hidden, so that the
    // click finds it ready (issue #18). Nothing is loaded on LinkedIn's page before that intent.
    const loadSidebarAhead = () => {
      if (!sidebarRegistry.sidebar && !injecting && display === 'in-page') void injectSidebar(true);
    };
    const toggleSidebar = () => setSidebarOpen(!(sidebarRegistry.sidebar?.isOpen() ?? false));

    // One storage read per page load: everything this script needs to start.
    const stored = await browser.storage.local.get([SETTINGS_STORAGE_KEY, SIDEBAR_OPEN_KEY]);
    // In side-panel mode Relais adds nothing to LinkedIn's page: no launcher, no sidebar.
    display = displayFrom(stored[SETTINGS_STORAGE_KEY]);
    const launcher = createLauncher(
      lifetime,
      launcherLabelsFor(stored[SETTINGS_STORAGE_KEY]),
      { onToggle: () => void toggleSidebar(), onIntent: loadSidebarAhead },
      display === 'in-page',
    );
    sidebarRegistry.onSidebarChange((open, { returnFocus }) => {
      launcher.setExpanded(open);
      if (returnFocus) launcher.focus();
    });
    const onSettingsChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(SETTINGS_STORAGE_KEY in changes)) return;
      display = displayFrom(changes[SETTINGS_STORAGE_KEY]?.newValue);
      launcher.setVisible(display === 'in-page');
      if (display === 'side-panel') sidebarRegistry.sidebar?.setOpen(false);
      launcher.setLabels(launcherLabelsFor(changes[SETTINGS_STORAGE_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(onSettingsChange);
    lifetime.onInvalidated(() => browser.storage.onChanged.removeListener(onSettingsChange));

    // Checked by hand (no zod here): the one message this script owns. Anything else is left
    // unanswered (undefined) for the composer bridge's listener.
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isSidebarToggle(message)) return undefined;
      return toggleSidebar().then(
        () => ({ ok: true, value: { open: sidebarRegistry.sidebar?.isOpen() ?? false } }),
        (error: Error) => ({ ok: false, error: { code: 'tab-error', message: error.message } }),
      );
    };
    browser.runtime.onMessage.addListener(onMessage);
    lifetime.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // LinkedIn is a single-page app: after each navigation, make sure our UI is still there (once).
    lifetime.onLocationChange(() => launcher.ensureMounted());

    if (stored[SIDEBAR_OPEN_KEY] === true && display === 'in-page') await setSidebarOpen(true);
  },
});

function isSidebarToggle(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'sidebar.toggle';
}

/**
 * Always-on on LinkedIn: the launcher, the composer bridge and the answers to
 * tab messages. The sidebar UI (React) is not in this bundle: the background
 * injects it into the tab the first time it is opened.
 */
import { browser } from 'wxt/browser';
import { askBackground } from '@/lib/messages/client';
import { tabRequestSchema, type TabRequest } from '@/lib/messages/tab-protocol';
import { SIDEBAR_OPEN_KEY, sidebarRegistry } from '@/lib/host/sidebar-registry';
import { createComposerBridge } from '@/lib/linkedin/bridge';
import { createLauncher } from './launcher';
import { launcherLabels } from './labels';
import { displayFrom, SETTINGS_STORAGE_KEY } from '@/lib/host/display-setting';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    let injecting: Promise<void> | undefined;

    const setSidebarOpen = async (open: boolean) => {
      const sidebar = sidebarRegistry.sidebar;
      if (sidebar) {
        sidebar.setOpen(open);
        return;
      }
      if (!open) return;
      // First opening on this page: ask the background to load the sidebar; it opens itself.
      injecting ??= askBackground({ type: 'sidebar.inject' })
        .then(() => undefined)
        .finally(() => {
          injecting = undefined;
        });
      await injecting;
    };
    const toggleSidebar = () => setSidebarOpen(!(sidebarRegistry.sidebar?.isOpen() ?? false));

    const composer = createComposerBridge(document, (workspace, share) =>
      askBackground({ type: 'share.record', workspace, share }),
    );
    sidebarRegistry.composer = composer;
    ctx.onInvalidated(() => {
      composer.dispose();
      if (sidebarRegistry.composer === composer) sidebarRegistry.composer = undefined;
    });

    // In side-panel mode Relais adds nothing to LinkedIn's page: no launcher, no sidebar.
    let display = displayFrom((await browser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY]);
    const launcher = await createLauncher(
      ctx,
      await launcherLabels(),
      () => void toggleSidebar(),
      display === 'in-page',
    );
    sidebarRegistry.onSidebarChange((open) => launcher.setExpanded(open));
    const onSettingsChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(SETTINGS_STORAGE_KEY in changes)) return;
      display = displayFrom(changes[SETTINGS_STORAGE_KEY]?.newValue);
      launcher.setVisible(display === 'in-page');
      if (display === 'side-panel') sidebarRegistry.sidebar?.setOpen(false);
      void launcherLabels().then((labels) => launcher.setLabels(labels));
    };
    browser.storage.onChanged.addListener(onSettingsChange);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onSettingsChange));

    const answer = async (request: TabRequest) => {
      switch (request.type) {
        case 'sidebar.toggle':
          await toggleSidebar();
          return { open: sidebarRegistry.sidebar?.isOpen() ?? false };
        case 'composer.insert': {
          const { type: _type, text, ...options } = request;
          return composer.insert(text, options);
        }
      }
    };

    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const parsed = tabRequestSchema.safeParse(message);
      if (!parsed.success) return undefined;
      return answer(parsed.data).then(
        (value) => ({ ok: true, value }),
        (error: Error) => ({ ok: false, error: { code: 'tab-error', message: error.message } }),
      );
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    // LinkedIn is a single-page app: after each navigation, make sure our UI is still there (once).
    ctx.addEventListener(window, 'wxt:locationchange', () => launcher.ensureMounted());

    const stored = await browser.storage.local.get(SIDEBAR_OPEN_KEY);
    if (stored[SIDEBAR_OPEN_KEY] === true && display === 'in-page') await setSidebarOpen(true);
  },
});

/**
 * The in-page Relais sidebar. Not declared in the manifest: the background
 * injects it the first time the launcher or the shortcut opens it, so LinkedIn
 * pages where Relais is not used never load React.
 */
import '@/lib/security/zod-strict-csp';
import '@/components/app/app.css';
import './sidebar-frame.css';
import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SettingsBoundApp } from '@/components/app/SettingsBoundApp';
import type { RelaisHost } from '@/components/app/host';
import { sidebarRegistry } from '@/lib/host/sidebar-registry';
import { sidebarOpenItem } from '@/lib/storage/items';
import { workspaceOf } from '@/lib/settings/settings';
import { readSettings } from '@/lib/settings/store';
import { requestLibraryEarly } from '@/components/library/use-library';

export default defineContentScript({
  registration: 'runtime',
  matches: ['https://www.linkedin.com/*'],
  // WXT would otherwise post a message carrying our extension id into LinkedIn's own page.
  noScriptStartedPostMessage: true,
  cssInjectionMode: 'ui',
  async main(ctx) {
    // Injected again into a tab that already has it: just open it.
    if (sidebarRegistry.sidebar) {
      sidebarRegistry.sidebar.setOpen(true);
      return;
    }
    void readSettings().then((settings) => requestLibraryEarly(workspaceOf(settings)));
    let frame: HTMLDivElement | undefined;
    let open = false;

    const setOpen = (next: boolean) => {
      open = next;
      if (frame) frame.hidden = !next;
      if (next) frame?.querySelector<HTMLElement>('aside')?.focus();
      sidebarRegistry.notifySidebarChange(next);
      void sidebarOpenItem.setValue(next);
    };

    // The workspace follows workshop mode live (SettingsBoundApp).
    const host: Omit<RelaisHost, 'workspace'> = {
      kind: 'sidebar',
      composer: {
        insert: async (text, options) => {
          const bridge = sidebarRegistry.composer;
          if (!bridge) throw new Error('The LinkedIn composer bridge is not loaded on this page. Reload the page.');
          return bridge.insert(text, options);
        },
      },
      close: () => setOpen(false),
    };

    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'relais-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        frame = document.createElement('div');
        frame.className = 'relais-sidebar-frame';
        frame.hidden = true;
        frame.addEventListener('keydown', (event) => {
          // Escape inside a dialog of the app (the guided tour) closes that dialog only.
          if (event.key === 'Escape' && !(event.target as Element | null)?.closest?.('[role="dialog"]')) setOpen(false);
        });
        container.append(frame);
        const root = createRoot(frame);
        root.render(<SettingsBoundApp host={host} />);
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();

    sidebarRegistry.sidebar = { isOpen: () => open, setOpen };
    ctx.onInvalidated(() => {
      sidebarRegistry.sidebar = undefined;
    });
    // LinkedIn's navigation may rebuild the page body: put the sidebar back, once.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (!ui.shadowHost.isConnected) ui.mount();
    });
    setOpen(true);
  },
});

/**
 * The in-page sidebar's app, in an extension page that the sidebar content
 * script shows in an iframe on LinkedIn. The frame has the extension's origin:
 * LinkedIn's scripts cannot read its DOM (the library, the draft, the
 * history), and the keys typed in it never reach LinkedIn's document.
 * docs/security.md describes what the page can and cannot see.
 */
import '@/lib/security/zod-strict-csp';
import '@/components/app/app.css';
import './sidebar-frame.css';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { SettingsBoundApp } from '@/components/app/SettingsBoundApp';
import { requestLibraryEarly } from '@/components/library/use-library';
import { uiLocaleFor } from '@/components/i18n/I18nProvider';
import { loadCatalog } from '@/lib/i18n/catalog';
import { workspaceOf } from '@/lib/settings/settings';
import { readSettings } from '@/lib/settings/store';
import { SIDEBAR_FOCUS } from '@/lib/host/sidebar-registry';
import { MAX_HANDED_OVER } from '@/lib/host/stray-keys';
import { askTab } from '@/lib/protocol/client';
import { linkedInThemeItem } from '@/lib/storage/items';
import { parseTheme } from '@/lib/theme/theme';
import { linkedInThemeFromStorage, ownTabHost } from './own-tab-host';

// The library, and the one language's strings the app waits for, both asked for before React mounts.
void readSettings().then((settings) => {
  requestLibraryEarly(workspaceOf(settings));
  void loadCatalog(uiLocaleFor(settings.locale));
});

/**
 * Gives the keyboard to the app when the content script focuses the frame (the sidebar opened): the
 * library's search box, its first useful control, or the panel while the library is still loading.
 * Waits for React's first render and the library (seconds on a busy machine); stops as soon as the
 * employee focuses something else.
 */
const FOCUS_WAIT_MS = 10_000;
/** The search box has kept the focus this many frames: the list has settled around it. */
const SETTLED_FRAMES = 10;
const focusApp = async () => {
  const until = performance.now() + FOCUS_WAIT_MS;
  let held = 0;
  while (performance.now() < until && held < SETTLED_FRAMES) {
    const active = document.activeElement;
    const app = document.querySelector<HTMLElement>('.relais-app');
    const search = app?.querySelector<HTMLElement>('input[type="search"]');
    if (search && active === search) held += 1;
    else if (active !== null && active !== document.body && active !== app) return;
    else if (search) search.focus();
    else if (app && active !== app) app.focus();
    await new Promise((next) => requestAnimationFrame(next));
  }
};

/**
 * A key the box caught on its way to LinkedIn's document (`lib/host/stray-keys.ts`): typed where the
 * app's keyboard focus is, as the key itself would have, if that is a text box.
 */
const typeHandedOver = (typed: unknown) => {
  if (typeof typed !== 'string' || typed.length === 0 || typed.length > MAX_HANDED_OVER) return;
  const active = document.activeElement;
  const textBox =
    active instanceof HTMLTextAreaElement ||
    (active instanceof HTMLInputElement && ['text', 'search', 'url', 'email'].includes(active.type));
  // insertText goes through the browser's own editing: input events, undo, React's onChange.
  if (textBox && !active.readOnly && !active.disabled) document.execCommand('insertText', false, typed);
};

const ownTab = browser.tabs.getCurrent();
// Registered at once: the box may ask before the app has drawn (focusApp waits for it).
browser.runtime.onMessage.addListener((message: unknown, sender) => {
  if (sender.id !== browser.runtime.id || sender.frameId !== 0) return undefined;
  if ((message as { type?: unknown } | null)?.type !== SIDEBAR_FOCUS) return undefined;
  void ownTab.then((tab) => {
    if (tab?.id === undefined || sender.tab?.id !== tab.id) return;
    // Asked from this frame's own process too, not only by LinkedIn's renderer focusing the iframe.
    window.focus();
    typeHandedOver((message as { typed?: unknown }).typed);
    void focusApp();
  });
  return undefined;
});

void Promise.all([ownTab, linkedInThemeItem.getValue()]).then(([tab, theme]) => {
  if (tab?.id === undefined) throw new Error('The Relais sidebar frame is not in a tab.');
  const host = ownTabHost(tab.id, linkedInThemeFromStorage(parseTheme(theme)));
  document.addEventListener('keydown', (event) => {
    // Escape inside a dialog of the app (the guided tour) closes that dialog only.
    if (event.key === 'Escape' && !(event.target as Element | null)?.closest?.('[role="dialog"]')) host.close?.();
  });
  // The content script focuses the frame when it opens the sidebar: the app takes it from there.
  window.addEventListener('focus', () => void focusApp());
  createRoot(document.getElementById('root')!).render(<SettingsBoundApp host={host} />);
  // Opened before this app started: the box's focus went to the frame's blank first document. Ask.
  void askTab(tab.id, { type: 'sidebar.ready' }, { frameId: 0 })
    .then(({ open }) => {
      if (!open) return;
      window.focus();
      void focusApp();
    })
    .catch(() => undefined);
});

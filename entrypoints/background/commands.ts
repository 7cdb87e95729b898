import { browser, type Browser } from 'wxt/browser';
import { isLinkedInUrl } from '@/lib/host/linkedin-tab';
import {
  openItemRequest,
  planLinkedInTab,
  takeOpenItemRequest,
  type OpenItemTaker,
} from '@/lib/host/open-item-request';
import { SIDEBAR_OPEN_KEY } from '@/lib/host/sidebar-registry';
import { LINKEDIN_ORIGIN } from '@/lib/protocol/trust';
import { askTab } from '@/lib/protocol/client';
import { openExtensionPage } from './pages';
import { exposeToE2e } from '@/lib/host/e2e-build';
import { type Display, displayFrom, openTargetFor } from '@/lib/host/display-setting';
import { openItemRequestItem, settingsItem } from '@/lib/storage/items';

const isLinkedInTab = (tab: Browser.tabs.Tab | undefined): tab is Browser.tabs.Tab & { id: number } =>
  tab?.id !== undefined && isLinkedInUrl(tab.url);

/**
 * Kept in memory so the shortcut and the toolbar button can open the side
 * panel synchronously: the browser only allows it within the user's gesture,
 * which an await on storage would lose.
 */
let display: Display = 'in-page';

interface SidePanelApis {
  sidePanel?: {
    open(options: { windowId?: number; tabId?: number }): Promise<void>;
    setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
  };
  sidebarAction?: { open(): Promise<void> };
}
const panelApis = () => browser as unknown as SidePanelApis;

/** Chrome opens the side panel itself on a toolbar click when asked to; Firefox calls onClicked (handled below). */
async function applyDisplay(next: Display) {
  display = next;
  await panelApis()
    .sidePanel?.setPanelBehavior({ openPanelOnActionClick: next === 'side-panel' })
    .catch(() => undefined);
}

function openSidePanel(tab: Browser.tabs.Tab | undefined): Promise<void> {
  const apis = panelApis();
  if (apis.sidePanel) {
    const windowId = tab?.windowId ?? browser.windows.WINDOW_ID_CURRENT;
    return apis.sidePanel.open({ windowId });
  }
  return apis.sidebarAction?.open() ?? Promise.resolve();
}

export async function toggleSidebarIn(tab: Browser.tabs.Tab | undefined): Promise<boolean> {
  if (!isLinkedInTab(tab)) return false;
  await askTab(tab.id, { type: 'sidebar.toggle' });
  return true;
}

/** What a command did, once done: the e2e tests check it (headless Chromium shows no side panel). */
export type CommandOutcome = 'side-panel' | 'in-page-sidebar' | 'nothing';

export async function runCommand(command: string, tab?: Browser.tabs.Tab): Promise<CommandOutcome> {
  if (command !== 'toggle-sidebar') return 'nothing';
  // Before any await: opening the side panel must happen inside the user's gesture.
  if (display === 'side-panel') {
    await openSidePanel(tab).catch(() => undefined);
    return 'side-panel';
  }
  const target = tab ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  return (await toggleSidebarIn(target).catch(() => false)) ? 'in-page-sidebar' : 'nothing';
}

/** The toolbar button: the sidebar on LinkedIn, the employee's history elsewhere (or when the sidebar cannot open). */
export async function clickAction(tab: Browser.tabs.Tab | undefined) {
  const target = openTargetFor(display, isLinkedInTab(tab));
  if (target === 'side-panel') {
    await openSidePanel(tab).catch(() => undefined);
    return;
  }
  const toggled = target === 'in-page-sidebar' && (await toggleSidebarIn(tab).catch(() => false));
  if (!toggled) await openExtensionPage('insights');
}

/**
 * Relais on LinkedIn, brought to the front: the LinkedIn tab in view or used
 * last (or a new one on the feed), with the sidebar open or the side panel, as
 * set. With an item ("Share next" in My shares), a one-shot request names that
 * surface and tab (lib/host/open-item-request.ts): the app there opens the item,
 * and no other Relais does.
 */
export async function showRelaisOnLinkedIn(itemKey?: string) {
  const shownIn = display;
  const request = (tabId: number | undefined) =>
    itemKey === undefined
      ? Promise.resolve()
      : openItemRequestItem.setValue(openItemRequest(itemKey, shownIn, tabId, Date.now()));
  if (shownIn === 'in-page') await browser.storage.local.set({ [SIDEBAR_OPEN_KEY]: true });
  const plan = planLinkedInTab(await browser.tabs.query({ url: `${LINKEDIN_ORIGIN}/*` }));
  if (plan.kind === 'new') {
    // A new LinkedIn page opens the sidebar by itself (it was left open, above); its app asks for the item
    // once started, and again when the request lands, whichever comes first.
    const created = await browser.tabs.create({ url: plan.url });
    await request(created.id);
    if (shownIn === 'side-panel') await openSidePanel(created).catch(() => undefined);
    return;
  }
  const { tab } = plan;
  await request(tab.id);
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
  if (shownIn === 'side-panel') {
    // Outside a user gesture the browser may refuse; the item is then shown if the panel opens within the request's life.
    await openSidePanel(tab).catch(() => undefined);
    return;
  }
  // `sidebar.toggle` answers with the new state: toggled shut means it was open, so open it again.
  const toggled = await askTab(tab.id, { type: 'sidebar.toggle' }).catch(() => undefined);
  if (toggled && !toggled.open) await askTab(tab.id, { type: 'sidebar.toggle' }).catch(() => undefined);
}

let taking: Promise<unknown> = Promise.resolve();

/**
 * The item a `showRelaisOnLinkedIn` asked this surface (and, in the page, this tab) to open, or null:
 * one taker at a time, so the request is taken once.
 */
export function takeItemToOpen(taker: OpenItemTaker): Promise<string | null> {
  const take = taking.then(async () => {
    const { itemKey, remove } = takeOpenItemRequest(await openItemRequestItem.getValue(), taker, Date.now());
    if (remove) await openItemRequestItem.removeValue();
    return itemKey;
  });
  taking = take.catch(() => undefined);
  return take;
}

/** The keyboard shortcut (Alt+Shift+R by default) and the toolbar button. */
export function registerCommands() {
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab));
  // Headless Chromium never delivers extension shortcuts, so the e2e tests drive
  // this same handler through the worker's global scope, in the e2e build only.
  if (import.meta.env.WXT_E2E_HOOKS === 'true') exposeToE2e('relaisCommands', { run: runCommand, clickAction });
  browser.action.onClicked.addListener((tab) => void clickAction(tab));
  // The raw settings, no zod: only `display` matters here, and a user gesture waits for nothing.
  void settingsItem.getValue().then((stored) => applyDisplay(displayFrom(stored)));
  settingsItem.watch((stored) => void applyDisplay(displayFrom(stored)));
}

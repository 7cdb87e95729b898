import { browser, type Browser } from 'wxt/browser';
import { LINKEDIN_ORIGIN } from '@/lib/messages/trust';
import { askTab } from '@/lib/messages/client';

const isLinkedInTab = (tab: Browser.tabs.Tab | undefined): tab is Browser.tabs.Tab & { id: number } =>
  tab?.id !== undefined && tab.url !== undefined && tab.url.startsWith(`${LINKEDIN_ORIGIN}/`);

export async function toggleSidebarIn(tab: Browser.tabs.Tab | undefined): Promise<boolean> {
  if (!isLinkedInTab(tab)) return false;
  await askTab(tab.id, { type: 'sidebar.toggle' });
  return true;
}

export async function runCommand(command: string, tab?: Browser.tabs.Tab) {
  if (command !== 'toggle-sidebar') return;
  const target = tab ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  await toggleSidebarIn(target).catch(() => undefined);
}

/** The keyboard shortcut (Alt+Shift+R by default) and the toolbar button. */
export function registerCommands() {
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab));
  // Headless Chromium never delivers extension shortcuts, so the e2e tests drive
  // this same handler through the worker's global scope (pages cannot reach it).
  (globalThis as { relaisCommands?: { run: typeof runCommand } }).relaisCommands = { run: runCommand };
  browser.action.onClicked.addListener(async (tab) => {
    const toggled = await toggleSidebarIn(tab).catch(() => false);
    if (!toggled) await browser.runtime.openOptionsPage();
  });
}

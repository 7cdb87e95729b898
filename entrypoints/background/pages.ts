import { browser } from 'wxt/browser';
import type { RequestOf } from '@/lib/protocol/protocol';

export type ExtensionPage = RequestOf<'page.open'>['page'];

const PAGES = {
  options: '/options.html',
  insights: '/insights.html',
  studio: '/studio.html',
} as const satisfies Record<ExtensionPage, string>;

/** Opens one of Relais's own pages in a new tab. */
export async function openExtensionPage(page: ExtensionPage): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(PAGES[page]) });
}

/**
 * "Open this item in Relais" from another Relais page (a "Share next" click in
 * My shares), as a one-shot request: the worker stores it (lib/storage,
 * `openItemRequest`) naming the surface and, for the in-page sidebar, the tab it
 * brought up; the Relais app there takes it once through the worker and shows the
 * item. Any other surface (another LinkedIn tab, the practice page, the side panel
 * while the display is in the page) leaves it alone, so an item opened in one
 * place is never forced open in another. Pure: the worker does the tabs and storage.
 */
import { z } from 'zod';
import type { Display } from './display-setting';
import { pickLinkedInTab, type TabLike } from './linkedin-tab';
import { LINKEDIN_ORIGIN } from '../protocol/trust';

/** A request nobody took within this time is stale: a later opening does not jump to an old click. */
export const OPEN_ITEM_REQUEST_TTL_MS = 2 * 60_000;

export const LINKEDIN_FEED_URL = `${LINKEDIN_ORIGIN}/feed/`;

const openItemRequestSchema = z.object({
  itemKey: z.string().min(1).max(2048),
  surface: z.enum(['in-page', 'side-panel']),
  /** The LinkedIn tab whose in-page sidebar is to show the item; absent for the side panel. */
  tabId: z.number().int().optional(),
  at: z.number(),
});

export type OpenItemRequest = z.infer<typeof openItemRequestSchema>;

/** Who asks to take the request: the app's surface and, for the in-page sidebar, its tab (the worker's `sender.tab`). */
export interface OpenItemTaker {
  surface: Display;
  tabId?: number;
}

export function openItemRequest(itemKey: string, surface: Display, tabId: number | undefined, now: number) {
  return openItemRequestSchema.parse({ itemKey, surface, tabId: surface === 'in-page' ? tabId : undefined, at: now });
}

/**
 * What a taker gets from the stored request: the item to open (or null), and
 * whether the stored value goes (taken, stale or unreadable) or stays (meant for
 * another surface or tab).
 */
export function takeOpenItemRequest(
  stored: unknown,
  taker: OpenItemTaker,
  now: number,
): { itemKey: string | null; remove: boolean } {
  if (stored === null || stored === undefined) return { itemKey: null, remove: false };
  const parsed = openItemRequestSchema.safeParse(stored);
  if (!parsed.success) return { itemKey: null, remove: true };
  const request = parsed.data;
  if (now - request.at > OPEN_ITEM_REQUEST_TTL_MS || request.at - now > OPEN_ITEM_REQUEST_TTL_MS) {
    return { itemKey: null, remove: true };
  }
  if (request.surface !== taker.surface) return { itemKey: null, remove: false };
  if (request.surface === 'in-page' && (taker.tabId === undefined || request.tabId !== taker.tabId)) {
    return { itemKey: null, remove: false };
  }
  return { itemKey: request.itemKey, remove: true };
}

/** Where the worker shows Relais on LinkedIn: the LinkedIn tab in view or used last, or a new feed page. */
export type LinkedInTabPlan<T extends TabLike> =
  { kind: 'existing'; tab: T & { id: number } } | { kind: 'new'; url: string };

export function planLinkedInTab<T extends TabLike>(tabs: readonly T[]): LinkedInTabPlan<T> {
  const tab = pickLinkedInTab(tabs);
  return tab ? { kind: 'existing', tab } : { kind: 'new', url: LINKEDIN_FEED_URL };
}

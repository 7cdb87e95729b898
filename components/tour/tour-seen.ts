import { browser } from 'wxt/browser';

/** storage.local key: the tour was shown once, so the practice page does not open it again by itself. */
export const TOUR_SEEN_KEY = 'tourSeen';

export async function wasTourSeen(): Promise<boolean> {
  return (await browser.storage.local.get(TOUR_SEEN_KEY))[TOUR_SEEN_KEY] === true;
}

export async function markTourSeen(): Promise<void> {
  await browser.storage.local.set({ [TOUR_SEEN_KEY]: true });
}

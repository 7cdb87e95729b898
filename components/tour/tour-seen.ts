import { tourSeenItem } from '@/lib/storage/items';
import { STORAGE_KEYS } from '@/lib/storage/keys';

/** storage.local key: the tour was shown once, so the practice page does not open it again by itself. */
export const TOUR_SEEN_KEY = STORAGE_KEYS.tourSeen;

export async function wasTourSeen(): Promise<boolean> {
  return (await tourSeenItem.getValue()) === true;
}

export async function markTourSeen(): Promise<void> {
  await tourSeenItem.setValue(true);
}

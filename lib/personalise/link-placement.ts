import type { z } from 'zod';
import { linkPlacementSchema } from '../db/records';

/**
 * Where the item's link goes. Every colleague sharing an item gets the same
 * link: inside the post it sits within the first 210 characters ("see more")
 * of every short post and makes them look alike (issue #16, docs/make-it-yours.md).
 * In a first comment it leaves the opening to the employee's words, as
 * LinkedIn's own advice goes, and the post still reads whole.
 */
export type LinkPlacement = z.infer<typeof linkPlacementSchema>;

export const LINK_PLACEMENTS: readonly LinkPlacement[] = linkPlacementSchema.options;

export const DEFAULT_LINK_PLACEMENT: LinkPlacement = 'first-comment';

/**
 * The link the employee still has to add as a first comment once the post is
 * out: the item's link when the inserted text does not already hold it
 * (whichever placement was chosen, a hand edit may have added or removed it).
 */
export function linkForFirstComment(insertedText: string, url: string | undefined): string | undefined {
  return url && !insertedText.includes(url) ? url : undefined;
}

import { expect, type Locator } from '@playwright/test';

/**
 * The tour's popover touches the outline (the arrow's gap at most) and overlaps
 * it along the other axis; the outline surrounds the element the step explains.
 * Asserted until it holds: the popover follows its element frame by frame.
 */
export async function expectTourStepNextTo(outline: Locator, tour: Locator, element: Locator) {
  await expect
    .poll(async () => {
      const [pop, ring, target] = await Promise.all([tour, outline, element].map((l) => l.boundingBox()));
      if (!pop || !ring || !target) return 'missing';
      const encloses =
        ring.x <= target.x + 1 &&
        ring.y <= target.y + 1 &&
        ring.x + ring.width >= target.x + target.width - 1 &&
        ring.y + ring.height >= target.y + target.height - 1;
      if (!encloses) return 'the outline is not around the element';
      const gapY = Math.max(ring.y - (pop.y + pop.height), pop.y - (ring.y + ring.height));
      const gapX = Math.max(ring.x - (pop.x + pop.width), pop.x - (ring.x + ring.width));
      const overlapX = Math.min(pop.x + pop.width, ring.x + ring.width) - Math.max(pop.x, ring.x);
      const overlapY = Math.min(pop.y + pop.height, ring.y + ring.height) - Math.max(pop.y, ring.y);
      const beside = (gapY >= 0 && gapY <= 24 && overlapX > 0) || (gapX >= 0 && gapX <= 24 && overlapY > 0);
      return beside ? 'next to it' : `not next to it: popover ${JSON.stringify(pop)}, outline ${JSON.stringify(ring)}`;
    })
    .toBe('next to it');
}

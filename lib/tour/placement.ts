/**
 * Where a tour popover goes next to the element it explains: below it when it
 * fits, else above, else beside it, else over the bottom of the viewport (an
 * element taller than the screen). Pure geometry, so it can be tested without
 * a browser.
 */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export type Side = 'below' | 'above' | 'right' | 'left' | 'over';

export interface Placement {
  top: number;
  left: number;
  side: Side;
  /** Where the arrow points, along the popover's edge that faces the element (px from its start). */
  arrow: number;
}

/** Space between the element's outline and the popover, room for the arrow. */
export const TOUR_GAP = 12;
const MARGIN = 8;
const ARROW_INSET = 16;

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

export function placePopover(
  anchor: Box,
  popover: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const bottom = anchor.top + anchor.height;
  const right = anchor.left + anchor.width;
  const centreX = anchor.left + anchor.width / 2;
  const centreY = anchor.top + anchor.height / 2;
  const horizontal = clamp(centreX - popover.width / 2, MARGIN, viewport.width - popover.width - MARGIN);
  const vertical = clamp(centreY - popover.height / 2, MARGIN, viewport.height - popover.height - MARGIN);
  const arrowX = clamp(centreX - horizontal, ARROW_INSET, popover.width - ARROW_INSET);
  const arrowY = clamp(centreY - vertical, ARROW_INSET, popover.height - ARROW_INSET);
  const needed = (size: number) => size + TOUR_GAP + MARGIN;

  if (viewport.height - bottom >= needed(popover.height))
    return { side: 'below', top: bottom + TOUR_GAP, left: horizontal, arrow: arrowX };
  if (anchor.top >= needed(popover.height))
    return { side: 'above', top: anchor.top - TOUR_GAP - popover.height, left: horizontal, arrow: arrowX };
  if (viewport.width - right >= needed(popover.width))
    return { side: 'right', top: vertical, left: right + TOUR_GAP, arrow: arrowY };
  if (anchor.left >= needed(popover.width))
    return { side: 'left', top: vertical, left: anchor.left - TOUR_GAP - popover.width, arrow: arrowY };
  return {
    side: 'over',
    top: viewport.height - popover.height - MARGIN,
    left: horizontal,
    arrow: arrowX,
  };
}

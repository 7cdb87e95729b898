import { describe, expect, it } from 'vitest';
import { placePopover, TOUR_GAP } from './placement';

const viewport = { width: 400, height: 800 };
const popover = { width: 300, height: 200 };

describe('tour popover placement', () => {
  it('goes below the element when there is room, arrow under the element’s centre', () => {
    const placement = placePopover({ top: 100, left: 20, width: 100, height: 40 }, popover, viewport);
    expect(placement.side).toBe('below');
    expect(placement.top).toBe(140 + TOUR_GAP);
    expect(placement.left).toBe(8);
    expect(placement.left + placement.arrow).toBe(70);
  });

  it('goes above an element near the bottom', () => {
    const placement = placePopover({ top: 700, left: 50, width: 300, height: 40 }, popover, viewport);
    expect(placement).toMatchObject({ side: 'above', top: 700 - TOUR_GAP - 200 });
  });

  it('goes beside a tall element when the viewport is wide enough', () => {
    const wide = { width: 1280, height: 800 };
    const placement = placePopover({ top: 40, left: 40, width: 600, height: 720 }, popover, wide);
    expect(placement).toMatchObject({ side: 'right', left: 640 + TOUR_GAP });
    const onTheRight = placePopover({ top: 40, left: 700, width: 560, height: 720 }, popover, wide);
    expect(onTheRight).toMatchObject({ side: 'left', left: 700 - TOUR_GAP - 300 });
  });

  it('stays inside the viewport when nothing fits, over the bottom', () => {
    const placement = placePopover({ top: 0, left: 0, width: 400, height: 800 }, popover, viewport);
    expect(placement.side).toBe('over');
    expect(placement.top + popover.height).toBeLessThanOrEqual(viewport.height);
    expect(placement.left).toBeGreaterThanOrEqual(0);
    expect(placement.left + popover.width).toBeLessThanOrEqual(viewport.width);
  });

  it('keeps the arrow on the popover even for an element at the edge', () => {
    const placement = placePopover({ top: 100, left: 380, width: 20, height: 20 }, popover, viewport);
    expect(placement.arrow).toBeLessThanOrEqual(popover.width - 16);
    expect(placement.arrow).toBeGreaterThanOrEqual(16);
  });
});

import { describe, expect, it } from 'vitest';
import { rowOffsets, rowsInView } from './row-offsets';

describe('a windowed list’s rows of different heights', () => {
  const heights = [100, 150, 80, 120, 100];
  const offsets = rowOffsets(heights.length, (index) => heights[index]!);

  it('start where the rows above end, and the list is as tall as all of them', () => {
    expect([...offsets]).toEqual([0, 100, 250, 330, 450, 550]);
  });

  it('shows the rows a scroll position covers, with the margin on each side', () => {
    expect(rowsInView(offsets, 0, 200, 0)).toEqual({ first: 0, last: 2 });
    // 260–360: the third row (250–330) and the fourth (330–450).
    expect(rowsInView(offsets, 260, 100, 0)).toEqual({ first: 2, last: 4 });
    expect(rowsInView(offsets, 260, 100, 1)).toEqual({ first: 1, last: 5 });
    // A row ending exactly at the top is out of view.
    expect(rowsInView(offsets, 250, 10, 0)).toEqual({ first: 2, last: 3 });
  });

  it('stays within the list past its end, and an empty list shows nothing', () => {
    expect(rowsInView(offsets, 10_000, 500, 2)).toEqual({ first: 2, last: 5 });
    expect(
      rowsInView(
        rowOffsets(0, () => 100),
        0,
        500,
        6,
      ),
    ).toEqual({ first: 0, last: 0 });
  });
});

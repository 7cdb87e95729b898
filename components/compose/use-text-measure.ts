import { useMemo } from 'react';
import { estimateTextWidth, LINKEDIN_POST_CSS_FONT, type TextMeasure } from '@/lib/compose';

const cache = new Map<string, number>();

/**
 * Widths in LinkedIn's post font, measured by the browser (a canvas's
 * measureText, cached per word). Without a 2D canvas (some test
 * environments) the fold rule's own estimate is used.
 */
function createCanvasMeasure(): TextMeasure {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimateTextWidth;
  context.font = LINKEDIN_POST_CSS_FONT;
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context.measureText(text).width;
      if (cache.size > 5000) cache.clear();
      cache.set(text, width);
    }
    return width;
  };
}

let shared: TextMeasure | undefined;

export function useTextMeasure(): TextMeasure {
  return useMemo(() => (shared ??= createCanvasMeasure()), []);
}

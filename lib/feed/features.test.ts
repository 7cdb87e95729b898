import { describe, expect, it } from 'vitest';
import { effectiveFeatures } from './features';

describe('effectiveFeatures', () => {
  it('turns everything on when no feed says anything, or when there is no feed', () => {
    expect(effectiveFeatures([])).toEqual({ composer_insert: true, post_detection: true, in_page_sidebar: true });
    expect(effectiveFeatures([{ features: {} }, undefined])).toEqual({
      composer_insert: true,
      post_detection: true,
      in_page_sidebar: true,
    });
  });

  it('turns a feature off when any one feed turns it off', () => {
    expect(
      effectiveFeatures([
        { features: { composer_insert: true } },
        { features: { composer_insert: false, in_page_sidebar: true } },
      ]),
    ).toEqual({ composer_insert: false, post_detection: true, in_page_sidebar: true });
  });
});

/** Which features are on, across every feed the employee follows. */
import type { FeatureSwitches } from './schema';
import type { FeedSnapshot } from './library-item';

export type EffectiveFeatures = Required<{ [K in keyof FeatureSwitches]: boolean }>;

/** A feature is on unless a feed turns it off: a kill switch must win over the feeds that say nothing. */
export function effectiveFeatures(
  snapshots: ReadonlyArray<Pick<FeedSnapshot, 'features'> | undefined>,
): EffectiveFeatures {
  const isOff = (key: keyof FeatureSwitches) => snapshots.some((snapshot) => snapshot?.features[key] === false);
  return {
    composer_insert: !isOff('composer_insert'),
    post_detection: !isOff('post_detection'),
    in_page_sidebar: !isOff('in_page_sidebar'),
  };
}

import { describe, expect, it } from 'vitest';
import { shareInputSchema } from '../protocol/protocol';
import { buildPracticeShare, FREE_PRACTICE_ITEM, type ShareContext } from './practice-share';

describe('buildPracticeShare', () => {
  const context: ShareContext = {
    itemKey: 'relais:demo-feed#solar',
    itemId: 'solar',
    feedUrl: 'relais:demo-feed',
    title: 'Solar farm',
    channel: 'news',
    category: 'product',
    ownWords: 0.72,
    findings: [],
  };

  it('records the inserted item with its measured own words, as practice', () => {
    const share = buildPracticeShare('My take on it\n', { at: 10, context }, 20);
    expect(share).toMatchObject({
      itemKey: context.itemKey,
      ownWords: 0.72,
      insertedAt: 10,
      postedAt: 20,
      text: 'My take on it',
      via: 'practice',
    });
    expect(shareInputSchema.safeParse(share).success).toBe(true);
  });

  it('records free typing as a free practice share in the trainee’s own words', () => {
    const share = buildPracticeShare('Hello everyone\nsecond line', undefined, 5);
    expect(share).toMatchObject({ itemKey: FREE_PRACTICE_ITEM, title: 'Hello everyone', ownWords: 1, via: 'practice' });
    expect(shareInputSchema.safeParse(share).success).toBe(true);
  });

  it('never claims own words for an insertion it could not measure', () => {
    expect(buildPracticeShare('Inserted text', { at: 1 }, 2).ownWords).toBe(0);
  });
});

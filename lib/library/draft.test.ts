import { describe, expect, it } from 'vitest';
import { composerInsertAllowed, manualShare } from './draft';
import { testItem } from '../../tests/helpers/library-items';

describe('drafting helpers', () => {
  it('inserts unless the feed turned the composer insertion off', () => {
    expect(composerInsertAllowed({ features: {} })).toBe(true);
    expect(composerInsertAllowed({ features: { composer_insert: true } })).toBe(true);
    expect(composerInsertAllowed({ features: { composer_insert: false } })).toBe(false);
    expect(composerInsertAllowed(undefined)).toBe(true);
  });

  it('records a manual share with the measures given, or 0 own words when nothing was measured', () => {
    const item = testItem({ id: '7', title: 'Launch', channel: 'corporate', category: 'product', language: 'fr' });
    expect(manualShare(item, 'My words', 1000)).toMatchObject({
      itemKey: item.key,
      itemId: '7',
      title: 'Launch',
      channel: 'corporate',
      category: 'product',
      language: 'fr',
      postedAt: 1000,
      ownWords: 0,
      findings: [],
      text: 'My words',
      via: 'manual',
      withImage: false,
    });
    expect(manualShare(item, 'x', 1, { ownWords: 0.72, insertedAt: 900 })).toMatchObject({
      ownWords: 0.72,
      insertedAt: 900,
    });
    expect(manualShare(item, 'x', 1, { withImage: true })).toMatchObject({ withImage: true });
  });
});

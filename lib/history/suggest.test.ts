import { describe, expect, it } from 'vitest';
import { aShare, freshDb, utc } from '../../tests/helpers/history';
import { anItem } from '../../tests/helpers/library-items';
import { describeSuggestion } from './describe';
import { recordShares } from './shares';
import { suggestNext, suggestionsStatus } from './suggest';

const DAY = 86_400_000;
const now = utc(2026, 3, 15);
const target = { product: 50, culture: 50 };

const library = [
  anItem({ id: 'c-shared', category: 'culture', publishedAt: now - 5 * DAY }),
  anItem({ id: 'c-old-shared', category: 'culture', publishedAt: now - 300 * DAY }),
  anItem({ id: 'c-new', category: 'culture', publishedAt: now - DAY }),
  anItem({ id: 'c-pinned', category: 'culture', pinned: true, publishedAt: now - 30 * DAY }),
  anItem({
    id: 'c-campaign',
    category: 'culture',
    publishedAt: now - 20 * DAY,
    campaign: { start: now - DAY, end: now + 2 * DAY },
  }),
  anItem({
    id: 'c-campaign-late',
    category: 'culture',
    publishedAt: now - 10 * DAY,
    campaign: { start: now - DAY, end: now + 15 * DAY },
  }),
  anItem({ id: 'c-expired', category: 'culture', publishedAt: now, expiresAt: now - 1 }),
  anItem({ id: 'c-embargoed', category: 'culture', publishedAt: now, notBefore: now + DAY }),
  anItem({ id: 'p-fresh', category: 'product', publishedAt: now - 1000 }),
  anItem({ id: 'e-other', category: 'events', publishedAt: now - 40 * DAY }),
];

async function history() {
  const db = freshDb();
  await recordShares(db, [
    // Recent posts (last 90 days): 3 product, 1 culture → culture is under-represented.
    aShare({ itemId: 'p1', category: 'product', postedAt: now - 10 * DAY }),
    aShare({ itemId: 'p2', category: 'product', postedAt: now - 20 * DAY }),
    aShare({ itemId: 'p3', category: 'product', postedAt: now - 30 * DAY }),
    aShare({ itemId: 'c-shared', category: 'culture', postedAt: now - 2 * DAY }),
    // Older culture posts are outside the window and do not make culture look over-represented.
    ...[1, 2, 3, 4, 5].map((n) =>
      aShare({ itemId: n === 1 ? 'c-old-shared' : `old-${n}`, category: 'culture', postedAt: now - (200 + n) * DAY }),
    ),
  ]);
  return db;
}

describe('suggestNext', () => {
  it('puts the most under-represented category first, then pinned, campaign ending soon, newest', async () => {
    const db = await history();
    const suggestions = await suggestNext(db, library, target, { now, limit: 10 });
    expect(suggestions.map((s) => [s.item.id, s.gap, s.reasons])).toEqual([
      ['c-pinned', 0.25, ['under-represented', 'pinned']],
      ['c-campaign', 0.25, ['under-represented', 'campaign-ending']],
      ['c-campaign-late', 0.25, ['under-represented']],
      ['c-new', 0.25, ['under-represented', 'new']],
      ['e-other', 0, []],
      ['p-fresh', -0.25, ['new']],
    ]);
  });

  it('never suggests something already shared, expired or still under embargo', async () => {
    const db = await history();
    const ids = (await suggestNext(db, library, target, { now, limit: 100 })).map((s) => s.item.id);
    expect(ids).not.toContain('c-shared');
    expect(ids).not.toContain('c-old-shared');
    expect(ids).not.toContain('c-expired');
    expect(ids).not.toContain('c-embargoed');
  });

  it('returns three suggestions by default', async () => {
    const db = await history();
    expect((await suggestNext(db, library, target, { now })).map((s) => s.item.id)).toEqual([
      'c-pinned',
      'c-campaign',
      'c-campaign-late',
    ]);
  });

  it('measures the mix over the window asked for', async () => {
    const db = await history();
    // Over the last 300 days culture (6 of 9) is over-represented, so product comes first.
    const [first] = await suggestNext(db, library, target, { now, from: now - 300 * DAY });
    expect(first?.item.id).toBe('p-fresh');
  });

  it('explains itself in English and French', async () => {
    const db = await history();
    const [pinned, campaign] = await suggestNext(db, library, target, { now });
    const label = (category: string) => ({ culture: 'Culture', product: 'Produit' })[category] ?? category;
    expect(describeSuggestion(pinned!, 'en', now, label)).toEqual([
      'You have shared less “Culture” than your team aims for.',
      'Highlighted by your comms team.',
    ]);
    expect(describeSuggestion(campaign!, 'fr', now, label)).toEqual([
      'La catégorie « Culture » est moins présente dans vos partages que ne le souhaite votre équipe.',
      'La campagne se termine après-demain.',
    ]);
  });

  it('offers one version of a story told in two languages, the UI’s first, and none once shared in either', async () => {
    const db = freshDb();
    const stories = [
      anItem({ id: 'launch-fr', language: 'fr', publishedAt: now - DAY }),
      anItem({ id: 'launch-en', language: 'en', publishedAt: now - DAY }),
      anItem({ id: 'barometer-fr', language: 'fr', publishedAt: now - 2 * DAY }),
      anItem({ id: 'team-day-en', language: 'en-GB', publishedAt: now - 3 * DAY }),
      anItem({ id: 'shared-fr', language: 'fr', publishedAt: now - 4 * DAY }),
      anItem({ id: 'shared-en', language: 'en', publishedAt: now - 4 * DAY }),
    ];
    await recordShares(db, [aShare({ itemId: 'shared-fr', postedAt: now - DAY })]);
    const inEnglish = await suggestNext(db, stories, undefined, { now, limit: 10, language: 'en' });
    expect(inEnglish.map((s) => s.item.id)).toEqual(['launch-en', 'team-day-en', 'barometer-fr']);
    const inFrench = await suggestNext(db, stories, undefined, { now, limit: 10, language: 'fr' });
    expect(inFrench.map((s) => s.item.id)).toEqual(['launch-fr', 'barometer-fr', 'team-day-en']);
  });

  it('with nothing shared yet, still offers the library’s items (in the UI’s language) as first picks', async () => {
    const items = [
      anItem({ id: 'launch-fr', language: 'fr', category: 'product', publishedAt: now - DAY }),
      anItem({ id: 'launch-en', language: 'en', category: 'product', publishedAt: now - DAY }),
      anItem({ id: 'only-fr', language: 'fr', category: 'culture', publishedAt: now - DAY }),
      anItem({ id: 'team-en', language: 'en', category: 'culture', publishedAt: now - 2 * DAY }),
    ];
    const suggestions = await suggestNext(freshDb(), items, target, { now, language: 'en' });
    expect(suggestions.map((s) => s.item.id)).toEqual(['launch-en', 'team-en', 'only-fr']);
    expect(suggestionsStatus({ suggestions: suggestions.length, shareable: items.length, hasShares: false })).toBe(
      'start',
    );
    // Nothing shared: "you have shared less Product than your team aims for" would explain nothing.
    expect(suggestions.flatMap((s) => s.reasons)).not.toContain('under-represented');
  });
});

describe('suggestionsStatus', () => {
  it('never says everything is shared when nothing is', () => {
    expect(suggestionsStatus({ suggestions: 3, shareable: 10, hasShares: true })).toBe('next');
    expect(suggestionsStatus({ suggestions: 3, shareable: 10, hasShares: false })).toBe('start');
    expect(suggestionsStatus({ suggestions: 0, shareable: 10, hasShares: true })).toBe('all-shared');
    expect(suggestionsStatus({ suggestions: 0, shareable: 0, hasShares: true })).toBe('nothing-shareable');
    expect(suggestionsStatus({ suggestions: 0, shareable: 0, hasShares: false })).toBe('nothing-shareable');
  });
});

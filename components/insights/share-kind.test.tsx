import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { EditorialMix, StoredShare } from '@/lib/history';
import { messagesOf } from '@/lib/i18n/catalog';
import { createTranslator, type Locale } from '@/lib/i18n/messages';
import { EditorialMixChart } from './EditorialMixChart';
import { HistoryEntry } from './HistoryEntry';

const share = (over: Partial<StoredShare>): StoredShare => ({
  id: 1,
  itemKey: 'feed#a',
  itemId: 'a',
  feedUrl: 'https://example.com/feed.json',
  title: 'Our new plant',
  channel: 'linkedin',
  category: 'news',
  postedAt: Date.UTC(2026, 10, 3, 9),
  ownWords: 0.5,
  findings: [],
  text: 'Proud of the team.',
  via: 'manual',
  kind: 'post',
  withImage: false,
  ...over,
});

const textOf = (html: string) => html.replace(/<[^>]+>/g, '');

function entryText(locale: Locale, over: Partial<StoredShare>) {
  const t = createTranslator(messagesOf('insights'), locale);
  return textOf(
    renderToStaticMarkup(<HistoryEntry share={share(over)} locale={locale} t={t} onDelete={() => Promise.resolve()} />),
  );
}

describe('My shares says how each share went out', () => {
  it('names each kind in English, with the image when it went along', () => {
    expect(entryText('en', { kind: 'post' })).toContain(' · Post · ');
    expect(entryText('en', { kind: 'post', withImage: true })).toContain(' · Post with image · ');
    expect(entryText('en', { kind: 'repost' })).toContain(' · Repost with your thoughts · ');
    expect(entryText('en', { kind: 'comment' })).toContain(' · Comment · ');
  });

  it('names each kind in French', () => {
    expect(entryText('fr', { kind: 'post', withImage: true })).toContain(' · Post avec image · ');
    expect(entryText('fr', { kind: 'repost' })).toContain(' · Republication avec votre avis · ');
    expect(entryText('fr', { kind: 'comment' })).toContain(' · Commentaire · ');
  });

  it('counts the kinds used in the editorial mix in words, with plurals and French spacing before the colon', () => {
    const mix: EditorialMix = {
      total: 3,
      kinds: { post: 2, repost: 0, comment: 1 },
      hasTarget: false,
      entries: [{ category: 'news', count: 3, fraction: 1, targetFraction: 0, gap: -1 }],
    };
    const chart = (locale: Locale) =>
      textOf(
        renderToStaticMarkup(
          <EditorialMixChart
            mix={mix}
            locale={locale}
            t={createTranslator(messagesOf('insights'), locale)}
            categoryLabel={(id) => id}
          />,
        ),
      );
    expect(chart('en')).toContain('How you relayed: 2 posts · 1 comment.');
    expect(chart('en')).not.toContain('Repost');
    expect(chart('fr')).toContain('Comment vous avez relayé\u00a0: 2 posts · 1 commentaire.');
  });
});

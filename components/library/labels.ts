/** Display names for channels, categories and languages, in the UI language. */
import { NEWS_WATCH_CHANNEL } from '@/lib/feed/channels';
import type { FeedRecord } from '@/lib/db/records';
import type { Locale, Translator } from '@/lib/i18n/messages';
import { localize } from '@/lib/i18n/localized-text';
import type { EnglishOf } from '@/lib/i18n/catalog';

type LibraryT = Translator<keyof EnglishOf<'library'>>;

const KNOWN_CATEGORIES = {
  industry: 'categoryIndustry',
  product: 'categoryProduct',
  culture: 'categoryCulture',
} as const;

export interface Labels {
  channel(id: string, feedUrl?: string): string;
  category(id: string): string;
  language(code: string | undefined): string;
}

export function createLabels(feeds: readonly FeedRecord[], t: LibraryT, locale: Locale): Labels {
  const displayNames = new Intl.DisplayNames(locale, { type: 'language' });
  const channelIn = (feed: FeedRecord | undefined, id: string) =>
    feed?.snapshot?.channels.find((channel) => channel.id === id);
  return {
    channel(id, feedUrl) {
      const own = channelIn(
        feeds.find((feed) => feed.url === feedUrl),
        id,
      );
      const channel = own ?? feeds.map((feed) => channelIn(feed, id)).find((found) => found !== undefined);
      if (channel) return localize(channel.label, locale);
      return id === NEWS_WATCH_CHANNEL ? t('channelNewsWatch') : id;
    },
    category(id) {
      const known = KNOWN_CATEGORIES[id as keyof typeof KNOWN_CATEGORIES];
      return known ? t(known) : id;
    },
    language(code) {
      if (!code) return t('languageUnknown');
      try {
        const name = displayNames.of(code) ?? code;
        return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
      } catch {
        return code;
      }
    },
  };
}

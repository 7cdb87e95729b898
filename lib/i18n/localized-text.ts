import type { LocalizedText } from '../feed/schema';
import type { Locale } from './messages';

/** Picks the user's language from a feed text written once or per language, falling back sensibly. */
export function localize(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const byBase = new Map(Object.entries(text).map(([tag, value]) => [tag.toLowerCase().split(/[-_]/)[0], value]));
  return byBase.get(locale) ?? byBase.get('en') ?? Object.values(text)[0] ?? '';
}

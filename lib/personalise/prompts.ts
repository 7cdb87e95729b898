import type { LibraryItem } from '../feed/library-item';
import type { Charter } from '../feed/schema';
import { localize } from '../i18n/localized-text';
import { createTranslator, type Locale } from '../i18n/messages';
import { messagesOf } from '../i18n/catalog';

/** More questions than this and employees skip them all. */
export const MAX_PROMPTS = 3;

type BuiltInCategory = 'product' | 'culture' | 'industry' | 'hiring' | 'event' | 'general';
const BUILT_IN_CATEGORIES: readonly string[] = ['product', 'culture', 'industry', 'hiring', 'event'];

function builtInPrompts(category: string, locale: Locale): string[] {
  const t = createTranslator(messagesOf('personalise'), locale);
  const known = (BUILT_IN_CATEGORIES.includes(category) ? category : 'general') as BuiltInCategory;
  return [t(`${known}Prompt1`), t(`${known}Prompt2`), t(`${known}Prompt3`)];
}

function firstFew(prompts: readonly string[]): string[] {
  const cleaned = [...new Set(prompts.map((prompt) => prompt.trim()).filter((prompt) => prompt !== ''))];
  return cleaned.slice(0, MAX_PROMPTS);
}

/** A comment's own short questions: what the employee adds under the company's post. */
export function commentPrompts(locale: Locale): string[] {
  const t = createTranslator(messagesOf('personalise'), locale);
  return [t('commentPrompt1'), t('commentPrompt2')];
}

/**
 * The personalisation questions for an item, 1 to 3: the item's own prompts
 * (written in the item's language), else the charter's `default_prompts` for
 * the item's category, else its `"*"` entry, else built-in questions for the
 * category in the user's language.
 */
export function resolvePrompts(
  item: Pick<LibraryItem, 'prompts' | 'category'>,
  charter: Charter | undefined,
  locale: Locale,
): string[] {
  const own = firstFew(item.prompts);
  if (own.length > 0) return own;
  const defaults = charter?.default_prompts;
  for (const key of [item.category, '*']) {
    const fromCharter = firstFew((defaults?.[key] ?? []).map((prompt) => localize(prompt, locale)));
    if (fromCharter.length > 0) return fromCharter;
  }
  return builtInPrompts(item.category, locale);
}

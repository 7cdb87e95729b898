import { extractHashtags, extractMentions } from '../compose/tags';
import { findUrls } from '../compose/urls';
import type { Charter } from '../feed/schema';
import { createTranslator, type Locale, type Translator } from '../i18n/messages';
import type { OriginalityMeasure } from '../originality/measure';
import { compileCharter } from './compile';
import { sortFindings, type CharterFinding } from './findings';
import { prepareDraft } from './phrase-matcher';
import { brandSpellings } from './rules/brand-spellings';
import { requiredDisclosure } from './rules/disclosure';
import { tooFewHashtags, tooManyHashtags } from './rules/hashtags';
import { tooLong } from './rules/length';
import { forbiddenMentions } from './rules/mentions';
import { copiedOpening, ownWordsShare } from './rules/originality';
import { bannedPhrases, confidentialPhrases } from './rules/phrases';
import type { CharterMessageKey, Rule } from './rules/rule-input';
import { messagesOf } from '../i18n/catalog';

export interface LintContext {
  locale: Locale;
  /** `measureOriginality` of the same draft: enables the own-words and opening checks. */
  originality?: OriginalityMeasure;
  /** The item's hashtags, offered as the fix when the charter asks for more. */
  suggestedHashtags?: readonly string[];
}

const RULES: Rule[] = [
  confidentialPhrases,
  bannedPhrases,
  forbiddenMentions,
  requiredDisclosure,
  tooLong,
  brandSpellings,
  tooManyHashtags,
  tooFewHashtags,
  ownWordsShare,
  copiedOpening,
];

const translators = new Map<Locale, Translator<CharterMessageKey>>();

function translatorFor(locale: Locale): Translator<CharterMessageKey> {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator(messagesOf('charter'), locale);
    translators.set(locale, t);
  }
  return t;
}

/**
 * Checks a draft against the company charter (when the feed has one) and
 * LinkedIn's limits. Fast enough for every keystroke: the charter's patterns are
 * compiled once per charter object. Findings come sorted, errors first.
 */
export function lintDraft(draft: string, charter: Charter | undefined, context: LintContext): CharterFinding[] {
  const input = {
    draft: prepareDraft(draft),
    charter,
    compiled: charter ? compileCharter(charter) : undefined,
    locale: context.locale,
    t: translatorFor(context.locale),
    urls: findUrls(draft),
    hashtags: extractHashtags(draft),
    mentions: extractMentions(draft),
    originality: context.originality,
    suggestedHashtags: context.suggestedHashtags ?? [],
  };
  return sortFindings(RULES.flatMap((rule) => rule(input)));
}

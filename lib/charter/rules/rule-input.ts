import type { TextRange } from '../../compose/urls';
import type { TextTag } from '../../compose/tags';
import type { Charter } from '../../feed/schema';
import type { Locale, Translator } from '../../i18n/messages';
import type { OriginalityMeasure } from '../../originality/measure';
import type { CompiledCharter } from '../compile';
import type { CharterFinding } from '../findings';
import type { DraftText } from '../phrase-matcher';
import type { EnglishOf } from '../../i18n/catalog';

export type CharterMessageKey = keyof EnglishOf<'charter'>;

/** Everything a rule needs, prepared once per lint. */
export interface RuleInput {
  draft: DraftText;
  charter?: Charter;
  compiled?: CompiledCharter;
  locale: Locale;
  t: Translator<CharterMessageKey>;
  urls: TextRange[];
  hashtags: TextTag[];
  mentions: TextTag[];
  originality?: OriginalityMeasure;
  suggestedHashtags: readonly string[];
}

export type Rule = (input: RuleInput) => CharterFinding[];

import { foldPreview, type FoldPreview } from './fold-preview';
import { countCharacters, LINKEDIN_MAX_LENGTH } from './length';
import { extractHashtags, extractMentions, type TextTag } from './tags';

/** Everything the composer panel shows about a draft, computed in one pass per keystroke. */
export interface ComposeFacts {
  length: number;
  maxLength: number;
  /** Characters left before the limit; negative when over. */
  remaining: number;
  hashtags: TextTag[];
  mentions: TextTag[];
  fold: Record<'desktop' | 'mobile', FoldPreview>;
}

export function composeFacts(text: string, maxLength: number = LINKEDIN_MAX_LENGTH): ComposeFacts {
  const length = countCharacters(text);
  return {
    length,
    maxLength,
    remaining: maxLength - length,
    hashtags: extractHashtags(text),
    mentions: extractMentions(text),
    fold: { desktop: foldPreview(text, 'desktop'), mobile: foldPreview(text, 'mobile') },
  };
}

export { composeFacts, type ComposeFacts } from './facts';
export { FOLD_RULES, foldPreview, type FoldDevice, type FoldPreview, type FoldRule } from './fold-preview';
export { estimateTextWidth, LINKEDIN_POST_CSS_FONT, LINKEDIN_POST_FONT, type TextMeasure } from './text-width';
export { countCharacters, LINKEDIN_MAX_LENGTH } from './length';
export { extractHashtags, extractMentions, missingHashtags, toHashtag, type TextTag } from './tags';
export { findUrls, overlapsAny, type TextRange } from './urls';

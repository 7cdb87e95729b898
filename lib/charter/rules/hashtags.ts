import { missingHashtags, type TextTag } from '../../compose/tags';
import { appendParagraph, type TextEdit } from '../text-edit';
import type { CharterFix } from '../findings';
import type { Rule, RuleInput } from './rule-input';

const HASHTAG_LINE = /(?:^|\n)[ \t]*#[^\n]*$/;

/** Extra tags go on the draft's last line when it is already a line of hashtags, else in a new paragraph. */
function appendTags(text: string, tags: string): TextEdit {
  return text === text.trimEnd() && HASHTAG_LINE.test(text)
    ? { kind: 'append', text: ` ${tags}` }
    : appendParagraph(text, tags);
}

function missingTagsFix({ draft, suggestedHashtags, t }: RuleInput, needed: number): CharterFix | undefined {
  const missing = missingHashtags(draft.text, suggestedHashtags, needed);
  if (missing.length === 0) return undefined;
  const tags = missing.join(' ');
  return { label: t('hashtagsFix', { tags }), edit: appendTags(draft.text, tags) };
}

/** LinkedIn links "#Lyon" and "#lyon" to one topic, so a repeated tag counts once (docs/feed.md: distinct, ignoring case). */
function distinctTags(tags: readonly TextTag[]): TextTag[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** charter.hashtags.max: too many tags read as spam. The finding points at the tags beyond the maximum. */
export const tooManyHashtags: Rule = ({ charter, hashtags, t }) => {
  const max = charter?.hashtags?.max;
  const distinct = distinctTags(hashtags);
  if (max === undefined || distinct.length <= max) return [];
  const extra = distinct.slice(max);
  return [
    {
      rule: 'hashtags-too-many',
      severity: 'warning',
      message: t.plural('hashtagsTooMany', distinct.length, { max }),
      reason: t('hashtagsTooManyReason'),
      start: extra[0]?.start,
      end: extra[extra.length - 1]?.end,
    },
  ];
};

/** charter.hashtags.min, with the item's own hashtags offered as the fix. Not on an empty draft: nothing to tag yet. */
export const tooFewHashtags: Rule = (input) => {
  const min = input.charter?.hashtags?.min;
  const count = distinctTags(input.hashtags).length;
  if (min === undefined || count >= min || input.draft.text.trim() === '') return [];
  return [
    {
      rule: 'hashtags-too-few',
      severity: 'warning',
      message: input.t.plural('hashtagsTooFew', min),
      fix: missingTagsFix(input, min - count),
    },
  ];
};

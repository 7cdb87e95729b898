import { missingHashtags } from '../../compose/tags';
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

/** charter.hashtags.max: too many tags read as spam. The finding points at the tags beyond the maximum. */
export const tooManyHashtags: Rule = ({ charter, hashtags, t }) => {
  const max = charter?.hashtags?.max;
  if (max === undefined || hashtags.length <= max) return [];
  const extra = hashtags.slice(max);
  return [
    {
      rule: 'hashtags-too-many',
      severity: 'warning',
      message: t.plural('hashtagsTooMany', hashtags.length, { max }),
      reason: t('hashtagsTooManyReason'),
      start: extra[0]?.start,
      end: extra[extra.length - 1]?.end,
    },
  ];
};

/** charter.hashtags.min: a tip, with the item's own hashtags offered as the fix. */
export const tooFewHashtags: Rule = (input) => {
  const min = input.charter?.hashtags?.min;
  if (min === undefined || input.hashtags.length >= min || input.draft.text.trim() === '') return [];
  return [
    {
      rule: 'hashtags-too-few',
      severity: 'tip',
      message: input.t.plural('hashtagsTooFew', min),
      fix: missingTagsFix(input, min - input.hashtags.length),
    },
  ];
};

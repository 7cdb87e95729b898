import { appendParagraph } from '../text-edit';
import type { Rule } from './rule-input';

/** The charter's disclosure (or one of its accepted alternatives) should appear; a style warning per docs/feed.md. The fix appends it. */
export const requiredDisclosure: Rule = ({ draft, charter, compiled, t }) => {
  const disclosure = charter?.disclosure;
  if (!disclosure || draft.text.trim() === '') return [];
  if (compiled?.disclosure.some((matcher) => matcher.find(draft).length > 0)) return [];
  return [
    {
      rule: 'disclosure-missing',
      severity: 'warning',
      message: t('disclosureMissing', { text: disclosure.text }),
      reason: t('disclosureReason'),
      fix: { label: t('disclosureFix', { text: disclosure.text }), edit: appendParagraph(draft.text, disclosure.text) },
    },
  ];
};

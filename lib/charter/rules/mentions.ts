import { overlapsAny } from '../../compose/urls';
import type { CharterFinding } from '../findings';
import type { Rule } from './rule-input';

/**
 * charter.forbidden_mentions: the name, whole words, written plainly or as an
 * "@mention" (docs/feed.md). Inside a link it is left alone: a web address is
 * not a mention and the employee may have to cite a source.
 */
export const forbiddenMentions: Rule = ({ draft, compiled, urls, mentions, t }) => {
  const mentionStarts = new Set(mentions.map((mention) => mention.start));
  const findings: CharterFinding[] = [];
  const seen = new Set<number>();
  for (const matcher of compiled?.forbiddenMentions ?? []) {
    for (const range of matcher.find(draft)) {
      if (overlapsAny(range, urls) || seen.has(range.start)) continue;
      seen.add(range.start);
      // The "@" belongs to the finding only in a real mention, not in "contact@globex.com".
      const start = mentionStarts.has(range.start - 1) ? range.start - 1 : range.start;
      findings.push({
        rule: 'forbidden-mention',
        severity: 'error',
        message: t('forbiddenMention', { mention: draft.text.slice(start, range.end) }),
        reason: t('forbiddenMentionReason'),
        start,
        end: range.end,
      });
    }
  }
  return findings;
};

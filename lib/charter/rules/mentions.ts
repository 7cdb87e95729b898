import type { CharterFinding } from '../findings';
import type { Rule } from './rule-input';

/** charter.forbidden_mentions: "@Competitor" written as a mention. Naming them in plain words is left to the banned list. */
export const forbiddenMentions: Rule = ({ draft, compiled, mentions, t }) => {
  const mentionStarts = new Set(mentions.map((mention) => mention.start));
  const findings: CharterFinding[] = [];
  for (const matcher of compiled?.forbiddenMentions ?? []) {
    for (const range of matcher.find(draft)) {
      const start = range.start - 1;
      if (!mentionStarts.has(start)) continue;
      findings.push({
        rule: 'forbidden-mention',
        severity: 'error',
        message: t('forbiddenMention', { mention: draft.text.slice(start, range.end) }),
        start,
        end: range.end,
      });
    }
  }
  return findings;
};

import { overlapsAny } from '../../compose/urls';
import type { CharterFinding } from '../findings';
import type { Rule } from './rule-input';

/**
 * Variants of a brand, and the correct phrase written with other case or
 * accents, whole words, ignoring case and accents; never the correct spelling
 * itself (compared in NFC, so a decomposed "É" is still correct), nor text
 * inside links, hashtags and handles, where the fix would break them.
 */
export const brandSpellings: Rule = ({ draft, compiled, urls, t }) => {
  const findings: CharterFinding[] = [];
  const seen = new Set<number>();
  for (const { correct, matchers } of compiled?.brands ?? []) {
    const correctNfc = correct.normalize('NFC');
    for (const matcher of matchers) {
      for (const range of matcher.find(draft)) {
        const found = draft.text.slice(range.start, range.end);
        const sigil = draft.text.charAt(range.start - 1);
        if (
          found.normalize('NFC') === correctNfc ||
          sigil === '#' ||
          sigil === '@' ||
          overlapsAny(range, urls) ||
          seen.has(range.start)
        )
          continue;
        seen.add(range.start);
        findings.push({
          rule: 'brand-spelling',
          severity: 'warning',
          message: t('brandSpelling', { correct, found }),
          fix: {
            label: t('brandFix', { correct }),
            edit: { kind: 'replace', ...range, replacement: correct, expected: found },
          },
          ...range,
        });
      }
    }
  }
  return findings;
};

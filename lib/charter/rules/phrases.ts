import { localize } from '../../i18n/localized-text';
import { articleAwareReplacement } from '../article-fix';
import type { CompiledPhrase } from '../compile';
import type { CharterFinding, CharterFix } from '../findings';
import type { Rule, RuleInput } from './rule-input';

function suggestionFix(
  input: RuleInput,
  found: string,
  start: number,
  end: number,
  suggestion: string | undefined,
): CharterFix | undefined {
  if (suggestion === undefined || suggestion.trim() === '') return undefined;
  const text = input.draft.text;
  const fixed = articleAwareReplacement(text, start, found, suggestion.trim());
  return {
    label: input.t('replaceWith', { suggestion: fixed.replacement }),
    edit: {
      kind: 'replace',
      start: fixed.start,
      end,
      replacement: fixed.replacement,
      expected: text.slice(fixed.start, end),
    },
  };
}

function phraseFindings(input: RuleInput, list: CompiledPhrase[], rule: 'banned' | 'confidential'): CharterFinding[] {
  const seen = new Set<string>();
  const findings: CharterFinding[] = [];
  for (const { entry, matcher } of list) {
    for (const { start, end } of matcher.find(input.draft)) {
      if (seen.has(`${start}:${end}`)) continue;
      seen.add(`${start}:${end}`);
      const found = input.draft.text.slice(start, end);
      findings.push({
        rule,
        severity: 'error',
        message: input.t(rule, { phrase: found }),
        reason: entry.reason === undefined ? undefined : localize(entry.reason, input.locale),
        fix: suggestionFix(input, found, start, end, entry.suggestion),
        start,
        end,
      });
    }
  }
  return findings;
}

/** Phrases the company does not want in employees' posts. */
export const bannedPhrases: Rule = (input) => phraseFindings(input, input.compiled?.banned ?? [], 'banned');

/** Phrases that may reveal confidential information; the UI asks for explicit confirmation (see needsConfirmation). */
export const confidentialPhrases: Rule = (input) =>
  phraseFindings(input, input.compiled?.confidential ?? [], 'confidential');

/**
 * Live validation of the working document with the one feed parser
 * (lib/feed/parse.ts), so the Studio, the sync and `npm run feed:validate`
 * never disagree; plus the one rule only an editor can ask for, the mix
 * summing to 100 %. Problems are indexed by JSON path so that each shows at
 * its field.
 */
import type { Locale } from '../i18n/messages';
import { parseFeedJson, type FeedProblem } from '../feed/parse';
import { feedItemSchema } from '../feed/schema';
import { problemsFromZod } from '../feed/problems';
import { createTranslator } from '../i18n/messages';
import { isJsonObject, type StudioDocument } from './document';
import { messagesOf } from '../i18n/catalog';

export type Severity = 'error' | 'warning';

export interface StudioProblem extends FeedProblem {
  severity: Severity;
}

export interface Validation {
  problems: StudioProblem[];
  byPath: Map<string, StudioProblem[]>;
  errors: number;
  warnings: number;
  /** The feed as a whole would be refused by every employee's Relais. */
  feedRefused: boolean;
  /** Indexes of the items every employee's Relais would skip. */
  skippedItems: Set<number>;
  mixSum: number | undefined;
}

export function mixSum(mix: unknown): number | undefined {
  if (!isJsonObject(mix)) return undefined;
  return Object.values(mix).reduce<number>((sum, weight) => sum + (typeof weight === 'number' ? weight : 0), 0);
}

export function validateDocument(document: StudioDocument, locale: Locale): Validation {
  const result = parseFeedJson(document.feed, { locale });
  const problems: StudioProblem[] = [];
  const skippedItems = new Set<number>();
  if (result.ok) {
    for (const problem of result.skipped) {
      problems.push({ ...problem, severity: 'error' });
      if (problem.itemIndex !== undefined) skippedItems.add(problem.itemIndex);
    }
    for (const problem of result.warnings) problems.push({ ...problem, severity: 'warning' });
  } else {
    for (const problem of result.problems) problems.push({ ...problem, severity: 'error' });
    // The envelope failed, so the parser stopped before the items: check them here, one by one, as it would.
    const list = Array.isArray(document.feed.items) ? document.feed.items : [];
    list.forEach((raw, index) => {
      const parsed = feedItemSchema.safeParse(raw, { reportInput: true });
      if (parsed.success) return;
      skippedItems.add(index);
      const id = isJsonObject(raw) && raw.id !== undefined ? String(raw.id) : undefined;
      for (const problem of problemsFromZod(parsed.error, locale, ['items', index], { itemId: id, itemIndex: index }))
        problems.push({ ...problem, severity: 'error' });
    });
  }
  const relais = document.feed._relais;
  const sum = isJsonObject(relais) ? mixSum(relais.mix) : undefined;
  if (sum !== undefined && Math.abs(sum - 100) > 1e-9) {
    const t = createTranslator(messagesOf('studioProblem'), locale);
    problems.push({
      path: '_relais.mix',
      code: 'mix-sum',
      message: t('mixSum', { sum: Math.round(sum * 10) / 10 }),
      hint: t('hintMixSum'),
      severity: 'warning',
    });
  }
  const byPath = new Map<string, StudioProblem[]>();
  for (const problem of problems) byPath.set(problem.path, [...(byPath.get(problem.path) ?? []), problem]);
  return {
    problems,
    byPath,
    errors: problems.filter((problem) => problem.severity === 'error').length,
    warnings: problems.filter((problem) => problem.severity === 'warning').length,
    feedRefused: !result.ok,
    skippedItems,
    mixSum: sum,
  };
}

/** Problems at `path` or anywhere inside it (`items[2]` gets `items[2]._relais.hashtags[0]`). */
export function problemsUnder(validation: Validation, path: string): StudioProblem[] {
  return validation.problems.filter(
    (problem) => problem.path === path || problem.path.startsWith(`${path}.`) || problem.path.startsWith(`${path}[`),
  );
}

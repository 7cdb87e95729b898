/**
 * Charter patterns come from the feed. Issue #18's probe: `(a+)+$` and a draft
 * of 28 a's and "!" blocked LinkedIn's tab 5.8 s per keystroke on JavaScript's
 * backtracking RegExp. On the linear engine, every keystroke of that draft, and
 * of a 3,000-character draft built to hurt the classic catastrophic patterns,
 * must stay within a keystroke's budget: 4 ms for the probe (the charter
 * checks' budget in originality.bench.ts), one frame (16 ms, as library
 * search) for eight catastrophic patterns at once on 3,000 hostile characters.
 * Medians: on a shared machine the slowest sample measures the scheduler.
 * Baseline: the same checks with a charter without patterns.
 */
import { lintDraft } from '../../lib/charter/lint';
import type { Charter } from '../../lib/feed/schema';
import { type BenchFigure, compareMs, defineBench, quantile } from './harness';

const CATASTROPHIC = [
  '(a+)+$',
  '(a|a)*$',
  '(a|aa)+$',
  '([a-zA-Z]+)*!$',
  '(x+x+)+y',
  '^(\\w+\\s?)*$',
  '(.*a){12}',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
];

const HOSTILE: Charter = {
  banned: CATASTROPHIC.map((phrase) => ({ phrase, regex: true })),
  // The documented word-boundary idiom runs on the lookbehind engine, the slowest path.
  confidential: [{ phrase: '(?<![\\p{L}\\p{N}])h[ée]liodore(?![\\p{L}\\p{N}])', regex: true }],
};
const PLAIN: Charter = { banned: [{ phrase: 'leader mondial' }], confidential: [{ phrase: 'Héliodore' }] };

const PROBE_DRAFT = `${'a'.repeat(28)}!`;
/** Long runs of what each pattern loops on, each broken by the character that makes it fail. */
const ADVERSARIAL = `${'a'.repeat(28)}!${'x'.repeat(28)}z${'word '.repeat(20)}!`.repeat(30).slice(0, 3000);

/** Every prefix of the draft, as typed; lints each; returns per-keystroke times in ms. */
function typeDraft(draft: string, charter: Charter, step: number): number[] {
  const times: number[] = [];
  for (let end = step; end <= draft.length; end += step) {
    const start = performance.now();
    lintDraft(draft.slice(0, end), charter, { locale: 'fr' });
    times.push(performance.now() - start);
  }
  return times;
}

export default defineBench({
  name: 'charter patterns',
  async run(): Promise<BenchFigure[]> {
    typeDraft(PROBE_DRAFT, HOSTILE, 1);
    const probe = typeDraft(PROBE_DRAFT, HOSTILE, 1);
    // Typing 3,000 characters one by one is 3,000 lints: every 25th keystroke samples it evenly.
    typeDraft(ADVERSARIAL, HOSTILE, 100);
    const typing = typeDraft(ADVERSARIAL, HOSTILE, 25);
    const full = await compareMs(
      () => lintDraft(ADVERSARIAL, HOSTILE, { locale: 'fr' }),
      () => lintDraft(ADVERSARIAL, PLAIN, { locale: 'fr' }),
      15,
    );
    return [
      {
        name: 'issue #18 probe: "(a+)+$" + 7 catastrophic patterns, 28 a\u2019s + "!", median keystroke',
        value: quantile(probe, 0.5),
        unit: 'ms',
        target: 4,
        details: {
          keystrokes: probe.length,
          p95Ms: quantile(probe, 0.95),
          maxMs: quantile(probe, 1),
          'before (backtracking)': '5,800 ms',
        },
      },
      {
        name: 'typing a 3,000-char adversarial draft, median keystroke',
        value: quantile(typing, 0.5),
        unit: 'ms',
        target: 16,
        details: { keystrokesSampled: typing.length, p95Ms: quantile(typing, 0.95), maxMs: quantile(typing, 1) },
      },
      {
        name: 'lintDraft, 3,000-char adversarial draft, hostile charter',
        value: full.subject,
        unit: 'ms',
        target: 16,
        details: { 'baseline: charter without patterns (ms)': full.baseline, ratio: full.ratio },
      },
    ];
  },
});

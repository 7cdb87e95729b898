import { describe, expect, it } from 'vitest';
import { ONE_SENTENCE_ANSWERS } from '../../tests/fixtures/one-sentence-answers';
import { letterWords, openingSimilarity, spaceWords } from '../../tests/helpers/opening-overlap';
import { buildSourceIndex, itemSources, measureOriginality } from '../originality';
import { proseWords } from '../originality/prose-words';
import { assembleDraft } from './assemble-draft';
import { createComposeReducer, initialComposeState, type Assemble } from './compose-state';
import { firstWordsBox } from './first-words';
import { suggestPostingTime } from './posting-time';
import { resolvePrompts } from './prompts';
import { rotateAngles } from './rotate-angles';
import { maxOf } from '../arrays';

// The demo library's SolarPass launch item (public/demo-feed.json, "2026-11-solarpass-launch-en").
const ITEM = {
  key: 'demo#2026-11-solarpass-launch-en',
  title: 'SolarPass: rooftop solar as a subscription',
  text:
    'With SolarPass, a household installs solar panels with no upfront payment. A monthly subscription covers ' +
    'installation, maintenance and production monitoring in the Lumen app. The first 300 equipped households in ' +
    'Auvergne-Rhône-Alpes cover on average 35% of their yearly consumption from their roof. The offer opens ' +
    'across France on 3 November.',
  summary: undefined,
  url: 'https://lumen-energie.example/en/2026-11-solarpass-launch-en',
  hashtags: ['#SolarPass', '#RooftopSolar', '#TeamLumen'],
  category: 'product',
  angles: [
    'What SolarPass changes for a household I know',
    'Why no upfront cost matters',
    'What I learned working on the launch',
  ],
  prompts: ['What was your part in this launch?', 'What do friends ask you about solar?'],
  campaign: { start: Date.parse('2026-11-03T09:00:00+01:00'), end: Date.parse('2027-06-30T23:59:59+02:00') },
};
// Wednesday 2 December 2026, 10:00 in Paris.
const NOW = Date.parse('2026-12-02T10:00:00+01:00');

/**
 * Fifty colleagues install Relais (each gets a random seed, as getInstallSeed
 * makes it), open the same item and type one sentence of their own in the first
 * box. Each draft is the one the sidebar would show: the same reducer, the same
 * assembly, this install's angle order.
 */
describe('fifty installs on the same item, one sentence each', () => {
  const seeds = Array.from({ length: 50 }, () => crypto.randomUUID());
  const prompts = resolvePrompts(ITEM, undefined, 'en');
  const assemble: Assemble = (answers) => assembleDraft({ answers, item: ITEM, locale: 'en' });
  const reduce = createComposeReducer(assemble);
  const installs = seeds.map((seed, index) => {
    const angles = rotateAngles(ITEM.angles, seed, ITEM.key);
    const opened = initialComposeState({ stored: null, angles, promptCount: prompts.length, assemble, now: NOW });
    const typed = reduce(opened, { type: 'answer', index: 0, value: ONE_SENTENCE_ANSWERS[index] as string });
    return {
      seed,
      question: firstWordsBox(opened.angle, 'en').question,
      draft: typed.text,
      time: suggestPostingTime({
        campaign: ITEM.campaign,
        seed,
        itemKey: ITEM.key,
        timeZone: 'Europe/Paris',
        now: NOW,
      }),
    };
  });
  const drafts = installs.map(({ draft }) => draft);

  it('get distinct seeds, and are asked different first questions', () => {
    expect(new Set(seeds).size).toBe(50);
    const questions = new Map<string, number>();
    for (const { question } of installs) questions.set(question, (questions.get(question) ?? 0) + 1);
    expect(questions.size, JSON.stringify(seeds)).toBe(3);
    // Evenly spread would be 16.7 each; no question goes to more than 60% of the team (about 1 in 10⁷).
    expect(maxOf(questions.values()), JSON.stringify(seeds)).toBeLessThanOrEqual(30);
  });

  it('open every post with the employee’s sentence, never an angle or the company text', () => {
    const index = buildSourceIndex(itemSources(ITEM));
    for (const [position, draft] of drafts.entries()) {
      expect(draft.startsWith(ONE_SENTENCE_ANSWERS[position] as string)).toBe(true);
      expect(draft).toContain(ITEM.url);
      expect(draft.endsWith('#SolarPass #RooftopSolar #TeamLumen')).toBe(true);
      expect(measureOriginality(draft, index).opening, draft).toBeNull();
    }
  });

  it('look different before “see more”: mean pairwise overlap ≤ 20 %, ≤ 5 % of pairs on the same first line', () => {
    // A link or a hashtag counts as one word: what a reader sees as one thing.
    const seen = openingSimilarity(drafts, spaceWords);
    expect(seen.pairs).toBe(1225);
    expect(seen.meanOverlap, JSON.stringify(seen)).toBeLessThanOrEqual(0.2);
    expect(seen.sameFirstLineShare).toBeLessThanOrEqual(0.05);
    // The employee's prose alone (links and hashtags left out, as the own-words meter does): nearly nothing shared.
    expect(openingSimilarity(drafts, proseWords).meanOverlap).toBeLessThanOrEqual(0.05);
  });

  it('share, before the fold, only the link and hashtags every colleague gets', () => {
    // Split into its words, the 61-character link alone is eight shared trigrams of each short opening;
    // what remains shared once it is left out is the hashtag line.
    const withoutLink = drafts.map((draft) => draft.replace(ITEM.url, ''));
    const strict = openingSimilarity(withoutLink, letterWords);
    expect(strict.meanOverlap, JSON.stringify(strict)).toBeLessThanOrEqual(0.1);
  });

  it('are offered different moments within the next working days', () => {
    const times = installs.map(({ time }) => time as number);
    expect(times.every((time) => time >= NOW && time < NOW + 7 * 86_400_000)).toBe(true);
    expect(new Set(times).size, JSON.stringify(seeds)).toBeGreaterThanOrEqual(45);
    const perSlot = new Map<number, number>();
    for (const time of times)
      perSlot.set(Math.floor(time / 900_000), (perSlot.get(Math.floor(time / 900_000)) ?? 0) + 1);
    expect(maxOf(perSlot.values()), JSON.stringify(seeds)).toBeLessThanOrEqual(5);
  });
});

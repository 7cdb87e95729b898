import { describe, expect, it } from 'vitest';
import { assembleDraft } from './assemble-draft';
import { suggestPostingTime } from './posting-time';
import { rotateAngles } from './rotate-angles';
import { maxOf } from '../arrays';

// Fifty colleagues install Relais (each gets a random seed, as getInstallSeed makes it) and open the same item.
const ITEM = {
  key: 'https://acme.com/feed.json#lyon-campus',
  url: 'https://acme.com/news/lyon',
  text: 'Acme opens its Lyon campus.',
  hashtags: ['AcmeLyon'],
  angles: [
    'What the Lyon campus changes for our clients in the region',
    'Why I can’t wait to work with the new lab',
    'Four hundred more engineers: what it means for my team',
    'A memory from our first office in Villeurbanne',
  ],
  campaign: { start: Date.parse('2026-05-11T07:00:00+02:00'), end: Date.parse('2026-05-15T20:00:00+02:00') },
};
const NOW = Date.parse('2026-05-10T20:00:00+02:00');

describe('fifty installs on the same item', () => {
  const seeds = Array.from({ length: 50 }, () => crypto.randomUUID());
  const installs = seeds.map((seed) => {
    const angles = rotateAngles(ITEM.angles, seed, ITEM.key);
    return {
      seed,
      draft: assembleDraft({
        angle: angles[0],
        answers: ['My own story.'],
        item: { ...ITEM, summary: undefined },
        locale: 'en',
      }),
      time: suggestPostingTime({
        campaign: ITEM.campaign,
        seed,
        itemKey: ITEM.key,
        timeZone: 'Europe/Paris',
        now: NOW,
      }),
    };
  });

  it('get distinct seeds', () => {
    expect(new Set(seeds).size).toBe(50);
  });

  it('start their drafts from visibly different angles', () => {
    const openings = new Map<string, number>();
    for (const { draft } of installs) {
      const opening = draft.split('\n')[0] as string;
      openings.set(opening, (openings.get(opening) ?? 0) + 1);
    }
    expect([...openings.keys()].every((opening) => ITEM.angles.includes(opening))).toBe(true);
    expect(openings.size, JSON.stringify([...openings])).toBeGreaterThanOrEqual(3);
    // Evenly spread would be 12.5 each; no hook is shared by more than 60% of the team (a chance of about 1 in 10⁹).
    expect(maxOf(openings.values()), JSON.stringify(seeds)).toBeLessThanOrEqual(30);
  });

  it('are offered different times, never more than a few in the same quarter hour', () => {
    const times = installs.map(({ time }) => time as number);
    expect(times.every((time) => time >= NOW && time < ITEM.campaign.end)).toBe(true);
    expect(new Set(times).size, JSON.stringify(seeds)).toBeGreaterThanOrEqual(45);
    const perSlot = new Map<number, number>();
    for (const time of times)
      perSlot.set(Math.floor(time / 900_000), (perSlot.get(Math.floor(time / 900_000)) ?? 0) + 1);
    expect(maxOf(perSlot.values()), JSON.stringify(seeds)).toBeLessThanOrEqual(5);
  });
});

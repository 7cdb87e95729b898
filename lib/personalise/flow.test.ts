import { describe, expect, it } from 'vitest';
import { lintDraft } from '../charter/lint';
import { measureOriginality } from '../originality/measure';
import { buildSourceIndex, itemSources } from '../originality/source-index';
import { LYON_ITEM } from '../../tests/fixtures/lyon-item';
import { assembleDraft } from './assemble-draft';
import { rotateAngles } from './rotate-angles';

// The whole "make it yours" loop as the sidebar runs it, from a picked angle to the findings shown.
describe('personalisation flow', () => {
  const item = { ...LYON_ITEM, key: 'feed#lyon', url: 'https://acme.com/news/lyon', hashtags: ['AcmeLyon'] };
  const index = buildSourceIndex(itemSources(item));
  const answers = ['Je travaille avec des hôpitaux de Grenoble depuis six ans, et chaque projet partait de Paris.'];
  const check = (draft: string) => {
    const originality = measureOriginality(draft, index);
    return { originality, findings: lintDraft(draft, { min_own_words: 0.5 }, { locale: 'fr', originality }) };
  };

  it('flags an angle kept as the opener, then clears once the employee rewrites it', () => {
    const [angle] = rotateAngles(item.angles, 'install-seed', item.key);
    const first = check(assembleDraft({ angle, answers, item, locale: 'fr' }));
    expect(first.findings.map((finding) => finding.rule)).toEqual(['opening-copied']);

    const rewritten = check(
      assembleDraft({ angle: 'Une bonne nouvelle pour mes clients grenoblois.', answers, item, locale: 'fr' }),
    );
    expect(rewritten.findings).toEqual([]);
    expect(rewritten.originality.ownShare).toBeGreaterThan(0.9);
  });

  it('flags a pasted company text as too little of one’s own words', () => {
    const { findings } = check(`${answers[0]}\n\n${item.text}`);
    expect(findings.map((finding) => finding.rule)).toEqual(['own-words-low']);
  });
});

import { describe, expect, it } from 'vitest';
import { lintDraft } from '../charter/lint';
import { measureOriginality } from '../originality/measure';
import { buildSourceIndex, itemSources } from '../originality/source-index';
import { LYON_ITEM } from '../../tests/fixtures/lyon-item';
import { assembleDraft } from './assemble-draft';
import { sentenceStarter } from './first-words';
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

  it('opens with the employee’s words whatever the angle; an angle inserted on purpose is flagged as not theirs', () => {
    const [angle] = rotateAngles(item.angles, 'install-seed', item.key);
    const own = check(assembleDraft({ answers, item, locale: 'fr' }));
    expect(own.findings).toEqual([]);
    expect(own.originality.ownShare).toBeGreaterThan(0.9);

    const started = check(
      assembleDraft({ answers: [`${sentenceStarter(angle as string, 'fr')}${answers[0]}`], item, locale: 'fr' }),
    );
    expect(started.findings.map((finding) => finding.rule)).toEqual(['opening-copied']);
    expect(started.originality.ownShare).toBeLessThan(own.originality.ownShare);
  });

  it('flags a pasted company text as too little of one’s own words', () => {
    const { findings } = check(`${answers[0]}\n\n${item.text}`);
    expect(findings.map((finding) => finding.rule)).toEqual(['own-words-low']);
  });
});

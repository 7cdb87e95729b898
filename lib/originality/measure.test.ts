import { describe, expect, it } from 'vitest';
import { measureOriginality } from './measure';
import { buildSourceIndex, itemSources } from './source-index';
import { LYON_ITEM } from '../../tests/fixtures/lyon-item';

const index = buildSourceIndex(itemSources(LYON_ITEM));
const measure = (draft: string) => measureOriginality(draft, index);

const OWN =
  'Je travaille depuis six ans avec des hôpitaux de Grenoble et de Saint-Étienne. ' +
  'Jusqu’ici, chaque projet partait de Paris et mes interlocuteurs attendaient des semaines. ' +
  'Avoir enfin des collègues à une heure de route va changer mon quotidien, et le leur.';

describe('measureOriginality', () => {
  it('finds a verbatim copy of the company text almost entirely copied', () => {
    expect(measure(LYON_ITEM.text).ownShare).toBeLessThan(0.05);
  });

  it('finds a full rewrite almost entirely own words', () => {
    const result = measure(OWN);
    expect(result.ownShare).toBeGreaterThan(0.95);
    expect(result.gramSize).toBe(3);
  });

  it('gives a mixed draft a share between the two, in proportion', () => {
    const result = measure(`${OWN}\n\n${LYON_ITEM.text}`);
    expect(result.ownShare).toBeGreaterThan(0.35);
    expect(result.ownShare).toBeLessThan(0.65);
  });

  it('still counts a copy whose case, accents and punctuation changed as a copy', () => {
    expect(measure('Cet évènement marque une étape majeure').ownShare).toBe(0);
    const altered =
      "ACME INAUGURE AUJOURD'HUI SON NOUVEAU CAMPUS DE LYON — 400 postes d’ingenieurs, d'ici 2027 !!! " +
      'Un laboratoire d’intelligence artificielle, ouvert aux start-up de la region... Cet Evenement, marque une etape majeure';
    expect(measure(altered).ownShare).toBeLessThan(0.1);
  });

  it('treats "évènement" and "Evenement," as the same word', () => {
    const copied = measure('Cet Evenement, marque une étape').copiedGramCount;
    expect(copied).toBe(measure('cet évènement marque une étape').copiedGramCount);
    expect(copied).toBe(3);
  });

  it('counts angles, summary and title as sources', () => {
    expect(measure(LYON_ITEM.angles[0] as string).ownShare).toBe(0);
    expect(measure(LYON_ITEM.summary).ownShare).toBe(0);
    expect(measure(LYON_ITEM.title).ownShare).toBe(0);
  });

  it('ignores the item link and hashtags on both sides', () => {
    const withTags = measure(`${OWN}\nhttps://acme.com/news/lyon-campus-2027 #AcmeLyon #Ingénieurs #Innovation`);
    expect(withTags.wordCount).toBe(measure(OWN).wordCount);
    expect(withTags.ownShare).toBe(measure(OWN).ownShare);
  });

  it('compares a draft under three words word by word', () => {
    expect(measure('Bravo !')).toMatchObject({ gramSize: 1, ownShare: 1 });
    expect(measure('Campus Lyon')).toMatchObject({ gramSize: 2, ownShare: 1 });
    expect(measure('campus de')).toMatchObject({ gramSize: 2, ownShare: 0 });
  });

  it('reports an empty draft as no words rather than a share', () => {
    expect(measure('  \n #AcmeLyon ')).toMatchObject({ wordCount: 0, gramCount: 0, ownShare: 0, opening: null });
  });

  it('does not change when the index is reused', () => {
    expect(measure(OWN)).toEqual(measure(OWN));
  });
});

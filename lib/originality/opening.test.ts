import { describe, expect, it } from 'vitest';
import { measureOriginality } from './measure';
import { buildSourceIndex, itemSources } from './source-index';
import { LYON_ITEM } from '../../tests/fixtures/lyon-item';

const index = buildSourceIndex(itemSources(LYON_ITEM));
const opening = (draft: string) => measureOriginality(draft, index).opening;

const STORY =
  'Quand j’ai commencé chez Acme, nous étions douze dans un open space à Villeurbanne.\n' +
  'Je repense à ces débuts en voyant les plans du bâtiment.\nMerci à toute l’équipe immobilier.';

describe('opening check', () => {
  it('warns when the opening is a suggested angle word for word', () => {
    const angle = LYON_ITEM.angles[1] as string;
    const echo = opening(`${angle}.\n\n${STORY}`);
    expect(echo).toMatchObject({ source: 'angle', sourceIndex: 4, verdict: 'same' });
  });

  it('warns when the angle is only lightly reworded', () => {
    const echo = opening('Pourquoi j’ai vraiment hâte de travailler avec le nouveau laboratoire !\n' + STORY);
    expect(echo?.source).toBe('angle');
    expect(echo?.similarity).toBeGreaterThanOrEqual(0.6);
  });

  it('warns when the opening is the company text, even reformatted', () => {
    const draft = `${LYON_ITEM.text.toUpperCase().replaceAll(',', '')}\n\n${STORY}`;
    expect(opening(draft)).toMatchObject({ source: 'text', verdict: 'same' });
  });

  it('stays quiet for an opening in the employee’s own words', () => {
    expect(opening(`${STORY}\n\n${LYON_ITEM.text}`)).toBeNull();
  });

  it('stays quiet when the opening only shares a few words with a source', () => {
    expect(opening('Le nouveau campus de Lyon me rappelle nos débuts à douze dans un open space.')).toBeNull();
  });

  it('only looks before the fold', () => {
    const draft = `${STORY}\n\n${LYON_ITEM.angles[0] as string}`;
    expect(opening(draft)).toBeNull();
  });

  it('gives the fold position so the UI can highlight the opening', () => {
    const draft = `${LYON_ITEM.angles[1] as string}\n${STORY}`;
    const echo = opening(draft);
    expect(echo?.end).toBeGreaterThan(0);
    expect(draft.slice(0, echo?.end)).toContain(LYON_ITEM.angles[1]);
  });
});

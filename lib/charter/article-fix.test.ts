import { describe, expect, it } from 'vitest';
import { lintDraft } from './lint';
import { applyEdit } from './text-edit';
import type { Charter } from '../feed/schema';

const CHARTER: Charter = {
  banned: [
    { phrase: 'game changer', suggestion: 'a real step forward' },
    { phrase: 'disruptive tool', suggestion: 'excellent tool' },
    { phrase: 'outil disruptif', suggestion: 'une vraie avancée' },
    { phrase: 'leader du marché', suggestion: 'acteur reconnu' },
    { phrase: 'leaders du marché', suggestion: 'acteurs reconnus' },
    { phrase: 'innovation de rupture', suggestion: 'une vraie nouveauté' },
  ],
};

/** The draft after clicking the first banned finding's fix. */
function fixedText(draft: string): string | null {
  const finding = lintDraft(draft, CHARTER, { locale: 'en' }).find((candidate) => candidate.rule === 'banned');
  if (!finding?.fix) throw new Error(`no fix for ${draft}`);
  return applyEdit(draft, finding.fix.edit);
}

describe('charter fixes and articles', () => {
  it('does not double an article the draft already has (English)', () => {
    expect(fixedText('This is a game changer.')).toBe('This is a real step forward.');
    expect(fixedText('This is the game changer.')).toBe('This is a real step forward.');
    expect(fixedText('A game changer, really.')).toBe('A real step forward, really.');
    expect(fixedText('Game changer!')).toBe('A real step forward!');
  });

  it('does not double an article the draft already has (French), and the suggestion’s gender wins', () => {
    expect(fixedText('C’est un outil disruptif pour nos clients.')).toBe('C’est une vraie avancée pour nos clients.');
    expect(fixedText('Voici l’innovation de rupture de l’année.')).toBe('Voici une vraie nouveauté de l’année.');
  });

  it('adjusts the article in front of a suggestion that has none', () => {
    expect(fixedText('It is a disruptive tool.')).toBe('It is an excellent tool.');
    expect(fixedText('Nous sommes le leader du marché.')).toBe('Nous sommes l’acteur reconnu.');
    expect(fixedText('Un des leaders du marché.')).toBe('Un des acteurs reconnus.');
  });

  it('labels the fix with the text it will write', () => {
    const [finding] = lintDraft('This is a game changer.', CHARTER, { locale: 'en' });
    expect(finding?.fix?.label).toBe('Replace with “a real step forward”');
    expect(finding).toMatchObject({ start: 10, end: 22 });
  });
});

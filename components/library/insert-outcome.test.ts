import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/lib/i18n/messages';
import { describeInsertOutcome, offersPostedButton } from './insert-outcome';
import { messagesOf } from '@/lib/i18n/catalog';
import { RelaisRequestError } from '@/lib/protocol/client';
import { ProblemError, problem } from '@/lib/problems/problem';
import { problemWordsFor } from '@/lib/problems/words';
import { insertTargetFor } from './use-insert-draft';

const say = (outcome: Parameters<typeof describeInsertOutcome>[0], locale: 'en' | 'fr' = 'en') => {
  const description = describeInsertOutcome(outcome);
  return {
    ...description,
    text: createTranslator(messagesOf('draft'), locale)(description.message, description.params),
  };
};

describe('describeInsertOutcome', () => {
  it('tells an inserted draft is waiting for the employee to post it', () => {
    expect(say({ kind: 'inserted' })).toMatchObject({
      tone: 'success',
      manualCopy: false,
      text: 'Draft inserted in LinkedIn’s post box. Review it and click Post when you’re ready — Relais never posts for you.',
    });
  });

  it('on the practice page, points to the practice share box and offers no “I posted it”', () => {
    const said = describeInsertOutcome({ kind: 'inserted' }, 'practice');
    expect(createTranslator(messagesOf('draft'), 'en')(said.message)).toContain('practice share box');
    expect(offersPostedButton('practice')).toBe(false);
    expect(offersPostedButton('sidebar')).toBe(true);
    expect(offersPostedButton('side-panel')).toBe(true);
  });

  it('explains the clipboard fallback and how to paste', () => {
    for (const reason of ['composer-not-found', 'read-back-mismatch'] as const) {
      const said = say({ kind: 'clipboard', reason });
      expect(said).toMatchObject({ tone: 'info', manualCopy: false });
      expect(said.text).toContain('on your clipboard');
      expect(said.text).toContain('Ctrl+V (⌘V on a Mac)');
    }
  });

  it('when LinkedIn’s post box did not open, asks the employee to open it, with the draft kept, in EN and FR', () => {
    const outcome = { kind: 'clipboard', reason: 'composer-not-opened' } as const;
    expect(say(outcome)).toMatchObject({
      tone: 'info',
      manualCopy: false,
      text: 'LinkedIn’s post box did not open, so your draft is on your clipboard, and still here. Open it yourself: click “Start a post” on LinkedIn, then click “Draft on LinkedIn” again (or paste with Ctrl+V, ⌘V on a Mac).',
    });
    expect(say(outcome, 'fr').text).toBe(
      'La zone de publication de LinkedIn ne s’est pas ouverte\u00a0: votre brouillon est dans votre presse-papiers, et toujours ici. Ouvrez-la vous-même\u00a0: cliquez sur «\u00a0Commencer un post\u00a0» sur LinkedIn, puis de nouveau sur «\u00a0Rédiger sur LinkedIn\u00a0» (ou collez avec Ctrl+V, ⌘V sur Mac).',
    );
  });

  it('says the company turned insertion off when the kill switch is on', () => {
    const said = say({ kind: 'clipboard', reason: 'insert-disabled' });
    expect(said.text).toContain('Your company has turned off inserting drafts');
    expect(said.text).toContain('clipboard');
    expect(say({ kind: 'clipboard', reason: 'insert-disabled' }, 'fr').text).toContain('Votre entreprise a désactivé');
  });

  it('asks to copy by hand when even the clipboard failed', () => {
    expect(say({ kind: 'failed', reason: 'clipboard-denied' })).toMatchObject({ tone: 'error', manualCopy: true });
    const error = say({ kind: 'error', error: new Error('The LinkedIn composer bridge is not loaded on this page.') });
    expect(error).toMatchObject({ tone: 'error', manualCopy: true });
    expect(error.text).toContain('The LinkedIn composer bridge is not loaded on this page.');
  });

  it('keeps a failed insert as a problem, worded in the language shown when it is shown, also after a switch', () => {
    // What the composer bridge answers when it is asked from an embedded frame, as the host rethrows it.
    const outcome = {
      kind: 'error',
      error: new RelaisRequestError({ code: 'not-top-frame', message: 'Not LinkedIn’s top frame.' }),
    } as const;
    const shown = (locale: 'en' | 'fr') =>
      createTranslator(messagesOf('draft'), locale)(
        'outcomeError',
        describeInsertOutcome(outcome, 'sidebar', 'post', problemWordsFor(locale)).params,
      );
    expect(shown('en')).toContain('Relais only works in LinkedIn’s main page, not in an embedded frame.');
    // The same outcome, the language switched afterwards: French words, nothing English left.
    expect(shown('fr')).toContain('Relais ne fonctionne que dans la page principale de LinkedIn');
    expect(shown('fr')).not.toContain('LinkedIn’s');
  });

  it('a comment target without the company post is a problem with a code, not an English sentence', () => {
    const thrown = (() => {
      try {
        insertTargetFor('comment', undefined);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(ProblemError);
    expect((thrown as ProblemError).problem).toEqual(problem('no-post-to-comment'));
    const outcome = { kind: 'error', error: thrown } as const;
    expect(describeInsertOutcome(outcome, 'sidebar', 'comment', problemWordsFor('fr')).params?.message).toBe(
      'Cet élément ne désigne aucun post LinkedIn à commenter.',
    );
  });
});

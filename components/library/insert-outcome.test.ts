import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/lib/i18n/messages';
import { describeInsertOutcome, offersPostedButton } from './insert-outcome';
import { messagesOf } from '@/lib/i18n/catalog';

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
    const error = say({ kind: 'error', message: 'The LinkedIn composer bridge is not loaded on this page.' });
    expect(error).toMatchObject({ tone: 'error', manualCopy: true });
    expect(error.text).toContain('The LinkedIn composer bridge is not loaded on this page.');
  });
});

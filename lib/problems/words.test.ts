import { describe, expect, it } from 'vitest';
import { problem, ProblemError, problemOfThrown } from './problem';
import { problemWordsFor } from './words';
import { RelaisRequestError } from '../protocol/client';
import { parseFeedText } from '../feed/parse';

describe('problem words', () => {
  it('words the composer bridge’s problems in the language shown, not in the sender’s', () => {
    const thrown = new ProblemError(problem('empty-draft'), 'There is no draft to insert.');
    expect(problemWordsFor('fr')(thrown)).toBe(
      'Il n’y a pas de brouillon à insérer\u00a0: écrivez ou choisissez d’abord un texte.',
    );
    // As it arrives from a tab message: the problem and the log message only.
    const answered = problemOfThrown(thrown, 'tab-error');
    expect(answered).toEqual({ code: 'empty-draft', message: 'There is no draft to insert.' });
    expect(problemWordsFor('en')(answered)).toBe('There is no draft to insert: write or pick a text first.');
  });

  it('words a workshop problem with the sync problem it wraps', () => {
    const failed = problem('workshop-feed-invalid', {
      file: 'my-feed.json',
      cause: 'http-404',
      status: '404 Not Found',
    });
    expect(problemWordsFor('en')(failed)).toBe('my-feed.json: The feed server answered 404 Not Found: check the URL');
    expect(problemWordsFor('fr')(failed)).toBe(
      'my-feed.json\u00a0: Le serveur du flux a répondu 404 Not Found\u00a0: vérifiez l’URL',
    );
  });

  it('words the feed validator’s first problem that a workshop file problem quotes, after crossing the protocol', () => {
    // The worker parsed in English; the page shows French.
    const parsed = parseFeedText(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [] }), {
      locale: 'en',
    });
    if (parsed.ok) throw new Error('a feed without a title was accepted');
    // As lib/workshop/demo-library.ts throws it: the sync's params and cause, and the first problem as data.
    const quoting = {
      ...problem('workshop-feed-invalid', { file: 'my-feed.json', count: 1, cause: 'invalid-feed' }),
      first: parsed.problems[0],
    };
    const thrown = new ProblemError(quoting, 'my-feed.json: invalid-feed');
    const answered = new RelaisRequestError(structuredClone(problemOfThrown(thrown)));
    expect(problemWordsFor('fr')(answered)).toBe(
      'my-feed.json\u00a0: Le flux est inutilisable (1 problème)\u00a0: title: Ce champ est obligatoire mais absent',
    );
    expect(problemWordsFor('en')(answered)).toBe(
      'my-feed.json: The feed cannot be used (1 problem): title: This field is required but missing',
    );
  });

  it('words the worker’s own answers (no LinkedIn tab, nothing sent) in the language shown', () => {
    const noTab = { code: 'no-tab', message: 'The sidebar can only open in a LinkedIn tab.' };
    expect(problemWordsFor('fr')(noTab)).toBe('La barre latérale ne s’ouvre que dans un onglet LinkedIn.');
    expect(problemWordsFor('en')(noTab)).toBe('The sidebar can only open in a LinkedIn tab.');
    expect(problemWordsFor('fr')({ code: 'not-modified', message: 'The server sent no content.' })).toBe(
      'Le serveur n’a envoyé aucun contenu.',
    );
  });

  it('falls back to the sender’s sentence for a code it does not know, or a problem missing its params', () => {
    expect(problemWordsFor('fr')({ code: 'a-code-from-later', message: 'A sentence from a newer worker.' })).toBe(
      'A sentence from a newer worker.',
    );
    expect(problemWordsFor('en')({ code: 'workshop-feed-cleared', message: 'cleared' })).toBe('cleared');
    expect(problemWordsFor('en')(new Error('plain'))).toBe('plain');
  });
});

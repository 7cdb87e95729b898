/** Problems the worker and the composer bridge send as codes (lib/problems/problem.ts); sync problems have their own. */
import { defineMessages } from '../i18n/messages';

export const problemMessages = defineMessages(
  {
    emptyDraft: 'There is no draft to insert: write or pick a text first.',
    notTopFrame: 'Relais only works in LinkedIn’s main page, not in an embedded frame.',
    demoFeedMissing:
      'The bundled demo feed ({path}) could not be read: {reason}. Load a feed file in the options’ workshop section instead.',
    workshopFeedInvalid: '{file}: {reason}',
    workshopFeedCleared: '{file}: the workshop library was cleared while loading',
    unknownCause: 'an unexpected problem ({code})',
  },
  {
    emptyDraft: 'Il n’y a pas de brouillon à insérer\u00a0: écrivez ou choisissez d’abord un texte.',
    notTopFrame: 'Relais ne fonctionne que dans la page principale de LinkedIn, pas dans un cadre intégré.',
    demoFeedMissing:
      'Le flux de démonstration fourni ({path}) n’a pas pu être lu\u00a0: {reason}. Chargez plutôt un fichier de flux dans la section atelier des réglages.',
    workshopFeedInvalid: '{file}\u00a0: {reason}',
    workshopFeedCleared: '{file}\u00a0: la bibliothèque de l’atelier a été vidée pendant le chargement',
    unknownCause: 'un problème inattendu ({code})',
  },
);

import { defineMessages } from '@/lib/i18n/messages';

export const workshopMessages = defineMessages(
  {
    banner: 'Workshop mode: demo content, and a practice history kept apart from your real one.',
    libraryError: 'The demo library could not be loaded. {message}',
    demoFeedMissing:
      'The bundled demo feed is missing from this build. Load a feed file in the options’ workshop section instead.',
    reset: 'Reset workshop',
    resetConfirmQuestion: 'Clear every practice draft and practice share? Your real history is not touched.',
    resetConfirm: 'Yes, clear practice data',
    resetCancel: 'Cancel',
    resetDone: 'Workshop reset. Cleared — practice drafts: {drafts}, practice shares: {shares}.',
    resetFailed: 'The workshop could not be reset: {message}',
  },
  {
    banner: 'Mode atelier : contenus de démonstration, et un historique d’entraînement séparé du vrai.',
    libraryError: 'La bibliothèque de démonstration n’a pas pu être chargée. {message}',
    demoFeedMissing:
      'Le flux de démonstration fourni manque dans cette version. Chargez un fichier de flux dans la section atelier des réglages.',
    reset: 'Réinitialiser l’atelier',
    resetConfirmQuestion:
      'Effacer tous les brouillons et partages d’entraînement ? Votre historique réel n’est pas touché.',
    resetConfirm: 'Oui, effacer l’entraînement',
    resetCancel: 'Annuler',
    resetDone:
      'Atelier réinitialisé. Effacés — brouillons d’entraînement : {drafts}, partages d’entraînement : {shares}.',
    resetFailed: 'L’atelier n’a pas pu être réinitialisé : {message}',
  },
);

import { defineMessages } from '@/lib/i18n/messages';

export const libraryMessages = defineMessages(
  {
    heading: 'Library',
    loading: 'Loading the library…',
    empty: 'The library is empty for now.',
    loadError: 'The library could not be loaded: {message}',
  },
  {
    heading: 'Bibliothèque',
    loading: 'Chargement de la bibliothèque…',
    empty: 'La bibliothèque est vide pour le moment.',
    loadError: 'Impossible de charger la bibliothèque : {message}',
  },
);

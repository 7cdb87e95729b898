import { defineMessages } from '@/lib/i18n/messages';

export const optionsMessages = defineMessages(
  {
    title: 'Relais settings',
    languageHeading: 'Language',
    languageLabel: 'Language of Relais',
    languageAuto: 'Same as the browser',
    saved: 'Saved.',
    displayHeading: 'Where Relais shows',
    displayInPage: 'In the page (default)',
    displaySidePanel: 'Browser side panel',
    displayTradeOff:
      'LinkedIn’s terms forbid overlaying or inserting elements into its pages and LinkedIn looks for injected elements; the side panel keeps Relais entirely outside the page (only the composer insertion touches it), while the in-page sidebar is closer to where you write.',
    presentationHeading: 'Presentation',
    largeText: 'Larger text (for projecting on a screen)',
    workshopHeading: 'Workshop mode',
    workshopIntro:
      'For trainers: Relais uses the bundled demo feed and keeps a practice history apart from your real one, which is never touched.',
    workshopMode: 'Workshop mode on',
    openPractice: 'Open the practice composer',
    demoLoaded_one: 'Demo library ready: “{title}”, {count} item.',
    demoLoaded_other: 'Demo library ready: “{title}”, {count} items.',
    demoError: 'The demo library could not be loaded: {message}',
    feedFileLabel: 'Use your own feed file for the workshop (JSON)',
  },
  {
    title: 'Réglages de Relais',
    languageHeading: 'Langue',
    languageLabel: 'Langue de Relais',
    languageAuto: 'Comme le navigateur',
    saved: 'Enregistré.',
    displayHeading: 'Où s’affiche Relais',
    displayInPage: 'Dans la page (par défaut)',
    displaySidePanel: 'Panneau latéral du navigateur',
    displayTradeOff:
      'Les conditions de LinkedIn interdisent de superposer ou d’insérer des éléments dans ses pages, et LinkedIn recherche les éléments injectés ; le panneau latéral garde Relais entièrement hors de la page (seule l’insertion dans l’éditeur y touche), tandis que la barre dans la page est plus proche de là où vous écrivez.',
    presentationHeading: 'Présentation',
    largeText: 'Texte plus grand (pour projeter sur un écran)',
    workshopHeading: 'Mode atelier',
    workshopIntro:
      'Pour les formateurs : Relais utilise le flux de démonstration fourni et garde un historique d’entraînement séparé du vôtre, qui n’est jamais touché.',
    workshopMode: 'Mode atelier activé',
    openPractice: 'Ouvrir l’éditeur d’entraînement',
    demoLoaded_one: 'Bibliothèque de démonstration prête : « {title} », {count} contenu.',
    demoLoaded_other: 'Bibliothèque de démonstration prête : « {title} », {count} contenus.',
    demoError: 'La bibliothèque de démonstration n’a pas pu être chargée : {message}',
    feedFileLabel: 'Utiliser votre propre fichier de flux pour l’atelier (JSON)',
  },
);

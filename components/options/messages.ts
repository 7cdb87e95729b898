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
      'In the page, Relais sits right beside LinkedIn’s post box but adds its own elements to LinkedIn’s page, which LinkedIn’s terms restrict; the side panel keeps Relais outside the page, and only the draft’s insertion reaches into it.',
    presentationHeading: 'Presentation',
    largeText: 'Larger text (for projecting on a screen)',
    workshopHeading: 'Workshop mode',
    workshopIntro:
      'For trainers: Relais uses the bundled demo feed and keeps a practice history apart from your real one, which is never touched.',
    workshopMode: 'Workshop mode on',
    openPractice: 'Open the practice composer',
    demoLoaded_one: 'Workshop library ready: “{title}”, {count} item.',
    demoLoaded_other: 'Workshop library ready: “{title}”, {count} items.',
    feedFileButton: 'Choose a file…',
    feedFileNone: 'No file chosen: the workshop uses the demo library.',
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
      'Dans la page, Relais se place juste à côté de la zone de publication mais ajoute ses propres éléments à la page de LinkedIn, ce que les conditions de LinkedIn encadrent ; le panneau latéral garde Relais hors de la page, seule l’insertion du brouillon y touche.',
    presentationHeading: 'Présentation',
    largeText: 'Texte plus grand (pour projeter sur un écran)',
    workshopHeading: 'Mode atelier',
    workshopIntro:
      'Pour les formateurs : Relais utilise le flux de démonstration fourni et garde un historique d’entraînement séparé du vôtre, qui n’est jamais touché.',
    workshopMode: 'Mode atelier activé',
    openPractice: 'Ouvrir l’éditeur d’entraînement',
    demoLoaded_one: 'Bibliothèque de l’atelier prête : « {title} », {count} contenu.',
    demoLoaded_other: 'Bibliothèque de l’atelier prête : « {title} », {count} contenus.',
    feedFileButton: 'Choisir un fichier…',
    feedFileNone: 'Aucun fichier choisi : l’atelier utilise la bibliothèque de démonstration.',
    demoError: 'La bibliothèque de démonstration n’a pas pu être chargée : {message}',
    feedFileLabel: 'Utiliser votre propre fichier de flux pour l’atelier (JSON)',
  },
);

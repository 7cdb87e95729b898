import { defineMessages, type Translator } from '@/lib/i18n/messages';

export const insightsMessages = defineMessages(
  {
    title: 'My shares',
    intro: 'What you shared with Relais, kept on this computer only. Nothing here is compared with anyone else.',
    workshopNotice:
      'Workshop history: workshop mode is on, so this page shows your practice shares, not your real history.',
    loading: 'Loading your history…',
    errorHeading: 'Relais could not read your history.',
    retry: 'Try again',
    empty: 'No shares yet — when you post a Relais draft it appears here.',
    rangeNote: 'Over the last {weeks} weeks.',

    postsHeading: 'Posts per week',
    postsSummary_one: '{count} post over the last {weeks} weeks; the busiest week had {max}.',
    postsSummary_other: '{count} posts over the last {weeks} weeks; the busiest week had {max}.',
    weekOf: 'Week of {date}',
    showTable: 'Show as a table',
    columnWeek: 'Week',
    columnPosts: 'Posts',
    columnOwnWords: 'Your own words',

    ownWordsHeading: 'Your own words',
    ownWordsSummary: 'On average, {percent} of what you posted was in your own words.',
    ownWordsNoPosts: 'No posts in this period.',
    noValue: '—',

    mixHeading: 'Editorial mix',
    mixYouTarget: 'you {you} · target {target}',
    mixYouOnly: 'you {you}',
    mixNoTarget: 'Your team has not set a target mix: here is what you shared.',
    mixUnder: 'Biggest gap: you shared less “{category}” ({you}) than your team aims for ({target}).',
    mixOver: 'Biggest gap: you shared more “{category}” ({you}) than your team aims for ({target}).',
    mixBalanced: 'Your mix is close to your team’s target.',
    mixEmpty: 'Nothing shared in this period yet.',
    mixYouLegend: 'You',
    mixTargetLegend: 'Team target',

    suggestionsHeading: 'Share next',
    suggestionsEmpty: 'Nothing to suggest right now: every item in your library is shared or no longer shareable.',
    suggestionsHint: 'Choose one to open it in Relais on LinkedIn.',

    challengesHeading: 'Personal challenges',
    challengesIntro:
      'Optional goals about quality, not volume. They are yours alone: no ranking, no comparison with colleagues.',
    challengeProgress: 'Progress of “{title}”',

    historyHeading: 'History',
    searchLabel: 'Search your shares',
    searchEmpty: 'No share matches “{search}”.',
    ownWordsOf: '{percent} your own words',
    viaPostButton: 'posted from LinkedIn',
    viaManual: 'marked as posted',
    viaPractice: 'practice',
    openText: 'Open the text',
    hideText: 'Hide the text',
    textLabel: 'Text of “{title}”',
    copy: 'Copy',
    copied: 'Copied.',
    copyFailed: 'Could not copy: select the text and copy it yourself.',
    delete: 'Delete',
    deleteConfirm: 'Delete “{title}” from your history? This cannot be undone.',
    deleteYes: 'Yes, delete',
    keep: 'Keep it',
    showMore: 'Show more',

    dataHeading: 'Your data',
    dataIntro: 'Your history stays in this browser. Export it to keep a copy or to move it to another computer.',
    exportJson: 'Export everything (JSON, can be imported again)',
    exportCsv: 'Export for a spreadsheet (CSV)',
    exported: 'Downloaded {name}.',
    importLabel: 'Import a JSON export',
    importing: 'Importing…',
    deleteAll: 'Delete everything',
    deleteAllExplain:
      'This erases every share and draft kept on this computer. Feeds and your settings stay. To confirm, type {word}.',
    deleteAllWord: 'DELETE',
    deleteAllInput: 'Type {word} to confirm',
    deleteAllConfirm: 'Delete everything now',
    cancel: 'Cancel',
    deleteAllDone: 'Your history was deleted.',
  },
  {
    title: 'Mes partages',
    intro:
      'Ce que vous avez partagé avec Relais, conservé sur cet ordinateur uniquement. Rien ici n’est comparé avec qui que ce soit.',
    workshopNotice:
      'Historique d’atelier : le mode atelier est activé, cette page montre donc vos partages d’entraînement, pas votre historique réel.',
    loading: 'Chargement de votre historique…',
    errorHeading: 'Relais n’a pas pu lire votre historique.',
    retry: 'Réessayer',
    empty: 'Aucun partage pour l’instant — quand vous publiez un brouillon Relais, il apparaît ici.',
    rangeNote: 'Sur les {weeks} dernières semaines.',

    postsHeading: 'Publications par semaine',
    postsSummary_one:
      '{count} publication sur les {weeks} dernières semaines ; la semaine la plus active en comptait {max}.',
    postsSummary_other:
      '{count} publications sur les {weeks} dernières semaines ; la semaine la plus active en comptait {max}.',
    weekOf: 'Semaine du {date}',
    showTable: 'Afficher sous forme de tableau',
    columnWeek: 'Semaine',
    columnPosts: 'Publications',
    columnOwnWords: 'Vos propres mots',

    ownWordsHeading: 'Vos propres mots',
    ownWordsSummary: 'En moyenne, {percent} de ce que vous avez publié était écrit avec vos mots.',
    ownWordsNoPosts: 'Aucune publication sur cette période.',
    noValue: '—',

    mixHeading: 'Répartition éditoriale',
    mixYouTarget: 'vous {you} · objectif {target}',
    mixYouOnly: 'vous {you}',
    mixNoTarget: 'Votre équipe n’a pas fixé de répartition cible : voici ce que vous avez partagé.',
    mixUnder:
      'Plus grand écart : la catégorie « {category} » pèse moins dans vos partages ({you}) que l’objectif de votre équipe ({target}).',
    mixOver:
      'Plus grand écart : la catégorie « {category} » pèse plus dans vos partages ({you}) que l’objectif de votre équipe ({target}).',
    mixBalanced: 'Votre répartition est proche de l’objectif de votre équipe.',
    mixEmpty: 'Rien de partagé sur cette période pour l’instant.',
    mixYouLegend: 'Vous',
    mixTargetLegend: 'Objectif de l’équipe',

    suggestionsHeading: 'À partager ensuite',
    suggestionsEmpty:
      'Rien à suggérer pour l’instant : chaque contenu de votre bibliothèque est déjà partagé ou n’est plus partageable.',
    suggestionsHint: 'Choisissez-en un pour l’ouvrir dans Relais sur LinkedIn.',

    challengesHeading: 'Défis personnels',
    challengesIntro:
      'Des objectifs facultatifs sur la qualité, pas le volume. Ils ne regardent que vous : ni classement, ni comparaison avec vos collègues.',
    challengeProgress: 'Progression de « {title} »',

    historyHeading: 'Historique',
    searchLabel: 'Rechercher dans vos partages',
    searchEmpty: 'Aucun partage ne correspond à « {search} ».',
    ownWordsOf: '{percent} de mots à vous',
    viaPostButton: 'publié depuis LinkedIn',
    viaManual: 'marqué comme publié',
    viaPractice: 'entraînement',
    openText: 'Ouvrir le texte',
    hideText: 'Masquer le texte',
    textLabel: 'Texte de « {title} »',
    copy: 'Copier',
    copied: 'Copié.',
    copyFailed: 'Copie impossible : sélectionnez le texte et copiez-le vous-même.',
    delete: 'Supprimer',
    deleteConfirm: 'Supprimer « {title} » de votre historique ? C’est définitif.',
    deleteYes: 'Oui, supprimer',
    keep: 'Le garder',
    showMore: 'Afficher plus',

    dataHeading: 'Vos données',
    dataIntro:
      'Votre historique reste dans ce navigateur. Exportez-le pour en garder une copie ou le déplacer sur un autre ordinateur.',
    exportJson: 'Tout exporter (JSON, réimportable)',
    exportCsv: 'Exporter pour un tableur (CSV)',
    exported: '{name} téléchargé.',
    importLabel: 'Importer un export JSON',
    importing: 'Import en cours…',
    deleteAll: 'Tout supprimer',
    deleteAllExplain:
      'Cela efface tous les partages et brouillons conservés sur cet ordinateur. Les flux et vos réglages restent. Pour confirmer, tapez {word}.',
    deleteAllWord: 'SUPPRIMER',
    deleteAllInput: 'Tapez {word} pour confirmer',
    deleteAllConfirm: 'Tout supprimer maintenant',
    cancel: 'Annuler',
    deleteAllDone: 'Votre historique a été supprimé.',
  },
);

export type InsightsT = Translator<keyof (typeof insightsMessages)['en']>;

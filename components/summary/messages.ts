import { defineMessages } from '@/lib/i18n/messages';

/** My shares' monthly summary, for the comms team. French: "vous", narrow no-break spaces. */
export const summaryMessages = defineMessages(
  {
    heading: 'A monthly summary for your comms team',
    intro:
      'If you want to, prepare a summary of what you shared this month and send it to your comms team. It holds counts only: shares per item and category, the median share of your own words, the kinds of share. No name, no post text, no LinkedIn address, no date finer than the month. Nothing is sent by Relais: you download or copy it, and send it yourself.',
    month: 'Month',
    feed: 'Feed',
    prepare: 'Prepare the summary',
    preparing: 'Preparing…',
    failed: 'The summary could not be prepared: {message}',
    nothing: 'You shared nothing from a feed in this month: there is nothing to summarise.',
    review: 'Here is the whole summary, exactly as it will leave:',
    reviewLabel: 'The summary, as it will be sent',
    download: 'Download the summary',
    copy: 'Copy the summary',
    copied: 'The summary is on the clipboard: paste it into a mail to your comms team.',
    copyFailed: 'The browser refused the clipboard; download the file instead.',
    downloaded: 'The summary is in your downloads.',
    discard: 'Discard',
  },
  {
    heading: 'Un bilan mensuel pour votre équipe communication',
    intro:
      'Si vous le souhaitez, préparez un bilan de ce que vous avez partagé ce mois-ci et envoyez-le à votre équipe communication. Il ne contient que des comptes\u00a0: partages par contenu et par catégorie, part médiane de vos propres mots, types de partage. Ni nom, ni texte de publication, ni adresse LinkedIn, ni date plus précise que le mois. Relais n’envoie rien\u00a0: vous le téléchargez ou le copiez, et l’envoyez vous-même.',
    month: 'Mois',
    feed: 'Flux',
    prepare: 'Préparer le bilan',
    preparing: 'Préparation…',
    failed: 'Le bilan n’a pas pu être préparé\u00a0: {message}',
    nothing: 'Vous n’avez rien partagé d’un flux ce mois-là\u00a0: il n’y a rien à résumer.',
    review: 'Voici le bilan en entier, exactement tel qu’il partira\u00a0:',
    reviewLabel: 'Le bilan, tel qu’il sera envoyé',
    download: 'Télécharger le bilan',
    copy: 'Copier le bilan',
    copied: 'Le bilan est dans le presse-papiers\u00a0: collez-le dans un e-mail à votre équipe communication.',
    copyFailed: 'Le navigateur a refusé le presse-papiers\u202f; téléchargez plutôt le fichier.',
    downloaded: 'Le bilan est dans vos téléchargements.',
    discard: 'Abandonner',
  },
);

import { defineMessages } from '@/lib/i18n/messages';

/** The personalisation flow. French uses non-breaking spaces inside « » and before ; : ! ? % */
export const composeMessages = defineMessages(
  {
    flowLabel: 'Make it yours',
    loading: 'Opening your draft…',
    loadError: 'Your saved draft could not be opened: {message}',
    retry: 'Try again',

    angleLegend: 'Pick a direction',
    angleHint:
      'It changes the first question below; nothing is pasted into your post. Your colleagues see these in a different order.',
    ownOpener: 'No direction: I know what to say',
    insertStarter: 'Insert as a sentence starter',
    insertStarterHint:
      'It puts the angle at the start of your first words. It stays the company’s wording: it does not count as your own words.',

    promptsLegend: 'Your words',
    promptsHint: 'Your first words open the post. A sentence or two is plenty; skip what does not apply.',

    linkLegend: 'Where the link goes',
    linkHint:
      'Every colleague shares the same link. In a first comment, the start of your post is only your words; readers find the link right below it.',
    linkInComment: 'In a first comment (recommended)',
    linkInPost: 'In my post, after my words',
    firstCommentHeading: 'Once posted, add the link as your first comment',
    firstCommentHint: 'Click Post, then Comment under your post: paste the link and publish the comment.',
    firstCommentLinkLabel: 'The link',
    copyLink: 'Copy the link',
    linkCopied: 'Link copied: paste it as your first comment.',
    linkCopyFailed: 'The link could not be copied: select it above and copy it by hand.',

    draftLabel: 'Your post',
    draftLabelRepost: 'Your thoughts, above the company’s post',
    draftLabelComment: 'Your comment',
    draftHintRepost: 'Edit freely. LinkedIn shows the company’s post under your words, so no link is needed.',
    draftHintComment: 'A comment of your own: short, in your words. No hashtags needed.',
    commentTooLong: 'LinkedIn takes at most {max} characters in a comment: remove {over} to insert it.',
    draftHint: 'Edit freely. Your words come first; the company’s message is only there as support.',
    rebuild: 'Rebuild from my answers',
    rebuildHint: 'You edited the draft, so your answers no longer change it.',
    saved: 'Draft saved on this computer.',
    saveError: 'Your draft could not be saved: {message}',

    characters: '{count} / {max} characters',
    charactersOver_one: '{count} character over the limit',
    charactersOver_other: '{count} characters over the limit',
    hashtags_one: '{count} hashtag',
    hashtags_other: '{count} hashtags',
    mentions_one: '{count} mention',
    mentions_other: '{count} mentions',

    previewHeading: 'Before “see more”',
    previewDevice: 'Preview on',
    desktop: 'Desktop',
    mobile: 'Mobile',
    previewEmpty: 'Nothing to show yet.',
    seeMore: '…see more',
    previewAllVisible: 'Readers see the whole post.',

    meterLabel: 'Own words',
    meterValue: '{share} in your own words',
    meterEmpty: 'No words yet',
    meterExplain: 'Share of your draft that is not copied from the company text or the suggested angles.',
    meterMinimum: 'Your company asks for at least {min}.',
    announceReachedMinimum: 'Your draft now reaches your company’s minimum of own words.',
    announceBelowMinimum: 'Your draft is now below your company’s minimum of own words.',
    announceOpeningCopied: 'Your opening repeats a source text.',
    announceOpeningOwn: 'Your opening is now your own.',

    findingsHeading: 'Charter checks',
    findingsNone: 'Nothing to fix: your draft follows the charter.',
    findingsNoneOther: 'Nothing else to fix.',
    severityError: 'To fix',
    severityWarning: 'Worth a look',
    severityTip: 'Tips',
    severityPrefix: '{label}: ',
    fixApplied: 'Fixed. Checks updated.',
    why: 'Why: {reason}',

    charterSummary: 'Our charter',
    charterTone: 'Tone',
    charterDo: 'Do',
    charterDont: 'Don’t',

    postingHeading: 'When to post',
    postingSuggested: 'Suggested: {time}',
    postingWhy:
      'A moment in the next few working days, picked for you so colleagues don’t all post at the same minute. Nothing is scheduled.',
    postingAnother: 'Another moment',
    postingCalendar: 'Add to my calendar',
    postingCalendarHint: 'Saves a calendar file on this computer. Nothing is sent.',
    postingCalendarTitle: 'Post on LinkedIn: {title}',
    postingCalendarDescription:
      'The moment Relais suggested to share “{title}” in your own words. Your draft is saved in Relais.',

    insertLinkedIn: 'Draft on LinkedIn',
    insertPractice: 'Insert in the practice post',
    insertClipboard: 'Copy the draft',
    insertHint: 'Relais puts the text in LinkedIn’s editor. You review it and click Post yourself.',
    insertClipboardHint: 'Relais copies the text: paste it into LinkedIn’s editor, review it and click Post yourself.',
    inserting: 'Inserting…',
    insertError: 'The draft could not be inserted: {message}',
    confirmHeading: 'Before you insert',
    confirmOwnWords:
      'Only {own} of this draft is in your own words; your company asks for at least {min}. Insert anyway?',
    confirmConfidential_one: 'Your draft contains {phrases}, which may be confidential.',
    confirmConfidential_other: 'Your draft contains {phrases}, which may be confidential.',
    confirmConfidentialCheck_one: 'I checked that {phrases} can be made public.',
    confirmConfidentialCheck_other: 'I checked that {phrases} can be made public.',
    confirmNoOwnWords:
      'Your post has none of your own words yet: only hashtags (and the link, if it goes in your post) would go in. Insert anyway?',
    confirmBanned_one: 'Your draft contains {phrases}, which your company asks you to avoid.',
    confirmBanned_other: 'Your draft contains {phrases}, which your company asks you to avoid.',
    confirmMention_one: 'Your draft names {phrases}; your company asks you not to mention it.',
    confirmMention_other: 'Your draft names {phrases}; your company asks you not to mention them.',
    confirmReason: 'Your company’s reason: {reason}',
    confirmInsert: 'Insert anyway',
    confirmCopy: 'Copy anyway',
    keepEditing: 'Keep editing',
    quoted: '“{text}”',

    imageHeading: 'The item’s image',
    imageLoading: 'Loading the image…',
    imageUnavailable: 'The item’s image could not be loaded, so it cannot be added.',
    addImage: 'Add the image',
    addingImage: 'Adding the image…',
    imageAttached: 'The image is attached to your post.',
    imageInEditor: 'LinkedIn shows the image: click Next to go back to your post.',
    imageComposerClosed:
      'LinkedIn’s composer is not open: click “Start a post”, then try again, or download the image.',
    imageNotAttached: 'Relais could not add the image to LinkedIn’s composer.',
    imageManualHint: 'Download it, then click Media (the picture icon) in LinkedIn’s composer and choose the file.',
    downloadImage: 'Download the image',
  },
  {
    flowLabel: 'À votre façon',
    loading: 'Ouverture de votre brouillon…',
    loadError: 'Impossible d’ouvrir votre brouillon enregistré\u00a0: {message}',
    retry: 'Réessayer',

    angleLegend: 'Choisir une direction',
    angleHint:
      'Elle change la première question ci-dessous\u202f; rien n’est collé dans votre texte. Vos collègues les voient dans un autre ordre.',
    ownOpener: 'Pas de direction\u00a0: je sais quoi dire',
    insertStarter: 'Insérer comme début de phrase',
    insertStarterHint:
      'L’angle est placé au début de vos premiers mots. Il reste formulé par l’entreprise\u00a0: il ne compte pas comme vos propres mots.',

    promptsLegend: 'Vos mots',
    promptsHint:
      'Vos premiers mots ouvrent le texte. Une phrase ou deux suffisent\u202f; passez ce qui ne vous concerne pas.',

    linkLegend: 'Où va le lien',
    linkHint:
      'Tous vos collègues partagent le même lien. En premier commentaire, le début de votre post n’est fait que de vos mots\u202f; vos lecteurs trouvent le lien juste en dessous.',
    linkInComment: 'En premier commentaire (recommandé)',
    linkInPost: 'Dans mon post, après mes mots',
    firstCommentHeading: 'Une fois publié, ajoutez le lien en premier commentaire',
    firstCommentHint:
      'Cliquez sur Publier, puis sur Commenter sous votre post\u00a0: collez le lien et publiez le commentaire.',
    firstCommentLinkLabel: 'Le lien',
    copyLink: 'Copier le lien',
    linkCopied: 'Lien copié\u00a0: collez-le en premier commentaire.',
    linkCopyFailed: 'Le lien n’a pas pu être copié\u00a0: sélectionnez-le ci-dessus et copiez-le à la main.',

    draftLabel: 'Votre texte',
    draftHint: 'Modifiez librement. Vos mots d’abord\u202f; le message de l’entreprise n’est là qu’en appui.',
    draftLabelRepost: 'Votre avis, au-dessus du post de l’entreprise',
    draftLabelComment: 'Votre commentaire',
    draftHintRepost:
      'Modifiez librement. LinkedIn montre le post de l’entreprise sous vos mots\u00a0: pas besoin de lien.',
    draftHintComment: 'Un commentaire bien à vous\u00a0: court, avec vos mots. Pas besoin de hashtags.',
    commentTooLong:
      'LinkedIn accepte au plus {max} caractères dans un commentaire\u00a0: retirez-en {over} pour l’insérer.',
    rebuild: 'Reconstruire à partir de mes réponses',
    rebuildHint: 'Vous avez modifié le brouillon\u00a0: vos réponses ne le changent plus.',
    saved: 'Brouillon enregistré sur cet ordinateur.',
    saveError: 'Impossible d’enregistrer votre brouillon\u00a0: {message}',

    characters: '{count} / {max} caractères',
    charactersOver_one: '{count} caractère au-delà de la limite',
    charactersOver_other: '{count} caractères au-delà de la limite',
    hashtags_one: '{count} hashtag',
    hashtags_other: '{count} hashtags',
    mentions_one: '{count} mention',
    mentions_other: '{count} mentions',

    previewHeading: 'Avant «\u00a0voir plus\u00a0»',
    previewDevice: 'Aperçu sur',
    desktop: 'Ordinateur',
    mobile: 'Mobile',
    previewEmpty: 'Rien à afficher pour l’instant.',
    seeMore: '…voir plus',
    previewAllVisible: 'Vos lecteurs voient tout le texte.',

    meterLabel: 'Vos propres mots',
    meterValue: '{share} avec vos propres mots',
    meterEmpty: 'Pas encore de mots',
    meterExplain: 'Part de votre brouillon qui ne reprend ni le texte de l’entreprise ni les angles suggérés.',
    meterMinimum: 'Votre entreprise demande au moins {min}.',
    announceReachedMinimum:
      'Votre brouillon atteint maintenant le minimum de mots personnels demandé par votre entreprise.',
    announceBelowMinimum:
      'Votre brouillon est maintenant sous le minimum de mots personnels demandé par votre entreprise.',
    announceOpeningCopied: 'Votre accroche reprend un texte source.',
    announceOpeningOwn: 'Votre accroche est maintenant la vôtre.',

    findingsHeading: 'Vérifications de la charte',
    findingsNone: 'Rien à corriger\u00a0: votre brouillon respecte la charte.',
    findingsNoneOther: 'Rien d’autre à corriger.',
    severityError: 'À corriger',
    severityWarning: 'À vérifier',
    severityTip: 'Conseils',
    severityPrefix: '{label}\u00a0: ',
    fixApplied: 'Corrigé. Vérifications mises à jour.',
    why: 'Pourquoi\u00a0: {reason}',

    charterSummary: 'Notre charte',
    charterTone: 'Ton',
    charterDo: 'À faire',
    charterDont: 'À éviter',

    postingHeading: 'Quand publier',
    postingSuggested: 'Suggestion\u00a0: {time}',
    postingWhy:
      'Un moment dans les prochains jours ouvrés, choisi pour vous afin que vos collègues ne publient pas tous à la même minute. Rien n’est programmé.',
    postingAnother: 'Un autre moment',
    postingCalendar: 'Ajouter à mon agenda',
    postingCalendarHint: 'Enregistre un fichier d’agenda sur cet ordinateur. Rien n’est envoyé.',
    postingCalendarTitle: 'Publier sur LinkedIn\u00a0: {title}',
    postingCalendarDescription:
      'Le moment suggéré par Relais pour partager «\u00a0{title}\u00a0» avec vos mots. Votre brouillon est enregistré dans Relais.',

    insertLinkedIn: 'Rédiger sur LinkedIn',
    insertPractice: 'Insérer dans le post d’entraînement',
    insertClipboard: 'Copier le brouillon',
    insertHint: 'Relais place le texte dans l’éditeur de LinkedIn. Vous le relisez et cliquez vous-même sur Publier.',
    insertClipboardHint:
      'Relais copie le texte\u00a0: collez-le dans l’éditeur de LinkedIn, relisez-le et cliquez vous-même sur Publier.',
    inserting: 'Insertion…',
    insertError: 'Impossible d’insérer le brouillon\u00a0: {message}',
    confirmHeading: 'Avant d’insérer',
    confirmOwnWords:
      'Seulement {own} de ce brouillon est écrit avec vos propres mots\u202f; votre entreprise demande au moins {min}. Insérer quand même\u202f?',
    confirmConfidential_one: 'Votre brouillon contient {phrases}, qui est peut-être confidentiel.',
    confirmConfidential_other: 'Votre brouillon contient {phrases}, qui sont peut-être confidentiels.',
    confirmConfidentialCheck_one: 'J’ai vérifié que {phrases} peut être rendu public.',
    confirmConfidentialCheck_other: 'J’ai vérifié que {phrases} peuvent être rendus publics.',
    confirmNoOwnWords:
      'Votre texte ne contient encore aucun mot à vous\u00a0: seuls les hashtags (et le lien, s’il va dans votre post) seraient insérés. Insérer quand même\u202f?',
    confirmBanned_one: 'Votre brouillon contient {phrases}, que votre entreprise demande d’éviter.',
    confirmBanned_other: 'Votre brouillon contient {phrases}, que votre entreprise demande d’éviter.',
    confirmMention_one: 'Votre brouillon cite {phrases}\u202f; votre entreprise demande de ne pas le mentionner.',
    confirmMention_other: 'Votre brouillon cite {phrases}\u202f; votre entreprise demande de ne pas les mentionner.',
    confirmReason: 'La raison de votre entreprise\u00a0: {reason}',
    confirmInsert: 'Insérer quand même',
    confirmCopy: 'Copier quand même',
    keepEditing: 'Continuer à modifier',
    quoted: '«\u00a0{text}\u00a0»',

    imageHeading: 'L’image du contenu',
    imageLoading: 'Chargement de l’image…',
    imageUnavailable: 'L’image du contenu n’a pas pu être chargée\u202f; elle ne peut pas être ajoutée.',
    addImage: 'Ajouter l’image',
    addingImage: 'Ajout de l’image…',
    imageAttached: 'L’image est jointe à votre post.',
    imageInEditor: 'LinkedIn affiche l’image\u00a0: cliquez sur Suivant pour revenir à votre post.',
    imageComposerClosed:
      'L’éditeur de LinkedIn n’est pas ouvert\u00a0: cliquez sur «\u00a0Commencer un post\u00a0», puis réessayez, ou téléchargez l’image.',
    imageNotAttached: 'Relais n’a pas pu ajouter l’image dans l’éditeur de LinkedIn.',
    imageManualHint:
      'Téléchargez-la, puis cliquez sur Média (l’icône d’image) dans l’éditeur de LinkedIn et choisissez le fichier.',
    downloadImage: 'Télécharger l’image',
  },
);

import { defineMessages } from '@/lib/i18n/messages';

export const tourMessages = defineMessages(
  {
    open: 'How Relais works',
    dialogLabel: 'How Relais works — a short tour',
    stepCount: 'Step {step} of {total}',
    back: 'Back',
    next: 'Next',
    finish: 'Got it',
    skip: 'Close the tour',
    parrotTitle: 'The parrot effect',
    parrotBody:
      'When hundreds of colleagues post the same company text at the same minute, people see copies, not colleagues — and LinkedIn shows them less. Relais helps each post sound like the person who wrote it.',
    charterTitle: 'The charter',
    charterBody:
      'Your company’s few rules for posting: words to avoid, things to keep confidential, a mention to add. Relais checks your draft against them while you write, so you can post with confidence.',
    meterTitle: 'The originality meter',
    meterBody:
      'It shows how much of your draft is in your own words rather than the company’s text. Add what you saw, why it matters to you, a detail only you know: the meter rises.',
    momentTitle: 'Your own moment',
    momentBody:
      'Relais never posts for you. It puts your draft in LinkedIn’s composer and you click Post when it suits you — not at the same minute as everyone else.',
  },
  {
    open: 'Comment marche Relais',
    dialogLabel: 'Comment marche Relais — visite guidée',
    stepCount: 'Étape {step} sur {total}',
    back: 'Précédent',
    next: 'Suivant',
    finish: 'C’est compris',
    skip: 'Fermer la visite',
    parrotTitle: 'L’effet perroquet',
    parrotBody:
      'Quand des centaines de collègues publient le même texte de l’entreprise à la même minute, on voit des copies, pas des collègues — et LinkedIn les montre moins. Relais aide chaque publication à ressembler à la personne qui l’écrit.',
    charterTitle: 'La charte',
    charterBody:
      'Les quelques règles de votre entreprise pour publier : des mots à éviter, des sujets confidentiels, une mention à ajouter. Relais vérifie votre brouillon pendant que vous écrivez, pour publier en confiance.',
    meterTitle: 'Le compteur d’originalité',
    meterBody:
      'Il montre la part de votre brouillon écrite avec vos propres mots plutôt qu’avec le texte de l’entreprise. Ajoutez ce que vous avez vu, pourquoi cela compte pour vous, un détail que vous seul connaissez : le compteur monte.',
    momentTitle: 'Votre moment à vous',
    momentBody:
      'Relais ne publie jamais à votre place. Il met votre brouillon dans l’éditeur de LinkedIn et vous cliquez sur Publier quand cela vous convient — pas à la même minute que tout le monde.',
  },
);

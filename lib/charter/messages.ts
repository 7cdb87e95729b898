import { defineMessages } from '../i18n/messages';

/** Findings of the charter checks. French uses non-breaking spaces inside « » and before ; : ! ? */
export const charterMessages = defineMessages(
  {
    banned: '“{phrase}” is on your company’s list of phrases to avoid.',
    confidential: '“{phrase}” may be confidential. Make sure it can be made public before you post.',
    replaceWith: 'Replace with “{suggestion}”',
    brandSpelling: 'Write “{correct}”, not “{found}”.',
    brandFix: 'Write “{correct}”',
    disclosureMissing: 'Say that you work for the company: add “{text}”.',
    disclosureReason: 'Your company’s charter asks for it, and readers should know you speak as an employee.',
    disclosureFix: 'Add “{text}”',
    hashtagsTooMany_one: 'Your post has {count} hashtag; your company suggests at most {max}.',
    hashtagsTooMany_other: 'Your post has {count} hashtags; your company suggests at most {max}.',
    hashtagsTooManyReason: 'A few precise hashtags reach more people than a long list, which looks like spam.',
    hashtagsTooFew_one: 'Add at least {count} hashtag so people following the topic find your post.',
    hashtagsTooFew_other: 'Add at least {count} hashtags so people following the topic find your post.',
    hashtagsFix: 'Add {tags}',
    forbiddenMention: 'Your company asks you not to mention {mention}.',
    forbiddenMentionReason:
      'In a post about your company, naming another company can read as your company’s position on it.',
    tooLongLinkedIn_one: 'LinkedIn accepts at most {max} characters: remove {count} character.',
    tooLongLinkedIn_other: 'LinkedIn accepts at most {max} characters: remove {count} characters.',
    tooLongCharter_one: 'Your company asks for posts of at most {max} characters: {count} character too many.',
    tooLongCharter_other: 'Your company asks for posts of at most {max} characters: {count} characters too many.',
    ownWordsLow: '{own} of your post is in your own words; your company asks for at least {min}.',
    ownWordsReason:
      'Many colleagues share the same item. Your own experience is what makes your post worth reading, and keeps it from looking copied.',
    openingSameAngle: 'Your opening is a suggested angle, word for word.',
    openingCloseAngle: 'Your opening is very close to a suggested angle.',
    openingSameText: 'Your opening repeats the company’s text.',
    openingCloseText: 'Your opening is very close to the company’s text.',
    openingReason:
      'It is all readers see before “see more”, and colleagues sharing this item may start the same way. Open with something only you can say.',
  },
  {
    banned: '«\u00a0{phrase}\u00a0» fait partie des expressions que votre entreprise demande d’éviter.',
    confidential:
      '«\u00a0{phrase}\u00a0» est peut-être confidentiel. Vérifiez que l’information peut être rendue publique avant de publier.',
    replaceWith: 'Remplacer par «\u00a0{suggestion}\u00a0»',
    brandSpelling: 'Écrivez «\u00a0{correct}\u00a0», pas «\u00a0{found}\u00a0».',
    brandFix: 'Écrire «\u00a0{correct}\u00a0»',
    disclosureMissing: 'Indiquez que vous travaillez pour l’entreprise\u00a0: ajoutez «\u00a0{text}\u00a0».',
    disclosureReason:
      'La charte de votre entreprise le demande, et vos lecteurs doivent savoir que vous vous exprimez en tant que salarié.',
    disclosureFix: 'Ajouter «\u00a0{text}\u00a0»',
    hashtagsTooMany_one: 'Votre texte contient {count} hashtag\u202f; votre entreprise en conseille {max} au maximum.',
    hashtagsTooMany_other:
      'Votre texte contient {count} hashtags\u202f; votre entreprise en conseille {max} au maximum.',
    hashtagsTooManyReason:
      'Quelques hashtags précis touchent plus de monde qu’une longue liste, qui ressemble à du spam.',
    hashtagsTooFew_one:
      'Ajoutez au moins {count} hashtag pour que les personnes qui suivent le sujet trouvent votre texte.',
    hashtagsTooFew_other:
      'Ajoutez au moins {count} hashtags pour que les personnes qui suivent le sujet trouvent votre texte.',
    hashtagsFix: 'Ajouter {tags}',
    forbiddenMention: 'Votre entreprise vous demande de ne pas mentionner {mention}.',
    forbiddenMentionReason:
      'Dans un texte sur votre entreprise, citer une autre entreprise peut passer pour la position de votre entreprise à son sujet.',
    tooLongLinkedIn_one: 'LinkedIn accepte {max} caractères au maximum\u00a0: retirez {count} caractère.',
    tooLongLinkedIn_other: 'LinkedIn accepte {max} caractères au maximum\u00a0: retirez {count} caractères.',
    tooLongCharter_one:
      'Votre entreprise demande des textes de {max} caractères au maximum\u00a0: {count} caractère de trop.',
    tooLongCharter_other:
      'Votre entreprise demande des textes de {max} caractères au maximum\u00a0: {count} caractères de trop.',
    ownWordsLow: '{own} de votre texte est écrit avec vos propres mots\u202f; votre entreprise demande au moins {min}.',
    ownWordsReason:
      'Beaucoup de collègues partagent le même contenu. C’est votre expérience qui donne envie de vous lire, et qui évite l’effet copier-coller.',
    openingSameAngle: 'Votre accroche reprend mot pour mot un angle suggéré.',
    openingCloseAngle: 'Votre accroche est très proche d’un angle suggéré.',
    openingSameText: 'Votre accroche reprend le texte de l’entreprise.',
    openingCloseText: 'Votre accroche est très proche du texte de l’entreprise.',
    openingReason:
      'C’est tout ce que vos lecteurs voient avant «\u00a0voir plus\u00a0», et vos collègues qui partagent ce contenu risquent de commencer de la même façon. Commencez par ce que vous seul pouvez dire.',
  },
);

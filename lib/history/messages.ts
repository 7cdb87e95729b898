/** Strings for share history, insights, challenges and history files. */
import { defineMessages } from '../i18n/messages';

export const historyMessages = defineMessages(
  {
    errorDiskFull:
      'Your disk is full: Relais could not save this share. Nothing already saved was lost. Free some space and try again.',
    errorOlderTab: 'Relais is open in an older tab: close other LinkedIn tabs and reload.',
    errorUpgradeFailed:
      'Relais could not update its local data to this version. Your history is untouched. Reload the page; if this keeps happening, report it to your comms team.',
    errorUnavailable:
      'Relais could not reach its local storage. Your history is untouched. Reload the page and try again.',

    importNotJson: 'This file is not a JSON file ({detail}).',
    importWrongFormat: 'This is not a Relais history file.',
    importNewerVersion:
      'This history file comes from a newer Relais (format {version}). Update Relais, then import it again.',
    importInvalid: 'Problem at {path}: {detail}',
    importInvalidEntry: '{entry}, at {path}: {detail}',
    importBadDate: '{entry}: “{field}” is {value}, which is not a date. Fix or remove this entry.',
    importShareEntry: 'Share {position} of the file',
    importShareEntryTitled: 'Share {position} of the file (“{title}”)',
    importDraftEntry: 'Draft {position} of the file',
    importProgress: 'Importing… {done} of {total} shares',
    importInterrupted:
      '{done} of {total} shares were imported before this stopped. Import the same file again to finish: shares already there are not added twice.',
    errorNoAnswer: 'Relais did not answer. Reload the page and try again.',
    errorUnexpected: 'Relais could not finish this. Your history is untouched. Reload the page and try again.',
    importRefused: 'Nothing was imported: fix the file and try again.',
    importAddedShares_one: '{count} share added to your history.',
    importAddedShares_other: '{count} shares added to your history.',
    importAlreadyThere_one: '{count} share was already in your history.',
    importAlreadyThere_other: '{count} shares were already in your history.',

    challengeOwnWordsTitle: 'Mostly your words',
    challengeOwnWordsDetail: '{goal} posts this month with more than {threshold} in your own words.',
    challengeEveryCategoryTitle: 'A bit of everything',
    challengeEveryCategoryDetail: 'One post in each of your team’s {goal} categories this month.',
    challengeCleanCharterTitle: 'By the charter',
    challengeCleanCharterDetail: '{goal} posts this month without any charter warning.',
    challengeBeatLastMonthTitle: 'Your own best',
    challengeBeatLastMonthDetail: 'More of your own words on average than last month ({previous}).',
    challengeUnavailableCategories: 'Your team has not set a category mix yet.',
    challengeUnavailableLastMonth: 'You did not post last month: nothing to beat yet.',
    challengeProgressCount: '{count} of {goal}',
    challengeProgressAverage: '{current} so far this month',
    challengeDone: 'Done: well played.',

    suggestionUnderRepresented: 'You have shared less “{category}” than your team aims for.',
    suggestionPinned: 'Highlighted by your comms team.',
    suggestionCampaignEnding: 'Campaign ends {when}.',
    suggestionNew: 'New {when}.',
  },
  {
    errorDiskFull:
      'Votre disque est plein : Relais n’a pas pu enregistrer ce partage. Rien de ce qui était déjà enregistré n’a été perdu. Libérez de la place et réessayez.',
    errorOlderTab: 'Relais est ouvert dans un ancien onglet : fermez les autres onglets LinkedIn et rechargez la page.',
    errorUpgradeFailed:
      'Relais n’a pas pu mettre à jour ses données locales pour cette version. Votre historique est intact. Rechargez la page ; si le problème persiste, signalez-le à votre équipe communication.',
    errorUnavailable:
      'Relais n’arrive pas à accéder à son stockage local. Votre historique est intact. Rechargez la page et réessayez.',

    importNotJson: 'Ce fichier n’est pas un fichier JSON ({detail}).',
    importWrongFormat: 'Ce fichier n’est pas un historique Relais.',
    importNewerVersion:
      'Cet historique vient d’une version plus récente de Relais (format {version}). Mettez Relais à jour, puis importez-le à nouveau.',
    importInvalid: 'Problème à {path} : {detail}',
    importInvalidEntry: '{entry}, à {path} : {detail}',
    importBadDate: '{entry} : « {field} » vaut {value}, ce qui n’est pas une date. Corrigez ou retirez cette entrée.',
    importShareEntry: 'Partage {position} du fichier',
    importShareEntryTitled: 'Partage {position} du fichier (« {title} »)',
    importDraftEntry: 'Brouillon {position} du fichier',
    importProgress: 'Import en cours… {done} partages sur {total}',
    importInterrupted:
      '{done} partages sur {total} ont été importés avant l’interruption. Importez à nouveau le même fichier pour terminer : les partages déjà présents ne sont pas ajoutés deux fois.',
    errorNoAnswer: 'Relais n’a pas répondu. Rechargez la page et réessayez.',
    errorUnexpected: 'Relais n’a pas pu terminer. Votre historique est intact. Rechargez la page et réessayez.',
    importRefused: 'Rien n’a été importé : corrigez le fichier et réessayez.',
    importAddedShares_one: '{count} partage ajouté à votre historique.',
    importAddedShares_other: '{count} partages ajoutés à votre historique.',
    importAlreadyThere_one: '{count} partage était déjà dans votre historique.',
    importAlreadyThere_other: '{count} partages étaient déjà dans votre historique.',

    challengeOwnWordsTitle: 'Surtout vos mots',
    challengeOwnWordsDetail: '{goal} publications ce mois-ci avec plus de {threshold} de mots à vous.',
    challengeEveryCategoryTitle: 'Un peu de tout',
    challengeEveryCategoryDetail: 'Une publication dans chacune des {goal} catégories de votre équipe ce mois-ci.',
    challengeCleanCharterTitle: 'Dans les règles',
    challengeCleanCharterDetail: '{goal} publications ce mois-ci sans aucun avertissement de la charte.',
    challengeBeatLastMonthTitle: 'Votre propre record',
    challengeBeatLastMonthDetail: 'En moyenne, plus de mots à vous que le mois dernier ({previous}).',
    challengeUnavailableCategories: 'Votre équipe n’a pas encore défini de répartition par catégorie.',
    challengeUnavailableLastMonth: 'Vous n’avez rien publié le mois dernier : pas encore de record à battre.',
    challengeProgressCount: '{count} sur {goal}',
    challengeProgressAverage: '{current} pour l’instant ce mois-ci',
    challengeDone: 'Réussi : bravo.',

    suggestionUnderRepresented:
      'La catégorie « {category} » pèse moins dans vos partages que l’objectif de votre équipe.',
    suggestionPinned: 'Mis en avant par votre équipe communication.',
    suggestionCampaignEnding: 'La campagne se termine {when}.',
    suggestionNew: 'Nouveau, {when}.',
  },
);

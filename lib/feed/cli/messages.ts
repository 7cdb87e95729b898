/** The words of `npm run feed:validate`. */
import { defineMessages } from '../../i18n/messages';

export const validateMessages = defineMessages(
  {
    heading: 'Relais feed check: {source}',
    cannotUse: 'The feed cannot be used',
    problemCount_one:
      '{count} problem makes the whole feed unusable; employees keep the previous version until it is fixed:',
    problemCount_other:
      '{count} problems make the whole feed unusable; employees keep the previous version until they are fixed:',
    skippedCount_one: '{count} item is skipped (the others are published):',
    skippedCount_other: '{count} items are skipped (the others are published):',
    warningCount_one: '{count} warning (nothing is skipped because of it):',
    warningCount_other: '{count} warnings (nothing is skipped because of them):',
    item: 'item "{id}"',
    itemAt: 'item #{index}',
    hint: 'hint',
    summary: 'Summary',
    feed: 'Feed',
    feedBy: '"{title}" by {organisation}',
    feedTitle: '"{title}"',
    plainFeed: 'plain JSON Feed: every item goes to the "news watch" channel, category "industry"',
    items: 'Items',
    itemsLine: '{valid} valid, {skipped} skipped',
    channels: 'Channels',
    categories: 'Categories',
    languages: 'Languages',
    languageUnspecified: 'unspecified',
    rightNow: 'At {date}',
    stateLine:
      '{visible} visible, {expired} expired, {embargoed} under embargo, {pinned} pinned, {campaigns} in a running campaign',
    none: 'none',
    resultOk: 'Result: OK, the feed can be published (exit code 0).',
    resultWarnings: 'Result: OK with warnings, the feed can be published (exit code 0).',
    resultStrictWarnings: 'Result: warnings count as problems with --strict (exit code 2).',
    resultSkipped: 'Result: usable, but some items are skipped (exit code 2).',
    resultFatal: 'Result: unusable (exit code 1).',
    usage:
      'Usage: npm run feed:validate -- <file-or-url> [--lang en|fr] [--now 2027-03-01T09:00:00+01:00] [--strict] [--json]',
    badNow: '--now needs a date such as 2027-03-01T09:00:00+01:00',
    fileMissing: 'Cannot read the file {path}: {reason}',
  },
  {
    heading: 'Vérification du flux Relais : {source}',
    cannotUse: 'Le flux est inutilisable',
    problemCount_one:
      "{count} problème rend tout le flux inutilisable ; les salariés gardent la version précédente jusqu'à sa correction :",
    problemCount_other:
      "{count} problèmes rendent tout le flux inutilisable ; les salariés gardent la version précédente jusqu'à leur correction :",
    skippedCount_one: '{count} élément est ignoré (les autres sont publiés) :',
    skippedCount_other: '{count} éléments sont ignorés (les autres sont publiés) :',
    warningCount_one: "{count} avertissement (rien n'est ignoré à cause de lui) :",
    warningCount_other: "{count} avertissements (rien n'est ignoré à cause d'eux) :",
    item: 'élément « {id} »',
    itemAt: 'élément n°{index}',
    hint: 'conseil',
    summary: 'Résumé',
    feed: 'Flux',
    feedBy: '« {title} » par {organisation}',
    feedTitle: '« {title} »',
    plainFeed: 'JSON Feed simple : chaque élément va dans le canal « veille », catégorie « industry »',
    items: 'Éléments',
    itemsLine: '{valid} valides, {skipped} ignorés',
    channels: 'Canaux',
    categories: 'Catégories',
    languages: 'Langues',
    languageUnspecified: 'non précisée',
    rightNow: 'Au {date}',
    stateLine:
      '{visible} visibles, {expired} expirés, {embargoed} sous embargo, {pinned} épinglés, {campaigns} dans une campagne en cours',
    none: 'aucun',
    resultOk: 'Résultat : OK, le flux peut être publié (code de sortie 0).',
    resultWarnings: 'Résultat : OK avec avertissements, le flux peut être publié (code de sortie 0).',
    resultStrictWarnings:
      'Résultat : avec --strict, les avertissements comptent comme des problèmes (code de sortie 2).',
    resultSkipped: 'Résultat : utilisable, mais des éléments sont ignorés (code de sortie 2).',
    resultFatal: 'Résultat : inutilisable (code de sortie 1).',
    usage:
      'Utilisation : npm run feed:validate -- <fichier-ou-url> [--lang en|fr] [--now 2027-03-01T09:00:00+01:00] [--strict] [--json]',
    badNow: '--now attend une date comme 2027-03-01T09:00:00+01:00',
    fileMissing: 'Impossible de lire le fichier {path} : {reason}',
  },
);

/** What the sync tells a comms person or an employee about a feed address or a download. */
import { defineMessages } from '../i18n/messages';

export const syncMessages = defineMessages(
  {
    invalidUrl: 'This is not a web address: write the full address, starting with https://',
    insecureUrl: 'The feed must be served over https:// (http:// is only allowed for localhost)',
    credentialsInUrl: 'The address contains a user name or password: publish the feed without a login',
    insecureRedirect: 'The feed address redirects to {url}, which is not https: publish the feed over https',
    unsafeRedirect:
      'The feed address redirects to a {scheme} address, which is not a web address: Relais did not follow it. Publish the feed at an https address',
    hiddenRedirect:
      'The feed address redirects, and the browser does not show Relais where before going there: add the feed under its final https address (open it in a tab: the address bar shows where it leads)',
    tooManyRedirects: 'The feed address redirects more than {count} times: add the feed under its final https address',
    network: 'Could not reach {host}: check the address, your connection or VPN',
    timeout: 'No answer within {seconds} s: the feed server is slow or unreachable; Relais will try again later',
    aborted: 'The download was stopped',
    tooLarge: 'The feed is larger than {megabytes} MB: split it or remove old items',
    httpNotFound: 'The feed server answered {status}: check the URL',
    httpDenied: 'The feed server refused access ({status}): the feed must be readable without signing in',
    httpBusy: 'The feed server is busy ({status}): Relais will try again later',
    httpServerError: 'The feed server had a problem ({status}): Relais will try again later',
    httpOther: 'The feed server answered {status} instead of the feed',
    htmlPage: 'The address returned a web page, not a feed: it may point to a page or a login screen',
    contentType: 'The feed is served as "{contentType}"; serve it as application/feed+json or application/json',
    notUtf8: 'The feed is not encoded in UTF-8: save the file as UTF-8',
    invalidFeed_one: 'The feed cannot be used ({count} problem): {first}',
    invalidFeed_other: 'The feed cannot be used ({count} problems, the first one): {first}',
    duplicate: 'This feed is already in your list',
    unknownFeed: 'This feed is not in your list',
    locked: 'Your organisation manages the list of feeds: it cannot be changed here',
    managedFeed: 'Your organisation added this feed: it cannot be removed here',
    removedDuringSync: 'The feed was removed while it was being updated',
    storage: 'The library could not be saved on this computer: {detail}',
  },
  {
    invalidUrl: "Ce n'est pas une adresse web : écrivez l'adresse complète, commençant par https://",
    insecureUrl: 'Le flux doit être servi en https:// (http:// est réservé à localhost)',
    credentialsInUrl: "L'adresse contient un identifiant ou un mot de passe : publiez le flux sans connexion",
    insecureRedirect: "L'adresse du flux redirige vers {url}, qui n'est pas en https : publiez le flux en https",
    unsafeRedirect:
      'L’adresse du flux redirige vers une adresse {scheme}, qui n’est pas une adresse web : Relais ne l’a pas suivie. Publiez le flux à une adresse https',
    hiddenRedirect:
      'L’adresse du flux redirige, et le navigateur ne montre pas à Relais vers où avant d’y aller : ajoutez le flux sous son adresse https finale (ouvrez-la dans un onglet : la barre d’adresse montre où elle mène)',
    tooManyRedirects: 'L’adresse du flux redirige plus de {count} fois : ajoutez le flux sous son adresse https finale',
    network: 'Impossible de joindre {host} : vérifiez l’adresse, votre connexion ou votre VPN',
    timeout: 'Pas de réponse en {seconds} s : le serveur du flux est lent ou injoignable ; Relais réessaiera plus tard',
    aborted: 'Le téléchargement a été interrompu',
    tooLarge: 'Le flux dépasse {megabytes} Mo : découpez-le ou retirez les anciens éléments',
    httpNotFound: "Le serveur du flux a répondu {status} : vérifiez l'URL",
    httpDenied: "Le serveur du flux a refusé l'accès ({status}) : le flux doit être lisible sans connexion",
    httpBusy: 'Le serveur du flux est saturé ({status}) : Relais réessaiera plus tard',
    httpServerError: 'Le serveur du flux a eu un problème ({status}) : Relais réessaiera plus tard',
    httpOther: 'Le serveur du flux a répondu {status} au lieu du flux',
    htmlPage: "L'adresse renvoie une page web, pas un flux : elle mène peut-être à une page ou à un écran de connexion",
    contentType: 'Le flux est servi en « {contentType} » ; servez-le en application/feed+json ou application/json',
    notUtf8: "Le flux n'est pas encodé en UTF-8 : enregistrez le fichier en UTF-8",
    invalidFeed_one: 'Le flux est inutilisable ({count} problème) : {first}',
    invalidFeed_other: 'Le flux est inutilisable ({count} problèmes, le premier) : {first}',
    duplicate: 'Ce flux est déjà dans votre liste',
    unknownFeed: "Ce flux n'est pas dans votre liste",
    locked: 'Votre organisation gère la liste des flux : elle ne peut pas être modifiée ici',
    managedFeed: 'Votre organisation a ajouté ce flux : il ne peut pas être retiré ici',
    removedDuringSync: 'Le flux a été retiré pendant sa mise à jour',
    storage: "La bibliothèque n'a pas pu être enregistrée sur cet ordinateur : {detail}",
  },
);

/** What Relais says about the organisation's policy, for the administrator who wrote it. */
export const policyMessages = defineMessages(
  {
    notAnObject: 'The policy is not an object of settings; it is ignored',
    wrongType: '{path} is ignored: expected {expected}',
    badFeed: '{path} is ignored: {reason}',
    lockWithoutFeeds: 'lockFeeds is ignored: the policy names no usable feed, and locking would leave an empty list',
    typeList: 'a list of feed addresses',
    typeUrl: 'a feed address',
    typeBoolean: 'true or false',
  },
  {
    notAnObject: "La stratégie n'est pas un objet de réglages ; elle est ignorée",
    wrongType: '{path} est ignoré : attendu {expected}',
    badFeed: '{path} est ignoré : {reason}',
    lockWithoutFeeds:
      'lockFeeds est ignoré : la stratégie ne nomme aucun flux utilisable, et verrouiller laisserait une liste vide',
    typeList: "une liste d'adresses de flux",
    typeUrl: 'une adresse de flux',
    typeBoolean: 'true ou false',
  },
);

/** Pure pieces of drafting from a library item: the prefilled text, the kill switch, the share record. */
import type { ShareFinding, ShareKind } from '../db/records';
import type { FeedSnapshot, LibraryItem } from '../feed/library-item';
import type { ShareWithImage } from '../linkedin/post-detection';

/** The feed's kill switch: unless the comms team set `composer_insert: false`, drafts go into LinkedIn's editor. */
export function composerInsertAllowed(snapshot: Pick<FeedSnapshot, 'features'> | undefined): boolean {
  return snapshot?.features.composer_insert !== false;
}

/** Only http(s) links are ever shown or drafted; the feed schema enforces it too, this guards old stored rows. */
export function isWebLink(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url) && URL.canParse(url);
}

export function isSecureImage(url: string | undefined): url is string {
  return url !== undefined && /^https:\/\//i.test(url) && URL.canParse(url);
}

/**
 * What the originality meter measured, when there is one. The plain draft
 * panel measures nothing: it records `OWN_WORDS_NOT_MEASURED` and the
 * personalisation flow passes the real value.
 */
export interface ShareMeasures {
  ownWords?: number;
  findings?: ShareFinding[];
  draftStartedAt?: number;
  insertedAt?: number;
  /** How the draft relays the item; a post when absent. */
  kind?: ShareKind;
  /** "Add the image" attached the item's image to LinkedIn's composer (the compose flow's `imageAttached`). */
  withImage?: boolean;
}

/** The facts about the item that every share record carries. */
export function shareFieldsOf(item: LibraryItem) {
  return {
    itemKey: item.key,
    itemId: item.id,
    feedUrl: item.feedUrl,
    title: item.title,
    channel: item.channel,
    category: item.category,
    language: item.language,
  };
}

/** The protocol needs a number 0–1; 0 is recorded when nothing was measured (insights must not read it as a score). */
export const OWN_WORDS_NOT_MEASURED = 0;

export function manualShare(
  item: LibraryItem,
  text: string,
  postedAt: number,
  measures: ShareMeasures = {},
): ShareWithImage {
  return {
    ...shareFieldsOf(item),
    draftStartedAt: measures.draftStartedAt,
    insertedAt: measures.insertedAt,
    postedAt,
    ownWords: Math.min(1, Math.max(0, measures.ownWords ?? OWN_WORDS_NOT_MEASURED)),
    findings: measures.findings ?? [],
    text,
    via: 'manual',
    kind: measures.kind ?? 'post',
    withImage: measures.withImage === true,
  };
}

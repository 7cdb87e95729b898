/**
 * Starting from a newsroom feed (RSS, Atom or JSON Feed, read by the one
 * parser the sync uses): each picked entry becomes a Relais item with the
 * newsroom's text, link, image and date, ready for angles and prompts.
 */
import type { FeedItem } from '../feed/schema';
import { messageOf } from '../feed/message';
import { htmlToText } from '../text/html-to-text';
import { freeItemId, addItem, type JsonObject, type StudioDocument } from './document';

/** The entry's own text, or its HTML body as plain text (the sync's one HTML-to-text pass). */
function entryText(entry: FeedItem): { text: string; fromArticle: boolean } {
  if (entry.content_text?.trim()) return { text: entry.content_text, fromArticle: false };
  return { text: htmlToText(entry.content_html ?? '').text, fromArticle: true };
}

export function newsroomEntryToItem(entry: FeedItem, id: string): JsonObject {
  const { text, fromArticle } = entryText(entry);
  // An article body becomes a message the way the sync makes one: summary or first paragraphs, then the link.
  const message = text
    ? messageOf({ text, fromArticle, summary: entry.summary, title: entry.title ?? '', url: entry.url })
    : '';
  const item: JsonObject = { id, content_text: message || entry.summary || entry.title || id };
  if (entry.title) item.title = entry.title;
  if (entry.summary) item.summary = entry.summary;
  const link = entry.url ?? entry.external_url;
  if (link) item.url = link;
  const image = entry.image ?? entry.banner_image;
  if (image) item.image = image;
  if (entry.date_published) item.date_published = entry.date_published;
  if (entry.language) item.language = entry.language;
  return item;
}

/** Adds the picked entries, each under its newsroom id when free (or `id-2`…). */
export function importNewsroomEntries(document: StudioDocument, entries: readonly FeedItem[]): StudioDocument {
  let next = document;
  for (const entry of entries) next = addItem(next, newsroomEntryToItem(entry, freeItemId(next, entry.id)));
  return next;
}

/** How a newsroom entry is named in the pick list: its title, else its summary or first line, else its id. */
export function newsroomEntryLabel(entry: FeedItem): string {
  const { text } = entryText(entry);
  const firstLine = text.split('\n').find((line) => line.trim() !== '');
  return entry.title?.trim() || entry.summary?.trim() || firstLine?.trim().slice(0, 120) || entry.id;
}

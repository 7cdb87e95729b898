/**
 * The Studio's working document: the feed's own JSON object, edited in place.
 * Keeping the raw object (rather than a parsed copy) is what makes a round
 * trip lossless: keys the Studio does not know — other tools' extensions, a
 * newer Relais version's fields — are never read, so never dropped. Every
 * edit is immutable (a new object along the changed path only), which gives
 * undo/redo and React's change detection for free.
 */
import { JSON_FEED_VERSION } from '../feed/schema';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };
export type Path = readonly (string | number)[];

export interface StudioDocument {
  /** The feed as it will be exported. */
  feed: JsonObject;
}

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function newDocument(title: string): StudioDocument {
  return { feed: { version: JSON_FEED_VERSION, title, items: [] } };
}

export function getIn(value: JsonValue | undefined, path: Path): JsonValue | undefined {
  let current: JsonValue | undefined = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current) ? current[key as number] : current[key as string];
  }
  return current;
}

/**
 * Sets `value` at `path`, creating objects on the way. `undefined` removes the
 * key, and then any object or list left empty by the removal, so clearing the
 * last field of `_relais.campaign` removes `campaign` rather than exporting `{}`
 * (which the schema would refuse). Lists keep their length: an empty entry
 * stays until the author deletes it.
 */
export function setIn(root: JsonObject, path: Path, value: JsonValue | undefined): JsonObject {
  return setAt(root, path, 0, value) as JsonObject;
}

function setAt(
  node: JsonValue | undefined,
  path: Path,
  depth: number,
  value: JsonValue | undefined,
): JsonValue | undefined {
  if (depth === path.length) return value;
  const key = path[depth]!;
  if (typeof key === 'number') {
    const list = Array.isArray(node) ? [...node] : [];
    const next = setAt(list[key], path, depth + 1, value);
    if (next === undefined) list.splice(key, 1);
    else list[key] = next;
    return list;
  }
  const object: JsonObject = isJsonObject(node) ? { ...node } : {};
  const next = setAt(object[key], path, depth + 1, value);
  if (next === undefined || (depth + 1 < path.length && isEmptyContainer(next))) delete object[key];
  else object[key] = next;
  return object;
}

const isEmptyContainer = (value: JsonValue) =>
  (Array.isArray(value) && value.length === 0) || (isJsonObject(value) && Object.keys(value).length === 0);

export function items(document: StudioDocument): JsonObject[] {
  const list = document.feed.items;
  return Array.isArray(list) ? list.filter(isJsonObject) : [];
}

function withItems(document: StudioDocument, next: JsonValue[]): StudioDocument {
  return { feed: { ...document.feed, items: next } };
}

/** An id not used by any item: `base`, then `base-2`, `base-3`… */
export function freeItemId(document: StudioDocument, base: string): string {
  const taken = new Set(items(document).map((item) => String(item.id)));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function addItem(document: StudioDocument, item: JsonObject): StudioDocument {
  return withItems(document, [...rawItems(document), item]);
}

export function duplicateItem(document: StudioDocument, index: number): StudioDocument {
  const source = rawItems(document)[index];
  if (!isJsonObject(source)) return document;
  const copy = structuredClone(source);
  copy.id = freeItemId(document, `${String(source.id ?? 'item')}-copy`);
  const list = [...rawItems(document)];
  list.splice(index + 1, 0, copy);
  return withItems(document, list);
}

export function removeItem(document: StudioDocument, index: number): StudioDocument {
  const list = [...rawItems(document)];
  list.splice(index, 1);
  return withItems(document, list);
}

export function moveItem(document: StudioDocument, from: number, to: number): StudioDocument {
  const list = [...rawItems(document)];
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return document;
  const [moved] = list.splice(from, 1);
  list.splice(to, 0, moved!);
  return withItems(document, list);
}

function rawItems(document: StudioDocument): JsonValue[] {
  return Array.isArray(document.feed.items) ? document.feed.items : [];
}

/** The file as published: two-space indented JSON with a final newline. */
export function exportFeedText(document: StudioDocument): string {
  return `${JSON.stringify(document.feed, null, 2)}\n`;
}

export type OpenResult = { ok: true; document: StudioDocument } | { ok: false; reason: 'not-json' | 'not-object' };

/**
 * Opens a feed file for editing. Only JSON objects are refused: a feed with
 * problems opens, so that the author can fix them at their fields.
 */
export function openFeedText(text: string): OpenResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isJsonObject(json)) return { ok: false, reason: 'not-object' };
  return { ok: true, document: { feed: json } };
}

/**
 * The item editor's fields: where each one lives in an item (its JSON path),
 * what kind of input edits it, and how the input's value becomes the feed's
 * value and back. The editor renders this list, so a field of the format with
 * no entry here is a field the Studio cannot edit: fields.test.ts checks the
 * list against the zod item schema.
 */
import type { JsonValue, Path } from './document';
import { localInputToRfc3339, rfc3339ToLocalInput } from './datetime';

export type FieldKind =
  'text' | 'multiline' | 'link' | 'image' | 'language' | 'lines' | 'date' | 'boolean' | 'channel' | 'category';

export interface FieldCodec<F> {
  /** The input's value for the feed's value (undefined when the key is absent). */
  toForm(value: JsonValue | undefined): F;
  /** The feed's value for the input's value; undefined removes the key. */
  fromForm(form: F): JsonValue | undefined;
}

export type FormValue = string | boolean;

export interface ItemField {
  /** Stable name, also the key of its label in lib/i18n/locales (`studio`, `studioLink`). */
  name: string;
  /** Path inside the item. */
  path: Path;
  kind: FieldKind;
  /** Which part of the editor shows it. */
  group: 'message' | 'sharing' | 'schedule' | 'source';
}

export const textCodec: FieldCodec<string> = {
  toForm: (value) => (typeof value === 'string' || typeof value === 'number' ? String(value) : ''),
  fromForm: (form) => (form.trim() === '' ? undefined : form),
};

/** Lists of short texts, one per line: blank lines are dropped, an empty list removes the key. */
export const linesCodec: FieldCodec<string> = {
  toForm: (value) =>
    Array.isArray(value)
      ? value.filter((entry) => typeof entry === 'string' || typeof entry === 'number').join('\n')
      : '',
  fromForm: (form) => {
    const lines = form
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    return lines.length === 0 ? undefined : lines;
  },
};

/**
 * Dates as the picker shows them. A date the picker cannot show (not a date)
 * stays as written until it is changed, so opening a feed never rewrites it.
 */
export const dateCodec: FieldCodec<string> = {
  toForm: (value) => (typeof value === 'string' ? rfc3339ToLocalInput(value) : ''),
  fromForm: (form) => (form.trim() === '' ? undefined : localInputToRfc3339(form)),
};

/** `false` and absent mean the same for every switch of an item: unchecked removes the key. */
export const booleanCodec: FieldCodec<boolean> = {
  toForm: (value) => value === true,
  fromForm: (form) => (form ? true : undefined),
};

export function codecOf(kind: FieldKind): FieldCodec<string> | FieldCodec<boolean> {
  switch (kind) {
    case 'lines':
      return linesCodec;
    case 'date':
      return dateCodec;
    case 'boolean':
      return booleanCodec;
    default:
      return textCodec;
  }
}

export const ITEM_FIELDS: readonly ItemField[] = [
  { name: 'id', path: ['id'], kind: 'text', group: 'message' },
  { name: 'title', path: ['title'], kind: 'text', group: 'message' },
  { name: 'content_text', path: ['content_text'], kind: 'multiline', group: 'message' },
  { name: 'summary', path: ['summary'], kind: 'multiline', group: 'message' },
  { name: 'url', path: ['url'], kind: 'link', group: 'message' },
  { name: 'image', path: ['image'], kind: 'image', group: 'message' },
  { name: 'language', path: ['language'], kind: 'language', group: 'message' },
  { name: 'channel', path: ['_relais', 'channel'], kind: 'channel', group: 'sharing' },
  { name: 'category', path: ['_relais', 'category'], kind: 'category', group: 'sharing' },
  { name: 'angles', path: ['_relais', 'angles'], kind: 'lines', group: 'sharing' },
  { name: 'prompts', path: ['_relais', 'prompts'], kind: 'lines', group: 'sharing' },
  { name: 'hashtags', path: ['_relais', 'hashtags'], kind: 'lines', group: 'sharing' },
  { name: 'mentions', path: ['_relais', 'mentions'], kind: 'lines', group: 'sharing' },
  { name: 'linkedin_post', path: ['_relais', 'linkedin_post'], kind: 'link', group: 'sharing' },
  { name: 'pinned', path: ['_relais', 'pinned'], kind: 'boolean', group: 'sharing' },
  { name: 'not_before', path: ['_relais', 'not_before'], kind: 'date', group: 'schedule' },
  { name: 'expires_at', path: ['_relais', 'expires_at'], kind: 'date', group: 'schedule' },
  { name: 'campaign_name', path: ['_relais', 'campaign', 'name'], kind: 'text', group: 'schedule' },
  { name: 'campaign_start', path: ['_relais', 'campaign', 'start'], kind: 'date', group: 'schedule' },
  { name: 'campaign_end', path: ['_relais', 'campaign', 'end'], kind: 'date', group: 'schedule' },
  { name: 'content_html', path: ['content_html'], kind: 'multiline', group: 'source' },
  { name: 'external_url', path: ['external_url'], kind: 'link', group: 'source' },
  { name: 'banner_image', path: ['banner_image'], kind: 'image', group: 'source' },
  { name: 'date_published', path: ['date_published'], kind: 'date', group: 'source' },
  { name: 'date_modified', path: ['date_modified'], kind: 'date', group: 'source' },
  { name: 'tags', path: ['tags'], kind: 'lines', group: 'source' },
];

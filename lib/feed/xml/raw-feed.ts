/**
 * What the RSS and Atom readers hand on: a JSON Feed 1.1 document as loose as
 * a published one, checked afterwards by the same lenient rules and schema.
 */
export type RawItem = Record<string, unknown>;
export interface RawFeed {
  title: string;
  home_page_url?: string;
  description?: string;
  language?: string;
  items: RawItem[];
}

/** Resolves against `base` when it can; otherwise leaves the value for the lenient rules to judge. */
export function absoluteOrAsIs(value: string | undefined, base: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (base === undefined) return trimmed;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return trimmed;
  }
}

/** The values the filter menus offer, built from the library itself so no menu offers an empty choice. */
import type { PreparedLibrary } from './search';

export interface Facet {
  value: string;
  count: number;
}

export interface LibraryFacets {
  channels: Facet[];
  categories: Facet[];
  languages: Facet[];
}

function toFacets(counts: Map<string, number>): Facet[] {
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value));
}

function bump(counts: Map<string, number>, value: string | undefined) {
  if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
}

export function libraryFacets(library: PreparedLibrary): LibraryFacets {
  const channels = new Map<string, number>();
  const categories = new Map<string, number>();
  const languages = new Map<string, number>();
  for (const entry of library.entries) {
    bump(channels, entry.item.channel);
    bump(categories, entry.item.category);
    bump(languages, entry.language);
  }
  return { channels: toFacets(channels), categories: toFacets(categories), languages: toFacets(languages) };
}

/** "fr-CA", "FR" and "fr_FR" all mean French for filtering and grouping. */
export function baseLanguage(tag: string | undefined): string | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return base ? base : undefined;
}

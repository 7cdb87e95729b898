/** Which tab the side panel inserts into: the LinkedIn tab the employee is looking at, or used last. */
import { LINKEDIN_ORIGIN } from '../protocol/trust';

export interface TabLike {
  id?: number;
  url?: string;
  active?: boolean;
  lastAccessed?: number;
}

export const isLinkedInUrl = (url: string | undefined) => url !== undefined && url.startsWith(`${LINKEDIN_ORIGIN}/`);

export function pickLinkedInTab<T extends TabLike>(tabs: readonly T[]): (T & { id: number }) | undefined {
  const candidates = tabs.filter((tab): tab is T & { id: number } => tab.id !== undefined && isLinkedInUrl(tab.url));
  const active = candidates.find((tab) => tab.active);
  if (active) return active;
  return candidates.reduce<(T & { id: number }) | undefined>(
    (latest, tab) => (latest === undefined || (tab.lastAccessed ?? 0) > (latest.lastAccessed ?? 0) ? tab : latest),
    undefined,
  );
}

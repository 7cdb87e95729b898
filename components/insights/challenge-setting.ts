/** Which personal challenges the employee switched on: none until they opt in. Kept in storage.local. */
import { browser } from 'wxt/browser';
import { CHALLENGE_IDS, type ChallengeId } from '@/lib/history';

export const CHALLENGES_STORAGE_KEY = 'challenges';

/** Unknown or malformed stored values are ignored: a bad entry never switches a challenge on. */
export function challengesFrom(stored: unknown): ChallengeId[] {
  if (!Array.isArray(stored)) return [];
  return CHALLENGE_IDS.filter((id) => stored.includes(id));
}

export async function readChallenges(): Promise<ChallengeId[]> {
  return challengesFrom((await browser.storage.local.get(CHALLENGES_STORAGE_KEY))[CHALLENGES_STORAGE_KEY]);
}

export async function writeChallenges(ids: readonly ChallengeId[]): Promise<void> {
  await browser.storage.local.set({ [CHALLENGES_STORAGE_KEY]: challengesFrom(ids) });
}

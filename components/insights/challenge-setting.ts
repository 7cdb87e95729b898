/** Which personal challenges the employee switched on: none until they opt in. Kept in storage.local. */
import { CHALLENGE_IDS, type ChallengeId } from '@/lib/history';
import { challengesItem } from '@/lib/storage/items';
import { STORAGE_KEYS } from '@/lib/storage/keys';

export const CHALLENGES_STORAGE_KEY = STORAGE_KEYS.challenges;

/** Unknown or malformed stored values are ignored: a bad entry never switches a challenge on. */
export function challengesFrom(stored: unknown): ChallengeId[] {
  if (!Array.isArray(stored)) return [];
  return CHALLENGE_IDS.filter((id) => stored.includes(id));
}

export async function readChallenges(): Promise<ChallengeId[]> {
  return challengesFrom(await challengesItem.getValue());
}

export async function writeChallenges(ids: readonly ChallengeId[]): Promise<void> {
  await challengesItem.setValue(challengesFrom(ids));
}

/**
 * When the background worker syncs. Every install picks its own moment and
 * its own period, so the employees of one company do not hit the feed server
 * in the same minute (and do not all see a new item at the same minute, which
 * is the parrot effect the product exists to avoid).
 */
export const SYNC_ALARM_NAME = 'relais-feed-sync';
export const SYNC_PERIOD_MINUTES = 60;
export const SYNC_PERIOD_JITTER_MINUTES = 10;
/** Browsers clamp alarms to at least 30 s (Chrome 120+) or 1 min (older). */
export const FIRST_SYNC_MIN_DELAY_MINUTES = 1;
export const FIRST_SYNC_MAX_DELAY_MINUTES = 11;

/** Arguments for `browser.alarms.create(SYNC_ALARM_NAME, scheduleFor(Math.random))`. */
export interface SyncSchedule {
  /** In [1, 11) minutes. */
  delayInMinutes: number;
  /** In [50, 70) minutes. */
  periodInMinutes: number;
}

/** `random` returns a number in [0, 1), like Math.random. */
export function scheduleFor(random: () => number = Math.random): SyncSchedule {
  // A faulty source must not schedule a storm of syncs (or none): draws are kept within [0, 1).
  const unit = (value: number) => (Number.isFinite(value) ? Math.min(Math.max(value, 0), 0.999_999) : 0);
  const delayInMinutes =
    FIRST_SYNC_MIN_DELAY_MINUTES + unit(random()) * (FIRST_SYNC_MAX_DELAY_MINUTES - FIRST_SYNC_MIN_DELAY_MINUTES);
  const periodInMinutes = SYNC_PERIOD_MINUTES + (unit(random()) * 2 - 1) * SYNC_PERIOD_JITTER_MINUTES;
  return { delayInMinutes, periodInMinutes };
}

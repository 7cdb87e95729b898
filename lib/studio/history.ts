/**
 * Undo and redo for the Studio. Typing in one field is one step, not one per
 * keystroke: consecutive edits with the same `group` (the field's path) within
 * `COALESCE_MS` replace the last step instead of adding one.
 */
export const COALESCE_MS = 1000;
export const MAX_STEPS = 200;

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  lastGroup?: string;
  lastAt?: number;
}

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

export function record<T>(history: History<T>, next: T, group: string | undefined, now: number): History<T> {
  if (next === history.present) return history;
  const coalesce =
    group !== undefined &&
    group === history.lastGroup &&
    history.lastAt !== undefined &&
    now - history.lastAt < COALESCE_MS &&
    history.past.length > 0;
  const past = coalesce ? history.past : [...history.past, history.present].slice(-MAX_STEPS);
  return { past, present: next, future: [], lastGroup: group, lastAt: now };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

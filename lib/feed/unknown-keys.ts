/**
 * Finds keys a schema does not know. Parsing strips them silently (newer feeds
 * must keep working on older installs), but inside `_relais` an unknown key is
 * usually a typo — "expire_at" — that silently disables an embargo, so the
 * validator reports it with the closest known key.
 *
 * Runs on every item of every sync, so it walks with one path stack and skips
 * the parts of a schema that hold no objects (lists of strings…).
 */
import type { z } from 'zod';

export interface UnknownKey {
  path: PropertyKey[];
  key: string;
  /** The known key it most likely meant. */
  suggestion?: string;
}

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function children(def: Def): z.ZodType[] {
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return [def.innerType as z.ZodType];
    case 'pipe':
      return [def.in as z.ZodType];
    case 'array':
      return [def.element as z.ZodType];
    case 'record':
      return [def.valueType as z.ZodType];
    case 'union':
      return def.options as z.ZodType[];
    case 'object':
      return Object.values(def.shape as Record<string, z.ZodType>);
    default:
      return [];
  }
}

const holdsObjectsCache = new WeakMap<object, boolean>();

/** Whether any value this schema accepts can contain an object with keys of its own. */
function holdsObjects(schema: z.ZodType): boolean {
  const cached = holdsObjectsCache.get(schema);
  if (cached !== undefined) return cached;
  holdsObjectsCache.set(schema, false); // schemas may be recursive
  const def = defOf(schema);
  const result = def.type === 'object' || children(def).some(holdsObjects);
  holdsObjectsCache.set(schema, result);
  return result;
}

export function findUnknownKeys(schema: z.ZodType, value: unknown, path: PropertyKey[] = []): UnknownKey[] {
  const found: UnknownKey[] = [];
  walk(schema, value, [...path], found);
  return found;
}

function walk(schema: z.ZodType, value: unknown, path: PropertyKey[], found: UnknownKey[]): void {
  if (value === null || typeof value !== 'object' || !holdsObjects(schema)) return;
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'pipe':
      walk(children(def)[0]!, value, path, found);
      return;
    case 'array':
      if (!Array.isArray(value)) return;
      value.forEach((element, index) => {
        path.push(index);
        walk(def.element as z.ZodType, element, path, found);
        path.pop();
      });
      return;
    case 'record':
      if (!isPlainObject(value)) return;
      for (const [key, inner] of Object.entries(value)) {
        path.push(key);
        walk(def.valueType as z.ZodType, inner, path, found);
        path.pop();
      }
      return;
    case 'union': {
      const objectOption = (def.options as z.ZodType[]).find((option) =>
        ['object', 'record'].includes(defOf(option).type),
      );
      if (objectOption) walk(objectOption, value, path, found);
      return;
    }
    case 'object': {
      if (!isPlainObject(value)) return;
      const shape = def.shape as Record<string, z.ZodType>;
      for (const [key, inner] of Object.entries(value)) {
        const field = shape[key];
        if (field) {
          path.push(key);
          walk(field, inner, path, found);
          path.pop();
          continue;
        }
        const unknown: UnknownKey = { path: [...path, key], key };
        const suggestion = closestKey(key, Object.keys(shape));
        if (suggestion) unknown.suggestion = suggestion;
        found.push(unknown);
      }
      return;
    }
    default:
      return;
  }
}

/** The known key within a small edit distance (a third of its length, at most 3), if any. */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    const allowed = Math.min(3, Math.max(1, Math.floor(candidate.length / 3)));
    if (distance <= allowed && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

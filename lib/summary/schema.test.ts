import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { shareSummarySchema } from './schema';

/** Every key path a summary can hold; records show as `name.*`. */
function keyPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, inner]) => [
        `${prefix}${key}`,
        ...keyPaths(inner, `${prefix}${key}.`),
      ]);
    case 'array':
      return keyPaths(def.element as z.ZodType, prefix.replace(/\.$/, '[].'));
    case 'record':
      return [`${prefix}*`];
    case 'nullable':
    case 'optional':
      return keyPaths(def.innerType as z.ZodType, prefix);
    default:
      return [];
  }
}

describe('the monthly share summary', () => {
  /**
   * A new key here is a privacy decision: what an employee sends must never
   * grow a name, a post text, a LinkedIn address or a date finer than the month.
   */
  it('holds exactly these keys', () => {
    expect(keyPaths(shareSummarySchema).sort()).toEqual(
      [
        'categories',
        'categories.*',
        'feed_url',
        'format',
        'items',
        'items[].category',
        'items[].channel',
        'items[].id',
        'items[].own_words_median',
        'items[].shares',
        'kinds',
        'kinds.*',
        'month',
        'own_words_median',
        'shares',
        'token',
        'version',
      ].sort(),
    );
  });

  it('refuses extra keys, so a reader never accepts a summary carrying more', () => {
    const summary = {
      format: 'relais-share-summary',
      version: 1,
      token: 'abcdefghijklmnop',
      feed_url: 'https://example.com/feed.json',
      month: '2027-03',
      shares: 0,
      own_words_median: null,
      items: [],
      categories: {},
      kinds: {},
    };
    expect(shareSummarySchema.safeParse(summary).success).toBe(true);
    expect(shareSummarySchema.safeParse({ ...summary, name: 'Jane' }).success).toBe(false);
    expect(shareSummarySchema.safeParse({ ...summary, month: '2027-03-14' }).success).toBe(false);
  });
});

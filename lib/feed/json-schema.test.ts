import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FEED_JSON_SCHEMA_PATH, serializeFeedJsonSchema } from './json-schema';

describe('docs/feed.schema.json', () => {
  it('is up to date with lib/feed/schema.ts (run `npm run feed:schema` after changing the schema)', async () => {
    const committed = await readFile(FEED_JSON_SCHEMA_PATH, 'utf8');
    expect(committed).toBe(serializeFeedJsonSchema());
  });

  it('describes what authors write: ids as text or numbers, unknown keys allowed', () => {
    const schema = JSON.parse(serializeFeedJsonSchema());
    const item = schema.properties.items.items;
    expect(item.properties.id.anyOf.map((option: { type: string }) => option.type)).toEqual(['string', 'number']);
    expect(item.additionalProperties).toBeUndefined();
    expect(Object.keys(schema.$defs.ItemExtension.properties)).toEqual([
      'channel',
      'category',
      'angles',
      'prompts',
      'hashtags',
      'mentions',
      'not_before',
      'expires_at',
      'campaign',
      'pinned',
      'linkedin_post',
    ]);
  });
});

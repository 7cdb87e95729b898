/** `npm run feed:schema`: writes docs/feed.schema.json from the zod schema. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { FEED_JSON_SCHEMA_PATH, serializeFeedJsonSchema } from '../json-schema';

const target = resolve(process.cwd(), FEED_JSON_SCHEMA_PATH);
await writeFile(target, serializeFeedJsonSchema());
console.log(`Wrote ${FEED_JSON_SCHEMA_PATH}`);

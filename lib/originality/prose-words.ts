import { extractHashtags } from '../compose/tags';
import { findUrls } from '../compose/urls';
import { foldedWords } from '../text/fold';

/**
 * The folded words of a text's prose. Links and hashtags are left out on both
 * sides of the comparison: they are labels the company hands out (the item link,
 * the campaign tags), so they should neither count as the employee's words nor
 * as copied prose.
 */
export function proseWords(text: string): string[] {
  const skipped = [...findUrls(text), ...extractHashtags(text)].sort((a, b) => a.start - b.start);
  if (skipped.length === 0) return foldedWords(text);
  let prose = '';
  let cursor = 0;
  for (const range of skipped) {
    if (range.start > cursor) prose += `${text.slice(cursor, range.start)} `;
    cursor = Math.max(cursor, range.end);
  }
  prose += text.slice(cursor);
  return foldedWords(prose);
}

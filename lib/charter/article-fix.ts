/**
 * A charter suggestion often comes with its article ("a real step forward",
 * « une vraie avancée ») while the draft already has one before the phrase
 * ("this is a game changer"). Pasting the suggestion alone would give "a a real
 * step forward" or « un une vraie avancée ». This decides what a replacement
 * really covers and says, in both languages:
 *
 * - suggestion with an article, article before the phrase: the draft's article
 *   goes too, the suggestion's wins (it agrees with its own noun, "une" for
 *   « avancée »);
 * - suggestion without an article after English "a"/"an": the article is
 *   adjusted to the suggestion's first letter ("an excellent tool");
 * - after French "le"/"la"/"de" and before a vowel: elided (« l’acteur »,
 *   « d’acteurs »); after "l’"/"d’" and before a consonant, "de " comes back,
 *   "l’" is left alone (its gender is unknown).
 *
 * Both languages' articles are looked for whatever the interface language: the
 * draft may be in the other one.
 */
const ARTICLE_WORDS = 'a|an|the|un|une|le|la|les|des|du|de';
const LEADING_ARTICLE = new RegExp(`^(?:(?:${ARTICLE_WORDS})\\s+|[ld]['’])`, 'iu');
const TRAILING_ARTICLE = new RegExp(`(?:^|[^\\p{L}\\p{N}'’])((?:${ARTICLE_WORDS})[ \\t\\u00a0]+|[ld]['’])$`, 'iu');
/** English "an" before these letters; "u" and "h" are too often wrong either way ("a unique", "an hour"). */
const EN_VOWEL = /^[aeio]/i;
const FR_VOWEL = /^[aeiouyàâäéèêëîïôöûüœh]/i;

export interface ArticleAwareReplacement {
  /** Where the replacement starts: the phrase's start, or the start of the article before it. */
  start: number;
  replacement: string;
}

function withCaseOf(model: string, text: string): string {
  const first = model.charAt(0);
  return first !== first.toLowerCase() ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/**
 * How to replace `found` (at `start` in `text`) with `suggestion` so that
 * articles come out right. The replacement takes the capital of what it
 * replaces: "Leader mondial" at a sentence start becomes "Un des acteurs".
 */
export function articleAwareReplacement(
  text: string,
  start: number,
  found: string,
  suggestion: string,
): ArticleAwareReplacement {
  const plain = { start, replacement: withCaseOf(found, suggestion) };
  const before = TRAILING_ARTICLE.exec(text.slice(Math.max(0, start - 12), start));
  if (!before) return plain;
  const article = before[1] as string;
  const articleStart = start - article.length;
  const word = article.trim().replace(/['’]$/, '').toLowerCase();

  if (LEADING_ARTICLE.test(suggestion)) {
    return { start: articleStart, replacement: withCaseOf(article, suggestion) };
  }
  const adjust = (next: string) => ({ start: articleStart, replacement: withCaseOf(article, next + suggestion) });
  if (word === 'a' || word === 'an') {
    const wanted = EN_VOWEL.test(suggestion) ? 'an' : 'a';
    return wanted === word ? plain : adjust(`${wanted} `);
  }
  const elided = /['’]$/.test(article);
  const apostrophe = article.includes("'") ? "'" : '’';
  if (!elided && (word === 'le' || word === 'la' || word === 'de') && FR_VOWEL.test(suggestion)) {
    return adjust(`${word.charAt(0)}${apostrophe}`);
  }
  if (elided && word === 'd' && !FR_VOWEL.test(suggestion)) return adjust('de ');
  return plain;
}

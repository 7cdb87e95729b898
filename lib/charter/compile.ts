import type { Charter, CharterPhrase } from '../feed/schema';
import { literalMatcher, phraseMatcher, type PhraseMatcher } from './phrase-matcher';

export interface CompiledPhrase {
  entry: CharterPhrase;
  matcher: PhraseMatcher;
}

export interface CompiledCharter {
  banned: CompiledPhrase[];
  confidential: CompiledPhrase[];
  brands: Array<{ correct: string; matchers: PhraseMatcher[] }>;
  disclosure: PhraseMatcher[];
  /** Names without their "@": matched whether or not the draft writes them as an @mention. */
  forbiddenMentions: PhraseMatcher[];
}

const compileList = (list: CharterPhrase[] | undefined): CompiledPhrase[] =>
  (list ?? []).map((entry) => ({ entry, matcher: phraseMatcher(entry.phrase, entry.regex === true) }));

function compile(charter: Charter): CompiledCharter {
  const disclosure = charter.disclosure;
  return {
    banned: compileList(charter.banned),
    confidential: compileList(charter.confidential),
    brands: (charter.brand_spellings ?? []).map((brand) => ({
      correct: brand.correct,
      // The correct phrase itself, folded, catches "lumen energie" and "LUMEN ÉNERGIE" without listing them.
      matchers: [brand.correct, ...brand.variants].map((spelling) => literalMatcher(spelling)),
    })),
    disclosure: disclosure ? [disclosure.text, ...(disclosure.accept ?? [])].map((text) => literalMatcher(text)) : [],
    forbiddenMentions: (charter.forbidden_mentions ?? []).map((mention) => literalMatcher(mention.replace(/^@+/, ''))),
  };
}

// The charter object lives as long as its feed snapshot; compiling once spares a regex build per keystroke.
const cache = new WeakMap<Charter, CompiledCharter>();

export function compileCharter(charter: Charter): CompiledCharter {
  let compiled = cache.get(charter);
  if (!compiled) {
    compiled = compile(charter);
    cache.set(charter, compiled);
  }
  return compiled;
}

export interface CharterPatternProblem {
  list: 'banned' | 'confidential';
  /** Position of the entry in that list. */
  index: number;
  phrase: string;
  /** The JavaScript engine's explanation, in English. */
  error: string;
}

/**
 * Charter entries marked `regex: true` that do not compile. Employees never see
 * these (the phrase is then matched literally); the feed validator and the
 * options page can show them to the comms team.
 */
export function findInvalidPatterns(charter: Charter): CharterPatternProblem[] {
  const compiled = compileCharter(charter);
  return (['banned', 'confidential'] as const).flatMap((list) =>
    compiled[list].flatMap(({ entry, matcher }, index) =>
      matcher.invalidPattern === undefined
        ? []
        : [{ list, index, phrase: entry.phrase, error: matcher.invalidPattern }],
    ),
  );
}

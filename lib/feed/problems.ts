/**
 * Turns zod issues into problems a comms person can act on: what is wrong,
 * where (a JSON path such as `items[3]._relais.expires_at`), and a hint, in
 * English or French. One problem per issue; unions are unwrapped to the
 * branch the author most likely meant. Every check, here and in the parser,
 * says a problem as words (`FeedWords`) and its sentences are worded from them
 * (`spoken`), so the words a feed's status keeps are the ones the check said.
 */
import type { z } from 'zod';
import { createTranslator, type Locale, type Translator } from '../i18n/messages';
import { compileLinearPattern } from '../charter/linear-pattern';
import { checkCssSelector } from '../linkedin/css-selector-check';
import { messagesOf } from '../i18n/catalog';
import { type FeedProblemKey, type FeedWords, wordFeedWords } from './feed-words';

export type { FeedProblemKey, FeedWords } from './feed-words';
export { feedProblemLine, wordFeedHint, wordFeedProblem, wordFeedWords } from './feed-words';

export interface FeedProblem {
  /** JSON path, e.g. `items[3]._relais.expires_at`; empty for the document itself. */
  path: string;
  /** Stable kind, e.g. `missing`, `wrong-type`, `bad-date`, `unknown-key`, `duplicate-id`. */
  code: string;
  /** The sentence in the parse's language: for the validator CLI, the Studio and logs (the UI words `words`). */
  message: string;
  /** What to do about it, worded from `hintWords`. */
  hint?: string;
  /**
   * The message as data (its key in the `feedProblem` strings and its params): what each check builds, and
   * what `message` is worded from. A problem kept in a feed's status is worded by the UI in the language it
   * shows (`wordFeedProblem`). Absent in rows stored before, and for zod's own message: the UI then shows
   * `message`.
   */
  words?: FeedWords;
  /** The hint as data, like `words`. */
  hintWords?: FeedWords;
  /** The id of the item concerned, when it had one. */
  itemId?: string;
  /** The position of the item concerned in `items`. */
  itemIndex?: number;
}

export type FeedTranslator = Translator<FeedProblemKey>;
type PluralKey = Parameters<FeedTranslator['plural']>[0];
type WordParams = NonNullable<FeedWords['params']>;

/**
 * What a check says about a problem: its message as words (zod's own message, which has none, as text) and
 * its hint as words. The sentences of every language are worded from these (`spoken`), so a problem is built
 * once and its message can never disagree with its words.
 */
export type Saying = { code: string; hintWords?: FeedWords } & (
  { words: FeedWords; message?: undefined } | { words?: undefined; message: string }
);

/** A problem as a check finds it, before it is worded in the parse's language. */
export type FoundProblem = Saying & { path: string; itemId?: string; itemIndex?: number };

/** A sentence of the validator as data; a param that is itself a sentence is given as its words. */
export function words(key: FeedProblemKey, params?: WordParams): FeedWords {
  return params === undefined ? { key } : { key, params };
}

/** A plural sentence as data: its base key and the count that picks the form. */
export function pluralWords(key: PluralKey, count: number, params?: WordParams): FeedWords {
  return params === undefined ? { key, count } : { key, count, params };
}

const translators = new Map<Locale, FeedTranslator>();

/** One per language: building Intl rules for each of 5,000 items would dominate the parse. */
export function feedTranslator(locale: Locale): FeedTranslator {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = createTranslator(messagesOf('feedProblem'), locale)));
  return t;
}

// The keys are typed, so wording never fails; the key is what a translator shows for one it lacks.
const say = (said: FeedWords, t: FeedTranslator) => wordFeedWords(said, t) ?? said.key;

/** The problem with its message and hint worded in `t`'s language from its words. */
export function spoken(found: FoundProblem, t: FeedTranslator): FeedProblem {
  const { path, code, words: said, message, hintWords, ...where } = found;
  return {
    path,
    code,
    message: said === undefined ? message : say(said, t),
    ...(hintWords === undefined ? {} : { hint: say(hintWords, t) }),
    ...where,
    ...(said === undefined ? {} : { words: said }),
    ...(hintWords === undefined ? {} : { hintWords }),
  };
}

/** `spoken` in one language, for a check that finds many problems. */
export function speaker(locale: Locale): (found: FoundProblem) => FeedProblem {
  const t = feedTranslator(locale);
  return (found) => spoken(found, t);
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    const plain = /^[A-Za-z_$][\w$]*$/.test(name);
    if (!plain) return `${out}[${JSON.stringify(name)}]`;
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

const SCHEDULE_FIELDS = new Set(['not_before', 'expires_at', 'start', 'end']);
const LINK_FIELDS = new Set(['url', 'external_url', 'home_page_url', 'feed_url']);
const IMAGE_FIELDS = new Set(['image', 'banner_image', 'icon']);
const LOCALIZED_FIELDS = new Set(['label', 'description', 'tone', 'reason', 'do', 'dont', 'default_prompts']);

/** The last named key of a path: `items[2]._relais.hashtags[0]` → `hashtags`. */
function fieldOf(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const key = path[i];
    if (typeof key === 'string') return key;
  }
  return '';
}

/** A type's name as words; a type zod may add later is named as zod names it. */
function typeName(type: string): FeedWords | string {
  switch (type) {
    case 'string':
      return words('typeText');
    case 'number':
    case 'nan':
      return words('typeNumber');
    case 'int':
      return words('typeInteger');
    case 'boolean':
      return words('typeBoolean');
    case 'array':
      return words('typeList');
    case 'object':
    case 'record':
      return words('typeObject');
    case 'null':
      return words('typeNull');
    case 'undefined':
      return words('typeNothing');
    default:
      return type;
  }
}

function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isInteger(input)) return 'number';
  return typeof input;
}

/** Hints that depend only on where the problem is. */
function hintForField(path: readonly PropertyKey[]): FeedWords | undefined {
  const field = fieldOf(path);
  const topLevel = path.length === 1;
  if (SCHEDULE_FIELDS.has(field)) return words('hintScheduleDate');
  if (field === 'date_published' || field === 'date_modified') return words('hintDate');
  if (LINK_FIELDS.has(field)) return words('hintLink');
  if (IMAGE_FIELDS.has(field)) return words('hintImageLink');
  if (LOCALIZED_FIELDS.has(field)) return words('hintLocalized');
  switch (field) {
    case 'version':
      return words('hintVersion');
    case 'title':
      return topLevel ? words('hintFeedTitle') : undefined;
    case 'items':
      return topLevel ? words('hintItems') : undefined;
    case 'id':
      return path[0] === 'items' || path.length === 1 ? words('hintId') : words('hintChannelId');
    case 'content_text':
    case 'content_html':
      return words('hintContent');
    case 'language':
      return words('hintLanguage');
    case 'channel':
      return words('hintChannelId');
    case 'category':
      return words('hintCategory');
    case 'hashtags':
      return path.includes('charter') ? words('hintHashtagBounds') : words('hintHashtag');
    case 'min':
    case 'max':
      return words('hintHashtagBounds');
    case 'min_own_words':
      return words('hintOwnWords');
    case 'max_length':
      return words('hintMaxLength');
    case 'mix':
      return words('hintMix');
    case 'pinned':
    case 'regex':
    case 'composer_insert':
    case 'post_detection':
    case 'in_page_sidebar':
      return words('hintBoolean');
    default:
      return undefined;
  }
}

/** A problem worded by zod alone (a rule of its own, with a message of its own); `invalid` if it has none. */
const zodOwn = (message: string): Saying =>
  message ? { code: 'invalid', message } : { code: 'invalid', words: words('invalid') };

function describeFormat(issue: z.core.$ZodIssueInvalidStringFormat, path: readonly PropertyKey[]): Saying {
  const field = fieldOf(path);
  if (issue.format === 'url') {
    return IMAGE_FIELDS.has(field)
      ? { code: 'bad-image-link', words: words('badImageLink') }
      : { code: 'bad-link', words: words('badLink') };
  }
  if (issue.format === 'datetime') return { code: 'bad-date', words: words('badScheduleDate') };
  if (field === 'language' || LOCALIZED_FIELDS.has(field))
    return { code: 'bad-language', words: words('badLanguage'), hintWords: words('hintLanguage') };
  if (field === 'hashtags') return { code: 'bad-hashtag', words: words('badHashtag') };
  if (field === 'channel' || field === 'category' || field === 'id' || field === 'mix') {
    return { code: 'bad-identifier', words: words('badIdentifier') };
  }
  return { code: 'invalid', message: issue.message };
}

/** Code, message and hint for each reason the linear-time engine refuses a charter pattern. */
const PATTERN_PROBLEMS = {
  lookahead: ['regex-unsupported', 'regexLookahead', 'hintRegexLookahead'],
  backreference: ['regex-unsupported', 'regexBackreference', 'hintRegexBackreference'],
  'lookbehind-capture': ['bad-regex', 'regexLookbehindCapture', 'hintRegexLookbehindCapture'],
} as const;

/** Why the linear-time engine refuses a charter pattern. */
function describePattern(phrase: string): Saying {
  const compiled = compileLinearPattern(phrase);
  const problem = compiled.ok ? { kind: 'syntax' as const, detail: '' } : compiled.problem;
  if (problem.kind === 'syntax')
    return {
      code: 'bad-regex',
      words: words('badRegex', { detail: problem.detail }),
      hintWords: words('hintRegex'),
    };
  const [code, message, hint] = PATTERN_PROBLEMS[problem.kind];
  return { code, words: words(message), hintWords: words(hint) };
}

/** Code, message and hint of the schema's own rules that need no detail. */
const CUSTOM_PROBLEMS: Record<string, readonly [string, FeedProblemKey, FeedProblemKey?]> = {
  date: ['bad-date', 'badDate'],
  'localized-empty': ['localized-empty', 'localizedEmpty'],
  'linkedin-post': ['bad-linkedin-post', 'badLinkedInPost', 'hintLinkedInPost'],
  'hashtag-bounds': ['hashtag-bounds', 'hashtagBounds', 'hintHashtagBounds'],
  'mix-empty': ['mix-empty', 'mixEmpty', 'hintMix'],
  'channel-duplicate': ['channel-duplicate', 'channelDuplicate', 'hintChannelDuplicate'],
  'campaign-order': ['campaign-order', 'campaignOrder', 'hintCampaignOrder'],
  'expiry-order': ['expiry-order', 'expiryOrder', 'hintExpiryOrder'],
  'content-missing': ['content-missing', 'contentMissing', 'hintContent'],
};

function describeCustom(issue: z.core.$ZodIssueCustom): Saying {
  const rule = String(issue.params?.rule);
  if (rule === 'regex') return describePattern(String((issue.input as { phrase?: unknown } | undefined)?.phrase));
  if (rule === 'css-selector') {
    const check = checkCssSelector(String(issue.input ?? ''));
    const detail = check.ok ? '' : `${check.reason} (character ${check.at + 1})`;
    return { code: 'bad-selector', words: words('badSelector', { detail }), hintWords: words('hintSelector') };
  }
  const known = Object.hasOwn(CUSTOM_PROBLEMS, rule) ? CUSTOM_PROBLEMS[rule] : undefined;
  if (known === undefined) return zodOwn(issue.message);
  const [code, message, hint] = known;
  return hint === undefined ? { code, words: words(message) } : { code, words: words(message), hintWords: words(hint) };
}

type Described = Saying & { path: readonly PropertyKey[] };

/** A union failed: if exactly one branch got past the type check, its issues are the real ones. */
function describeUnion(issue: z.core.$ZodIssueInvalidUnion, path: readonly PropertyKey[]): Described[] {
  const isTypeMiss = (branch: readonly z.core.$ZodIssue[]) =>
    branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0;
  const meant = issue.errors.filter((branch) => !isTypeMiss(branch));
  if (meant.length === 1) return meant[0]!.flatMap((inner) => describe(inner, [...path, ...inner.path]));
  const expected = issue.errors.flatMap((branch) =>
    branch[0]?.code === 'invalid_type' ? [branch[0].expected as string] : [],
  );
  const localized = expected.includes('string') && expected.includes('record');
  // Types with one name (a number and NaN, an object and a record) are named once.
  const names = new Map<string, FeedWords | string>();
  for (const name of localized ? [words('typeLocalized')] : expected.map(typeName))
    names.set(typeof name === 'string' ? name : name.key, name);
  const joined = [...names.values()].reduce((first, second) => words('or', { first, second }));
  return [{ path, code: 'wrong-type', words: words('wrongTypeOneOf', { expected: joined }) }];
}

function describe(issue: z.core.$ZodIssue, path: readonly PropertyKey[]): Described[] {
  switch (issue.code) {
    case 'invalid_type': {
      // JSON has no undefined: with reportInput, an undefined input is a missing field.
      if (issue.input === undefined) return [{ path, code: 'missing', words: words('missing') }];
      return [
        {
          path,
          code: 'wrong-type',
          words: words('wrongType', {
            expected: typeName(issue.expected),
            received: typeName(receivedType(issue.input)),
          }),
        },
      ];
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') {
        const said = minimum <= 1 ? words('emptyText') : words('textTooShort', { minimum });
        return [{ path, code: 'too-short', words: said }];
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return [{ path, code: 'too-few', words: pluralWords('listTooShort', minimum, { minimum }) }];
      }
      return [{ path, code: 'too-small', words: words('numberTooSmall', { minimum }) }];
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return [{ path, code: 'too-long', words: words('textTooLong', { maximum }) }];
      if (issue.origin === 'array' || issue.origin === 'set') {
        return [{ path, code: 'too-many', words: pluralWords('listTooLong', maximum, { maximum }) }];
      }
      return [{ path, code: 'too-large', words: words('numberTooLarge', { maximum }) }];
    }
    case 'invalid_value':
      return [
        {
          path,
          code: 'wrong-value',
          words: words('wrongValue', { expected: issue.values.map((value) => JSON.stringify(value)).join(' | ') }),
        },
      ];
    case 'invalid_format':
      return [{ path, ...describeFormat(issue, path) }];
    case 'invalid_union':
      return describeUnion(issue, path);
    case 'invalid_key': {
      const key = String(path[path.length - 1] ?? '');
      const inner = issue.issues[0];
      const reason = inner ? describe(inner, path)[0] : undefined;
      const field = fieldOf(path.slice(0, -1));
      const hintWords = LOCALIZED_FIELDS.has(field)
        ? words('hintLanguage')
        : field === 'mix'
          ? words('hintCategory')
          : reason?.hintWords;
      return [{ path, code: 'bad-key', words: words('badKey', { key }), hintWords }];
    }
    case 'invalid_element':
      return issue.issues.flatMap((inner) => describe(inner, [...path, ...inner.path]));
    case 'custom':
      return [{ path, ...describeCustom(issue) }];
    default:
      return [{ path, ...zodOwn(issue.message) }];
  }
}

/**
 * Problems for a failed parse, worded in `locale` and carrying their words. Parse with
 * `{ reportInput: true }`: the input tells a missing field from a wrong one.
 */
export function problemsFromZod(
  error: z.ZodError,
  locale: Locale,
  prefix: readonly PropertyKey[] = [],
  item?: { itemId?: string; itemIndex?: number },
): FeedProblem[] {
  const t = feedTranslator(locale);
  return error.issues.flatMap((issue) =>
    describe(issue, issue.path).map(({ path, hintWords, ...said }) => {
      const fullPath = [...prefix, ...path];
      const found: FoundProblem = {
        ...said,
        path: formatPath(fullPath),
        hintWords: hintWords ?? hintForField(fullPath),
      };
      if (item?.itemId !== undefined) found.itemId = item.itemId;
      if (item?.itemIndex !== undefined) found.itemIndex = item.itemIndex;
      return spoken(found, t);
    }),
  );
}

/**
 * Turns zod issues into problems a comms person can act on: what is wrong,
 * where (a JSON path such as `items[3]._relais.expires_at`), and a hint, in
 * English or French. One problem per issue; unions are unwrapped to the
 * branch the author most likely meant.
 */
import type { z } from 'zod';
import { createTranslator, type Locale, type Params, type Translator } from '../i18n/messages';
import { compileLinearPattern } from '../charter/linear-pattern';
import { checkCssSelector } from '../linkedin/css-selector-check';
import { messagesOf } from '../i18n/catalog';
import type { FeedProblemKey, FeedWords } from './feed-words';

export type { FeedProblemKey, FeedWords } from './feed-words';
export { feedProblemLine, wordFeedHint, wordFeedProblem, wordFeedWords } from './feed-words';

export interface FeedProblem {
  /** JSON path, e.g. `items[3]._relais.expires_at`; empty for the document itself. */
  path: string;
  /** Stable kind, e.g. `missing`, `wrong-type`, `bad-date`, `unknown-key`, `duplicate-id`. */
  code: string;
  /** The sentence in the parse's language: for the validator CLI, the Studio and logs (the UI words `words`). */
  message: string;
  /** What to do about it. */
  hint?: string;
  /**
   * The message as data (its key in the `feedProblem` strings and its params), set by `parseFeedText`: a
   * problem kept in a feed's status is worded by the UI in the language it shows (`wordFeedProblem`).
   * Absent in rows stored before, and for zod's own message: the UI then shows `message`.
   */
  words?: FeedWords;
  /** The hint as data, like `words`. */
  hintWords?: FeedWords;
  /** The id of the item concerned, when it had one. */
  itemId?: string;
  /** The position of the item concerned in `items`. */
  itemIndex?: number;
}

export type ProblemText = Pick<FeedProblem, 'code' | 'message' | 'hint'>;
export type FeedTranslator = Translator<FeedProblemKey>;

/** The params that hold another sentence of the validator rather than a value from the feed. */
const SENTENCE_PARAMS = new Set(['problem', 'expected', 'received', 'first', 'second']);
/** Enough for the distinct sentences of one large feed; past it, the oldest are forgotten. */
const MAX_RECORDED = 20_000;

/**
 * A translator that remembers the words behind each sentence it made, so the parse can hand problems on as
 * data (`wordsOfSentence`) without each check building them twice. A sentence is the same words whenever it
 * is made from the same key and params, which is all a lookup by text needs.
 */
function recordingTranslator(plain: FeedTranslator, said: Map<string, FeedWords>): FeedTranslator {
  const remember = (text: string, words: FeedWords) => {
    if (said.size >= MAX_RECORDED) said.delete(said.keys().next().value!);
    said.set(text, words);
    return text;
  };
  const asWords = (params: Params | undefined): FeedWords['params'] =>
    params === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(params).map(([name, value]) => {
            const inner = SENTENCE_PARAMS.has(name) && typeof value === 'string' ? said.get(value) : undefined;
            return [name, inner ?? value];
          }),
        );
  const withParams = (words: FeedWords, params: Params | undefined): FeedWords => {
    const inner = asWords(params);
    return inner === undefined ? words : { ...words, params: inner };
  };
  const t = ((key: FeedProblemKey, params?: Params) =>
    remember(plain(key, params), withParams({ key }, params))) as FeedTranslator;
  t.locale = plain.locale;
  t.plural = (key, count, params) => remember(plain.plural(key, count, params), withParams({ key, count }, params));
  return t;
}

const translators = new Map<Locale, { t: FeedTranslator; said: Map<string, FeedWords> }>();

function recorderFor(locale: Locale) {
  let recorder = translators.get(locale);
  if (!recorder) {
    const said = new Map<string, FeedWords>();
    recorder = { t: recordingTranslator(createTranslator(messagesOf('feedProblem'), locale), said), said };
    translators.set(locale, recorder);
  }
  return recorder;
}

/** One per language: building Intl rules for each of 5,000 items would dominate the parse. */
export function feedTranslator(locale: Locale): FeedTranslator {
  return recorderFor(locale).t;
}

/** The words behind a sentence this language's feed translator made; undefined for any other text. */
export function wordsOfSentence(locale: Locale, text: string | undefined): FeedWords | undefined {
  return text === undefined ? undefined : recorderFor(locale).said.get(text);
}

/** The problem with its message and hint as data too, when the feed translator made them. */
export function withWords(problem: FeedProblem, locale: Locale): FeedProblem {
  if (problem.words !== undefined) return problem;
  const words = wordsOfSentence(locale, problem.message);
  const hintWords = wordsOfSentence(locale, problem.hint);
  return {
    ...problem,
    ...(words ? { words } : {}),
    ...(hintWords ? { hintWords } : {}),
  };
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

function typeName(t: FeedTranslator, type: string): string {
  switch (type) {
    case 'string':
      return t('typeText');
    case 'number':
    case 'nan':
      return t('typeNumber');
    case 'int':
      return t('typeInteger');
    case 'boolean':
      return t('typeBoolean');
    case 'array':
      return t('typeList');
    case 'object':
    case 'record':
      return t('typeObject');
    case 'null':
      return t('typeNull');
    case 'undefined':
      return t('typeNothing');
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
function hintForField(t: FeedTranslator, path: readonly PropertyKey[]): string | undefined {
  const field = fieldOf(path);
  const topLevel = path.length === 1;
  if (SCHEDULE_FIELDS.has(field)) return t('hintScheduleDate');
  if (field === 'date_published' || field === 'date_modified') return t('hintDate');
  if (LINK_FIELDS.has(field)) return t('hintLink');
  if (IMAGE_FIELDS.has(field)) return t('hintImageLink');
  if (LOCALIZED_FIELDS.has(field)) return t('hintLocalized');
  switch (field) {
    case 'version':
      return t('hintVersion');
    case 'title':
      return topLevel ? t('hintFeedTitle') : undefined;
    case 'items':
      return topLevel ? t('hintItems') : undefined;
    case 'id':
      return path[0] === 'items' || path.length === 1 ? t('hintId') : t('hintChannelId');
    case 'content_text':
    case 'content_html':
      return t('hintContent');
    case 'language':
      return t('hintLanguage');
    case 'channel':
      return t('hintChannelId');
    case 'category':
      return t('hintCategory');
    case 'hashtags':
      return path.includes('charter') ? t('hintHashtagBounds') : t('hintHashtag');
    case 'min':
    case 'max':
      return t('hintHashtagBounds');
    case 'min_own_words':
      return t('hintOwnWords');
    case 'max_length':
      return t('hintMaxLength');
    case 'mix':
      return t('hintMix');
    case 'pinned':
    case 'regex':
    case 'composer_insert':
    case 'post_detection':
    case 'in_page_sidebar':
      return t('hintBoolean');
    default:
      return undefined;
  }
}

function describeFormat(
  t: FeedTranslator,
  issue: z.core.$ZodIssueInvalidStringFormat,
  path: readonly PropertyKey[],
): ProblemText {
  const field = fieldOf(path);
  if (issue.format === 'url') {
    return IMAGE_FIELDS.has(field)
      ? { code: 'bad-image-link', message: t('badImageLink') }
      : { code: 'bad-link', message: t('badLink') };
  }
  if (issue.format === 'datetime') return { code: 'bad-date', message: t('badScheduleDate') };
  if (field === 'language' || LOCALIZED_FIELDS.has(field))
    return { code: 'bad-language', message: t('badLanguage'), hint: t('hintLanguage') };
  if (field === 'hashtags') return { code: 'bad-hashtag', message: t('badHashtag') };
  if (field === 'channel' || field === 'category' || field === 'id' || field === 'mix') {
    return { code: 'bad-identifier', message: t('badIdentifier') };
  }
  return { code: 'invalid', message: issue.message };
}

/** Code, message and hint for each reason the linear-time engine refuses a charter pattern. */
const PATTERN_PROBLEMS = {
  lookahead: ['regex-unsupported', 'regexLookahead', 'hintRegexLookahead'],
  backreference: ['regex-unsupported', 'regexBackreference', 'hintRegexBackreference'],
  'lookbehind-capture': ['bad-regex', 'regexLookbehindCapture', 'hintRegexLookbehindCapture'],
} as const;

/** Why the linear-time engine refuses a charter pattern, in the reader's language. */
function describePattern(t: FeedTranslator, phrase: string): ProblemText {
  const compiled = compileLinearPattern(phrase);
  const problem = compiled.ok ? { kind: 'syntax' as const, detail: '' } : compiled.problem;
  if (problem.kind === 'syntax')
    return { code: 'bad-regex', message: t('badRegex', { detail: problem.detail }), hint: t('hintRegex') };
  const [code, message, hint] = PATTERN_PROBLEMS[problem.kind];
  return { code, message: t(message), hint: t(hint) };
}

function describeCustom(t: FeedTranslator, issue: z.core.$ZodIssueCustom): ProblemText {
  switch (issue.params?.rule) {
    case 'date':
      return { code: 'bad-date', message: t('badDate') };
    case 'localized-empty':
      return { code: 'localized-empty', message: t('localizedEmpty') };
    case 'regex':
      return describePattern(t, String((issue.input as { phrase?: unknown } | undefined)?.phrase));
    case 'css-selector': {
      const check = checkCssSelector(String(issue.input ?? ''));
      const detail = check.ok ? '' : `${check.reason} (character ${check.at + 1})`;
      return { code: 'bad-selector', message: t('badSelector', { detail }), hint: t('hintSelector') };
    }
    case 'linkedin-post':
      return { code: 'bad-linkedin-post', message: t('badLinkedInPost'), hint: t('hintLinkedInPost') };
    case 'hashtag-bounds':
      return { code: 'hashtag-bounds', message: t('hashtagBounds'), hint: t('hintHashtagBounds') };
    case 'mix-empty':
      return { code: 'mix-empty', message: t('mixEmpty'), hint: t('hintMix') };
    case 'channel-duplicate':
      return { code: 'channel-duplicate', message: t('channelDuplicate'), hint: t('hintChannelDuplicate') };
    case 'campaign-order':
      return { code: 'campaign-order', message: t('campaignOrder'), hint: t('hintCampaignOrder') };
    case 'expiry-order':
      return { code: 'expiry-order', message: t('expiryOrder'), hint: t('hintExpiryOrder') };
    case 'content-missing':
      return { code: 'content-missing', message: t('contentMissing'), hint: t('hintContent') };
    default:
      return { code: 'invalid', message: issue.message || t('invalid') };
  }
}

interface Described extends ProblemText {
  path: readonly PropertyKey[];
}

/** A union failed: if exactly one branch got past the type check, its issues are the real ones. */
function describeUnion(
  t: FeedTranslator,
  issue: z.core.$ZodIssueInvalidUnion,
  path: readonly PropertyKey[],
): Described[] {
  const isTypeMiss = (branch: readonly z.core.$ZodIssue[]) =>
    branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0;
  const meant = issue.errors.filter((branch) => !isTypeMiss(branch));
  if (meant.length === 1) return meant[0]!.flatMap((inner) => describe(t, inner, [...path, ...inner.path]));
  const expected = issue.errors.flatMap((branch) =>
    branch[0]?.code === 'invalid_type' ? [branch[0].expected as string] : [],
  );
  const localized = expected.includes('string') && expected.includes('record');
  const names = localized ? [t('typeLocalized')] : [...new Set(expected.map((type) => typeName(t, type)))];
  const joined = names.reduce((first, second) => t('or', { first, second }));
  return [{ path, code: 'wrong-type', message: t('wrongTypeOneOf', { expected: joined }) }];
}

function describe(t: FeedTranslator, issue: z.core.$ZodIssue, path: readonly PropertyKey[]): Described[] {
  switch (issue.code) {
    case 'invalid_type': {
      // JSON has no undefined: with reportInput, an undefined input is a missing field.
      if (issue.input === undefined) return [{ path, code: 'missing', message: t('missing') }];
      return [
        {
          path,
          code: 'wrong-type',
          message: t('wrongType', {
            expected: typeName(t, issue.expected),
            received: typeName(t, receivedType(issue.input)),
          }),
        },
      ];
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') {
        return [{ path, code: 'too-short', message: minimum <= 1 ? t('emptyText') : t('textTooShort', { minimum }) }];
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return [{ path, code: 'too-few', message: t.plural('listTooShort', minimum, { minimum }) }];
      }
      return [{ path, code: 'too-small', message: t('numberTooSmall', { minimum }) }];
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return [{ path, code: 'too-long', message: t('textTooLong', { maximum }) }];
      if (issue.origin === 'array' || issue.origin === 'set') {
        return [{ path, code: 'too-many', message: t.plural('listTooLong', maximum, { maximum }) }];
      }
      return [{ path, code: 'too-large', message: t('numberTooLarge', { maximum }) }];
    }
    case 'invalid_value':
      return [
        {
          path,
          code: 'wrong-value',
          message: t('wrongValue', { expected: issue.values.map((value) => JSON.stringify(value)).join(' | ') }),
        },
      ];
    case 'invalid_format':
      return [{ path, ...describeFormat(t, issue, path) }];
    case 'invalid_union':
      return describeUnion(t, issue, path);
    case 'invalid_key': {
      const key = String(path[path.length - 1] ?? '');
      const inner = issue.issues[0];
      const reason = inner ? describe(t, inner, path)[0] : undefined;
      const field = fieldOf(path.slice(0, -1));
      const hint = LOCALIZED_FIELDS.has(field) ? t('hintLanguage') : field === 'mix' ? t('hintCategory') : reason?.hint;
      return [{ path, code: 'bad-key', message: t('badKey', { key }), hint }];
    }
    case 'invalid_element':
      return issue.issues.flatMap((inner) => describe(t, inner, [...path, ...inner.path]));
    case 'custom':
      return [{ path, ...describeCustom(t, issue) }];
    default:
      return [{ path, code: 'invalid', message: issue.message || t('invalid') }];
  }
}

/**
 * Problems for a failed parse. Parse with `{ reportInput: true }`: the input
 * tells a missing field from a wrong one.
 */
export function problemsFromZod(
  error: z.ZodError,
  locale: Locale,
  prefix: readonly PropertyKey[] = [],
  item?: { itemId?: string; itemIndex?: number },
): FeedProblem[] {
  const t = feedTranslator(locale);
  return error.issues.flatMap((issue) =>
    describe(t, issue, issue.path).map((described) => {
      const fullPath = [...prefix, ...described.path];
      const problem: FeedProblem = {
        path: formatPath(fullPath),
        code: described.code,
        message: described.message,
      };
      const hint = described.hint ?? hintForField(t, fullPath);
      if (hint !== undefined) problem.hint = hint;
      if (item?.itemId !== undefined) problem.itemId = item.itemId;
      if (item?.itemIndex !== undefined) problem.itemIndex = item.itemIndex;
      return problem;
    }),
  );
}

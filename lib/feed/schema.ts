/**
 * The Relais feed format: JSON Feed 1.1 extended with `_relais` objects.
 *
 * This module is the single source of truth for the format. The TypeScript
 * types, the published JSON Schema (`npm run feed:schema`) and the validator
 * (`npm run feed:validate`) all derive from these zod schemas; docs/feed.md
 * explains them in plain words.
 *
 * Unknown keys are stripped, never rejected, so that older installs keep
 * reading feeds written for newer versions (the validator warns about unknown
 * keys inside `_relais`, where they are most likely typos).
 *
 * Refinements carry `params.rule` so that lib/feed/problems.ts can explain a
 * failure in the reader's language; their English `message` is for anyone who
 * parses with these schemas directly.
 */
import { z } from 'zod';
import { compileLinearPattern } from '../charter/linear-pattern';
import { checkCssSelector } from '../linkedin/css-selector-check';
import { LINKEDIN_MAX_POST_LENGTH } from './limits';
import { postUrnFromUrl } from '../linkedin/post-urn';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export { LINKEDIN_MAX_POST_LENGTH };

const rule = (name: string) => ({ params: { rule: name } });

/**
 * A date that decides visibility (embargo, expiry, campaign): strict RFC 3339
 * with seconds and a time zone, so every employee, wherever they are, sees the
 * item appear and disappear at the same instant.
 */
export const scheduleDate = z.iso
  .datetime({ offset: true, error: 'Not an RFC 3339 date-time with a time zone, e.g. 2027-03-01T09:00:00+01:00' })
  .meta({
    id: 'ScheduleDate',
    description: 'RFC 3339 date-time with seconds and a time zone, e.g. 2027-03-01T09:00:00+01:00',
  });

/**
 * JSON Feed's own informative dates. Third-party news feeds are not always
 * strict, so anything a browser can read is accepted here.
 */
export const feedDate = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), {
    message: 'Not a date: use RFC 3339, e.g. 2026-11-22T09:00:00+01:00',
    ...rule('date'),
  })
  .meta({ id: 'FeedDate', description: 'A date, preferably RFC 3339, e.g. 2026-11-22T09:00:00+01:00' });

/** Links shown to employees: only http(s), so `javascript:` and `data:` links never reach a page. */
export const webLink = z.url({ protocol: /^https?$/, error: 'Links must be absolute http(s) URLs' });

/** Images may be shown on LinkedIn pages: https only, so no mixed content and no tracking over http. */
export const imageLink = z.url({ protocol: /^https$/, error: 'Images must be absolute https URLs' });

/** A BCP 47 language tag such as "fr", "en" or "fr-CA". */
export const languageTag = z
  .string()
  .regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/, {
    message: 'Not a language tag, e.g. "fr" or "en-GB"',
    ...rule('language'),
  })
  .meta({ id: 'LanguageTag', description: 'A BCP 47 language tag, e.g. "fr", "en" or "fr-CA"' });

/** A text the comms team may write once or per language: "Hello" or {"fr": "Bonjour", "en": "Hello"}. */
export const localizedText = z
  .union([
    z.string().min(1),
    z
      .record(languageTag, z.string().min(1))
      .refine((texts) => Object.keys(texts).length > 0, {
        message: 'Give at least one language',
        ...rule('localized-empty'),
      })
      .meta({ minProperties: 1 }),
  ])
  .meta({ id: 'LocalizedText', description: 'A text, or one text per language: {"fr": "…", "en": "…"}' });

/** Identifiers the feed refers to (channels, categories): no spaces, so typos are easy to spot. */
const identifier = (max: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, {
      message: 'Use letters, digits, "-", "_" or "." only, e.g. "careers"',
      ...rule('identifier'),
    })
    .max(max);

export const categoryId = identifier(40).meta({ description: 'A category, e.g. "product", "culture" or "industry"' });
export const channelId = identifier(60).meta({ description: "A channel id declared in the feed's _relais.channels" });

/** "#Energie" or "Energie": letters, digits or "_", at least one letter, as LinkedIn links them. */
export const hashtag = z
  .string()
  .regex(/^#?(?=[\p{L}\p{M}\p{N}_]*\p{L})[\p{L}\p{M}\p{N}_]+$/u, {
    message: 'A hashtag is one word of letters, digits or "_" (with at least one letter), e.g. "#EnergieVerte"',
    ...rule('hashtag'),
  })
  .meta({ id: 'Hashtag', description: 'A hashtag with or without "#", e.g. "#EnergieVerte"' });

export const channelSchema = z
  .object({
    id: channelId,
    label: localizedText.describe('Shown to employees, e.g. {"fr": "Carrières", "en": "Careers"}'),
    description: localizedText.optional(),
  })
  .meta({ id: 'Channel' });

/** The charter's own linear-time engine decides: a pattern it cannot run is refused here, not at the keystroke. */
const compilesAsRegex = (phrase: { phrase: string; regex?: boolean }) =>
  !phrase.regex || compileLinearPattern(phrase.phrase).ok;

/** A phrase the charter flags. `regex: true` treats `phrase` as a regular expression (see docs/feed.md). */
export const charterPhraseSchema = z
  .object({
    phrase: z
      .string()
      .min(1)
      .describe('Words matched as whole words, ignoring case and accents; a pattern when regex is true'),
    regex: z
      .boolean()
      .optional()
      .describe(
        'Treat phrase as a regular expression (RE2 syntax, run in linear time: no lookahead nor backreference), matched case-insensitively on the draft as written',
      ),
    reason: localizedText.optional().describe('Why it is flagged, shown to the employee'),
    suggestion: z.string().min(1).optional().describe('What to write instead'),
  })
  .refine(compilesAsRegex, {
    message: 'Not a regular expression Relais can run in linear time',
    path: ['phrase'],
    ...rule('regex'),
  })
  .meta({ id: 'CharterPhrase' });

export const brandSpellingSchema = z.object({
  correct: z.string().min(1).describe('The correct spelling, e.g. "Lumen Énergie"'),
  variants: z
    .array(z.string().min(1))
    .min(1)
    .describe('Wrong spellings to flag, e.g. ["LumenEnergie", "Lumen-Energie"]'),
});

export const disclosureSchema = z.object({
  text: z.string().min(1).describe('The disclosure to add when missing, e.g. "#TeamLumen" or a sentence'),
  accept: z.array(z.string().min(1)).optional().describe('Other texts that also count as a disclosure'),
});

export const hashtagBoundsSchema = z
  .object({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() })
  .refine((bounds) => bounds.min === undefined || bounds.max === undefined || bounds.min <= bounds.max, {
    message: 'hashtags.min is larger than hashtags.max',
    path: ['min'],
    ...rule('hashtag-bounds'),
  });

export const charterSchema = z
  .object({
    tone: localizedText.optional().describe('The tone to aim for, shown as guidance'),
    do: z.array(localizedText).optional().describe('Good practices, shown as guidance'),
    dont: z.array(localizedText).optional().describe('Things to avoid, shown as guidance'),
    banned: z.array(charterPhraseSchema).optional().describe('Words and phrases flagged as errors in a draft'),
    confidential: z
      .array(charterPhraseSchema)
      .optional()
      .describe('Confidential names and figures flagged as errors in a draft'),
    brand_spellings: z
      .array(brandSpellingSchema)
      .optional()
      .describe('Brand names and their wrong spellings, flagged as warnings'),
    disclosure: disclosureSchema
      .optional()
      .describe('The mention of the employment relationship every draft should contain'),
    hashtags: hashtagBoundsSchema.optional().describe('How many hashtags a draft should have'),
    forbidden_mentions: z
      .array(z.string().min(1))
      .optional()
      .describe('Names a draft must not mention, with or without @'),
    min_own_words: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe("Minimum share of the draft in the employee's own words, 0–1, e.g. 0.5"),
    max_length: z
      .number()
      .int()
      .min(1)
      .max(LINKEDIN_MAX_POST_LENGTH)
      .optional()
      .describe('Longest draft in characters; LinkedIn itself stops at 3000'),
    default_prompts: z
      .record(z.string().min(1), z.array(localizedText).min(1))
      .optional()
      .describe('Personalisation questions per category, for items without prompts; "*" applies to every category'),
  })
  .meta({
    id: 'Charter',
    description: 'The company charter: guidance shown to employees and checks run on their drafts (docs/feed.md)',
  });

/** Feature switches the comms team can turn off remotely. Missing means on. */
export const featureSwitchesSchema = z
  .object({
    composer_insert: z
      .boolean()
      .optional()
      .describe("false: no insertion into LinkedIn's composer, copy to clipboard only"),
    post_detection: z
      .boolean()
      .optional()
      .describe('false: shares are recorded only when the employee says "I posted it"'),
    in_page_sidebar: z.boolean().optional().describe('false: no sidebar inside LinkedIn pages, side panel only'),
  })
  .describe('Kill switches: every feature is on unless set to false');

/** Longest replacement selector, and how many per element: a hotfix, not a stylesheet. */
export const MAX_SELECTOR_LENGTH = 300;
export const MAX_SELECTORS_PER_ELEMENT = 5;

const cssSelector = z
  .string()
  .min(1)
  .max(MAX_SELECTOR_LENGTH)
  .refine((css) => checkCssSelector(css).ok, { message: 'Not a CSS selector Relais accepts', ...rule('css-selector') });

const selectorList = (what: string) =>
  z.array(cssSelector).max(MAX_SELECTORS_PER_ELEMENT).optional().describe(`CSS selectors for ${what}, tried in order`);

/**
 * Selector hotfix: when LinkedIn changes its markup, IT or the comms team can
 * ship replacement CSS selectors (data, never code) that the composer bridge
 * tries before its built-in ones, without waiting for a store release.
 */
export const linkedinSelectorsSchema = z
  .object({
    start_post: selectorList('the feed\'s "Start a post" entry'),
    share_dialog: selectorList('the open share dialog'),
    share_editor: selectorList('the post editor, looked up inside the share dialog'),
    post_button: selectorList('the Post button, looked up inside the share dialog'),
  })
  .meta({
    id: 'LinkedInSelectors',
    description: "Replacement CSS selectors for LinkedIn's composer, tried before Relais's own (docs/feed.md)",
  });

export const mixSchema = z
  .record(categoryId, z.number().min(0))
  .refine((mix) => Object.values(mix).some((weight) => weight > 0), {
    message: 'The mix needs at least one category with a share above 0',
    ...rule('mix-empty'),
  })
  .meta({ description: 'Target share per category, as weights: {"product": 20, "culture": 30, "industry": 50}' });

export const feedExtensionSchema = z
  .object({
    organisation: z.string().min(1).optional().describe('The organisation, as employees know it'),
    channels: z
      .array(channelSchema)
      .refine((channels) => new Set(channels.map((channel) => channel.id)).size === channels.length, {
        message: 'Two channels have the same id',
        ...rule('channel-duplicate'),
      })
      .optional()
      .describe('The channels items belong to; an item without channel goes to the first'),
    charter: charterSchema.optional(),
    mix: mixSchema.optional(),
    features: featureSwitchesSchema.optional(),
    linkedin_selectors: linkedinSelectorsSchema.optional(),
  })
  .meta({
    id: 'FeedExtension',
    description: 'Relais data of the whole feed: organisation, channels, charter, mix, feature switches',
  });

const isBefore = (start: string | undefined, end: string | undefined) =>
  start === undefined || end === undefined || Date.parse(start) < Date.parse(end);

export const campaignSchema = z
  .object({
    start: scheduleDate,
    end: scheduleDate,
    name: localizedText
      .optional()
      .describe('Shown to employees, translatable like channel labels, e.g. {"fr": "Lancement", "en": "Launch"}'),
  })
  .refine((campaign) => isBefore(campaign.start, campaign.end), {
    message: 'The campaign ends before it starts',
    path: ['end'],
    ...rule('campaign-order'),
  });

/**
 * The company page's own LinkedIn post about the item: the address LinkedIn
 * shows for it, `https://www.linkedin.com/feed/update/urn:li:activity:…/` or
 * `https://www.linkedin.com/posts/…-activity-…`: exactly the addresses
 * lib/linkedin/post-urn.ts reads a post's URN from. Only linkedin.com over
 * https, so the sidebar never sends an employee elsewhere in the name of "the
 * company's post", and a comment always knows which post's box is its own.
 */
export const linkedinPostLink = z
  .string()
  .refine((address) => postUrnFromUrl(address) !== null, {
    message:
      'Not the address of a LinkedIn post: use https://www.linkedin.com/feed/update/urn:li:activity:…/ or https://www.linkedin.com/posts/…',
    ...rule('linkedin-post'),
  })
  .meta({
    id: 'LinkedInPost',
    description:
      "The company page's own LinkedIn post, e.g. https://www.linkedin.com/feed/update/urn:li:activity:7140000000000000000/",
    format: 'uri',
    pattern: '^https://(www\\.)?linkedin\\.com/(feed/update/urn|posts/)',
  });

export const itemExtensionSchema = z
  .object({
    channel: channelId.optional().describe("One of the feed's channel ids; missing: the first declared channel"),
    category: categoryId.optional().describe('e.g. "product", "culture" or "industry"; missing: "industry"'),
    angles: z.array(z.string().min(1)).optional().describe('Ways an employee could tell it, one per entry'),
    prompts: z
      .array(z.string().min(1))
      .optional()
      .describe("Personalisation questions; missing: the charter's default_prompts"),
    hashtags: z.array(hashtag).optional().describe('Suggested hashtags'),
    mentions: z.array(z.string().min(1)).optional().describe('Suggested people or pages to mention'),
    not_before: scheduleDate.optional().describe('Embargo: hidden before this instant'),
    expires_at: scheduleDate.optional().describe('Hidden from this instant on'),
    campaign: campaignSchema
      .optional()
      .describe('A campaign window, shown to employees; the item stays visible outside it'),
    pinned: z.boolean().optional().describe('Shown first in the library'),
    linkedin_post: linkedinPostLink
      .optional()
      .describe(
        "The company page's own LinkedIn post about the item: employees can repost it with their thoughts or comment on it",
      ),
  })
  .refine((ext) => isBefore(ext.not_before, ext.expires_at), {
    message: 'The item expires before its embargo ends',
    path: ['expires_at'],
    ...rule('expiry-order'),
  })
  .meta({ id: 'ItemExtension', description: 'Relais data of one item' });

const hasText = (value: string | undefined) => value !== undefined && value.trim() !== '';

export const feedItemSchema = z
  .object({
    id: z
      .union([z.string().trim().min(1), z.number()])
      .transform(String)
      .meta({ description: 'Unique within the feed and stable: Relais keys drafts and share history on it' }),
    title: z.string().optional(),
    content_text: z.string().optional(),
    content_html: z.string().optional(),
    summary: z.string().optional(),
    url: webLink.optional(),
    external_url: webLink.optional(),
    image: imageLink.optional(),
    banner_image: imageLink.optional(),
    date_published: feedDate.optional(),
    date_modified: feedDate.optional(),
    tags: z.array(z.string()).optional(),
    language: languageTag.optional(),
    _relais: itemExtensionSchema.optional(),
  })
  .refine((item) => hasText(item.content_text) || hasText(item.content_html), {
    message: 'An item needs content_text or content_html',
    path: ['content_text'],
    ...rule('content-missing'),
  });

/** The feed envelope. Items are validated one by one (see parseFeedJson) so one bad item never sinks the feed. */
export const feedEnvelopeSchema = z.object({
  version: z.literal(JSON_FEED_VERSION, { error: `version must be "${JSON_FEED_VERSION}"` }),
  title: z.string().min(1),
  home_page_url: webLink.optional(),
  feed_url: webLink.optional(),
  description: z.string().optional(),
  language: languageTag.optional(),
  icon: imageLink.optional(),
  items: z.array(z.unknown()),
  _relais: feedExtensionSchema.optional(),
});

/** The complete feed, as published (used for the JSON Schema). */
export const feedSchema = feedEnvelopeSchema.extend({ items: z.array(feedItemSchema) });

export type LocalizedText = z.infer<typeof localizedText>;
export type Channel = z.infer<typeof channelSchema>;
export type CharterPhrase = z.infer<typeof charterPhraseSchema>;
export type BrandSpelling = z.infer<typeof brandSpellingSchema>;
export type Disclosure = z.infer<typeof disclosureSchema>;
export type Charter = z.infer<typeof charterSchema>;
export type FeatureSwitches = z.infer<typeof featureSwitchesSchema>;
export type LinkedInSelectors = z.infer<typeof linkedinSelectorsSchema>;
export type FeedExtension = z.infer<typeof feedExtensionSchema>;
export type ItemExtension = z.infer<typeof itemExtensionSchema>;
export type FeedItem = z.infer<typeof feedItemSchema>;
export type Feed = z.infer<typeof feedSchema>;

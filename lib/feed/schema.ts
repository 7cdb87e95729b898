/**
 * The Relais feed format: JSON Feed 1.1 extended with `_relais` objects.
 *
 * This module is the single source of truth for the format. The TypeScript
 * types, the published JSON Schema (`npm run feed:schema`) and the validator
 * (`npm run feed:validate`) all derive from these zod schemas.
 *
 * Unknown keys are stripped, never rejected, so that older installs keep
 * reading feeds written for newer versions.
 */
import { z } from 'zod';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

const isParsableDate = (value: string) => !Number.isNaN(Date.parse(value));

/** An RFC 3339 date as JSON Feed uses them. */
export const feedDate = z
  .string()
  .refine(isParsableDate, { message: 'Not a date: use RFC 3339, e.g. 2026-11-22T09:00:00+01:00' });

/** Links shown to employees: only http(s) — `javascript:` and `data:` are refused. */
export const webLink = z
  .string()
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
    message: 'Links must be absolute http(s) URLs',
  });

/** Images are loaded on LinkedIn pages: https only, so no mixed content and no tracking over http. */
export const imageLink = z
  .string()
  .refine((value) => /^https:\/\//i.test(value) && URL.canParse(value), {
    message: 'Images must be absolute https URLs',
  });

/** A text the comms team may write once or per language: "Hello" or {"fr": "Bonjour", "en": "Hello"}. */
export const localizedText = z.union([
  z.string().min(1),
  z.record(z.string().min(2).max(35), z.string().min(1)),
]);

export const categoryId = z.string().min(1).max(40);

export const channelSchema = z.object({
  id: z.string().min(1).max(60),
  label: localizedText,
  description: localizedText.optional(),
});

/** A phrase the charter flags. `regex: true` treats `phrase` as a regular expression (case-insensitive). */
export const charterPhraseSchema = z.object({
  phrase: z.string().min(1),
  regex: z.boolean().optional(),
  reason: localizedText.optional(),
  suggestion: z.string().optional(),
});

export const brandSpellingSchema = z.object({
  /** The correct spelling, e.g. "Acme Cloud". */
  correct: z.string().min(1),
  /** Wrong spellings to flag, e.g. ["acme-cloud", "AcmeCloud"]. Matched case-insensitively as whole words. */
  variants: z.array(z.string().min(1)).min(1),
});

export const disclosureSchema = z.object({
  /** The text to add when missing, e.g. "#TeamAcme employee" or a sentence. */
  text: z.string().min(1),
  /** Other texts that also count as a disclosure. */
  accept: z.array(z.string().min(1)).optional(),
});

export const charterSchema = z.object({
  tone: localizedText.optional(),
  do: z.array(localizedText).optional(),
  dont: z.array(localizedText).optional(),
  banned: z.array(charterPhraseSchema).optional(),
  confidential: z.array(charterPhraseSchema).optional(),
  brand_spellings: z.array(brandSpellingSchema).optional(),
  disclosure: disclosureSchema.optional(),
  hashtags: z
    .object({ min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() })
    .optional(),
  forbidden_mentions: z.array(z.string().min(1)).optional(),
  /** Minimum share of the draft in the employee's own words, 0–1 (e.g. 0.5). */
  min_own_words: z.number().min(0).max(1).optional(),
  /** LinkedIn's limit is 3,000 characters; a charter may ask for less. */
  max_length: z.number().int().min(1).max(3000).optional(),
  /** Personalisation questions per category, used when an item has no prompts of its own. "*" applies to all. */
  default_prompts: z.record(z.string(), z.array(localizedText)).optional(),
});

/** Feature switches the comms team can turn off remotely. Missing means on. */
export const featureSwitchesSchema = z.object({
  /** Insert drafts into LinkedIn's composer. Off: clipboard only (kill switch for a LinkedIn change). */
  composer_insert: z.boolean().optional(),
  /** Record a share when the employee clicks LinkedIn's Post button. Off: "I posted it" only. */
  post_detection: z.boolean().optional(),
  /** Show the in-page sidebar on LinkedIn. Off: side panel only. */
  in_page_sidebar: z.boolean().optional(),
});

export const feedExtensionSchema = z.object({
  organisation: z.string().min(1).optional(),
  channels: z.array(channelSchema).optional(),
  charter: charterSchema.optional(),
  /** Target editorial mix per category, in percent or as fractions, e.g. {"product": 20, "culture": 30, "industry": 50}. */
  mix: z.record(categoryId, z.number().min(0)).optional(),
  features: featureSwitchesSchema.optional(),
});

export const campaignSchema = z.object({
  start: feedDate,
  end: feedDate,
  name: z.string().optional(),
});

export const itemExtensionSchema = z.object({
  channel: z.string().min(1).optional(),
  category: categoryId.optional(),
  angles: z.array(z.string().min(1)).optional(),
  prompts: z.array(z.string().min(1)).optional(),
  hashtags: z.array(z.string().min(1)).optional(),
  mentions: z.array(z.string().min(1)).optional(),
  not_before: feedDate.optional(),
  expires_at: feedDate.optional(),
  campaign: campaignSchema.optional(),
  pinned: z.boolean().optional(),
});

export const feedItemSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()]).transform(String),
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
    language: z.string().min(2).max(35).optional(),
    _relais: itemExtensionSchema.optional(),
  })
  .refine((item) => item.content_text !== undefined || item.content_html !== undefined, {
    message: 'An item needs content_text or content_html',
    path: ['content_text'],
  });

/** The feed envelope. Items are validated one by one (see parseFeed) so one bad item never sinks the feed. */
export const feedEnvelopeSchema = z.object({
  version: z.literal(JSON_FEED_VERSION, {
    error: `version must be "${JSON_FEED_VERSION}"`,
  }),
  title: z.string().min(1),
  home_page_url: webLink.optional(),
  feed_url: webLink.optional(),
  description: z.string().optional(),
  language: z.string().min(2).max(35).optional(),
  icon: imageLink.optional(),
  items: z.array(z.unknown()),
  _relais: feedExtensionSchema.optional(),
});

/** The complete feed, as published (used for the JSON Schema). */
export const feedSchema = feedEnvelopeSchema.extend({ items: z.array(feedItemSchema) });

export type LocalizedText = z.infer<typeof localizedText>;
export type Channel = z.infer<typeof channelSchema>;
export type CharterPhrase = z.infer<typeof charterPhraseSchema>;
export type Charter = z.infer<typeof charterSchema>;
export type FeatureSwitches = z.infer<typeof featureSwitchesSchema>;
export type FeedExtension = z.infer<typeof feedExtensionSchema>;
export type FeedItem = z.infer<typeof feedItemSchema>;
export type Feed = z.infer<typeof feedSchema>;

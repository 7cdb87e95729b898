/**
 * The monthly share summary an employee may choose to send to the comms team:
 * the one definition used by the writer (My shares) and the reader (the
 * Studio's Results tab). It says what was shared, never who shared it or what
 * they wrote: no names, no post text, no LinkedIn addresses, no date finer
 * than the month. `token` is random, drawn per summary, so the Studio can
 * count a file once without knowing whose it is (schema.test.ts lists every
 * key and fails on a new one: adding a field is a privacy decision).
 */
import { z } from 'zod';

export const SUMMARY_FORMAT = 'relais-share-summary';
export const SUMMARY_VERSION = 1;

/** Shares of one item, counted. */
const count = z.number().int().min(0).max(1_000_000);
/** A share of the text in the employee's own words, 0–1. */
const ownWordsShare = z.number().min(0).max(1);
const shortId = z.string().min(1).max(200);

export const summaryItemSchema = z
  .object({
    /** The item's id in its feed (the comms team's own identifier). */
    id: shortId,
    channel: shortId,
    category: shortId,
    shares: count.min(1),
    own_words_median: ownWordsShare,
  })
  .strict();

export const shareSummarySchema = z
  .object({
    format: z.literal(SUMMARY_FORMAT),
    version: z.literal(SUMMARY_VERSION),
    /** Random, per summary (not per person): lets the Studio count a file dropped twice once. */
    token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
    /** The feed the items come from: one summary per company feed. */
    feed_url: z.url({ protocol: /^https?$/ }).max(2048),
    /** The month the shares were posted in, "2027-03". */
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    shares: count,
    own_words_median: ownWordsShare.nullable(),
    items: z.array(summaryItemSchema).max(10_000),
    /** Shares per category. */
    categories: z.record(shortId, count),
    /** Shares per kind of share (e.g. "reshare", "own-post"); "unspecified" when the history does not say. */
    kinds: z.record(shortId, count),
  })
  .strict();

export type ShareSummary = z.infer<typeof shareSummarySchema>;
export type SummaryItem = z.infer<typeof summaryItemSchema>;

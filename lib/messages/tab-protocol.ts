/**
 * Requests answered by the always-on LinkedIn content script. Written with
 * zod/mini because that script runs on every LinkedIn page and must stay small.
 */
import { z } from 'zod/mini';

export const tabRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sidebar.toggle') }),
  z.object({
    type: z.literal('composer.insert'),
    text: z.string().check(z.minLength(1), z.maxLength(100_000)),
    /** Allowed to type into LinkedIn's editor; off (the feed's kill switch) means clipboard only. */
    allowInsert: z.boolean(),
  }),
]);

export type TabRequest = z.infer<typeof tabRequestSchema>;
export type TabRequestType = TabRequest['type'];

export type InsertOutcome =
  | { kind: 'inserted' }
  | { kind: 'clipboard'; reason: 'composer-not-found' | 'read-back-mismatch' | 'insert-disabled' }
  | { kind: 'failed'; reason: 'clipboard-denied'; detail?: string };

export interface TabResponses {
  'sidebar.toggle': { open: boolean };
  'composer.insert': InsertOutcome;
}

/**
 * Requests answered in the LinkedIn tab: `sidebar.toggle` by the always-on
 * script (checked by hand there), `sidebar.close` by the sidebar's content
 * script (from the sidebar's own frame: its close button and Escape; checked
 * by hand there too), `sidebar.ready` by the same script (the frame's app has
 * started: is the sidebar open, so that the app takes the keyboard?), `composer.insert` by the composer bridge
 * (`entrypoints/composer.content`). Written with zod/mini to keep the bridge small.
 */
import { z } from 'zod/mini';

/**
 * What the composer bridge needs to record a share when the employee clicks
 * LinkedIn's Post button on a draft Relais inserted (the bridge adds the
 * posted text, `insertedAt`, `postedAt` and `via`).
 */
export const shareMetaSchema = z.object({
  workspace: z.enum(['real', 'workshop']),
  itemKey: z.string().check(z.minLength(1)),
  itemId: z.string(),
  feedUrl: z.string(),
  title: z.string(),
  channel: z.string(),
  category: z.string(),
  language: z.optional(z.string()),
  draftStartedAt: z.optional(z.number()),
  ownWords: z.number().check(z.gte(0), z.lte(1)),
  findings: z
    .array(z.object({ rule: z.string(), severity: z.enum(['error', 'warning', 'tip']), message: z.string() }))
    .check(z.maxLength(200)),
  /** How the draft relays the item (lib/db/records.ts `shareKindSchema`); absent: a post. */
  kind: z.optional(z.enum(['post', 'repost', 'comment'])),
  /** The item's image goes along as an attachment; absent: false. */
  withImage: z.optional(z.boolean()),
});

export type ShareMeta = z.infer<typeof shareMetaSchema>;

const selectorList = z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(300))).check(z.maxLength(5)));

/** The feed's selector hotfix (`_relais.linkedin_selectors`, checked by the feed schema), passed on as data. */
export const selectorOverridesSchema = z.object({
  start_post: selectorList,
  share_dialog: selectorList,
  share_editor: selectorList,
  post_button: selectorList,
});

/**
 * Where the draft goes: a new post (the share dialog, the default), the
 * repost-with-your-thoughts composer the employee opened, or a
 * comment under one post, named by its URN (`urn:li:activity:…`; checked
 * again by the bridge before it reaches a selector).
 */
export const insertTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('post') }),
  /** The composer of Repost → "Repost with your thoughts", opened by the employee: Relais opens nothing. */
  z.object({ kind: z.literal('repost') }),
  z.object({
    kind: z.literal('comment'),
    postUrn: z.string().check(z.regex(/^urn:li:(?:activity|share|ugcPost):\d{1,25}$/)),
  }),
]);

export type InsertTarget = z.infer<typeof insertTargetSchema>;

/** Base64 of the worker's 2 MB image cap (lib/images/fetch-image.ts), with padding. */
const IMAGE_BASE64_MAX = Math.ceil((2 * 1024 * 1024) / 3) * 4;

export const tabRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sidebar.toggle') }),
  z.object({ type: z.literal('sidebar.close') }),
  z.object({ type: z.literal('sidebar.ready') }),
  z.object({
    type: z.literal('composer.insert'),
    text: z.string().check(z.minLength(1), z.maxLength(100_000)),
    /** Allowed to type into LinkedIn's editor; off (the feed's kill switch) means clipboard only. */
    allowInsert: z.boolean(),
    /** Watch for the Post button to record the share; off is the feed's `post_detection` kill switch. Default on. */
    allowPostDetection: z.optional(z.boolean()),
    /** The library item the draft comes from; without it nothing is recorded. */
    share: z.optional(shareMetaSchema),
    /** Replacement selectors from the item's feed, tried before the built-in ones. */
    selectors: z.optional(selectorOverridesSchema),
    /** A new post unless told otherwise. */
    target: z.optional(insertTargetSchema),
  }),
  /**
   * "Add the image": the item's image, fetched by the worker (`image.fetch`, at most 2 MB), handed to LinkedIn's
   * own media input by the bridge. Base64 because tab messages are JSON in Chrome (64 MiB per message, far above).
   */
  z.object({
    type: z.literal('composer.attachImage'),
    image: z.object({
      base64: z.string().check(z.minLength(1), z.maxLength(IMAGE_BASE64_MAX)),
      mimeType: z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif']),
      name: z.string().check(z.minLength(1), z.maxLength(120)),
    }),
    selectors: z.optional(selectorOverridesSchema),
  }),
]);

export type ImageAttachment = Extract<TabRequest, { type: 'composer.attachImage' }>['image'];
/** Options of `ComposerPort.attachImage`: the feed's selector hotfix for the share dialog. */
export type ComposerAttachOptions = Pick<Extract<TabRequest, { type: 'composer.attachImage' }>, 'selectors'>;

/** Options of `ComposerBridge.insert` / `ComposerPort.insert`: the `composer.insert` request minus its text. */
export type ComposerInsertOptions = Omit<Extract<TabRequest, { type: 'composer.insert' }>, 'type' | 'text'>;

export type TabRequest = z.infer<typeof tabRequestSchema>;
export type TabRequestType = TabRequest['type'];

export type InsertOutcome =
  | { kind: 'inserted' }
  | {
      kind: 'clipboard';
      /** `composer-not-opened`: Relais clicked "Start a post" and nothing opened; the employee opens it. */
      reason: 'composer-not-found' | 'composer-not-opened' | 'read-back-mismatch' | 'insert-disabled';
    }
  | { kind: 'failed'; reason: 'clipboard-denied'; detail?: string };

/** What became of "Add the image": attached (in the post, or in LinkedIn's media editor awaiting "Next"), or why not. */
export type AttachImageOutcome =
  | { kind: 'attached'; where: 'composer' | 'media-editor' }
  | {
      kind: 'not-attached';
      reason: 'composer-not-found' | 'media-button-not-found' | 'media-input-not-found' | 'no-preview';
    };

export interface TabResponses {
  'sidebar.toggle': { open: boolean };
  'sidebar.close': null;
  'sidebar.ready': { open: boolean };
  'composer.insert': InsertOutcome;
  'composer.attachImage': AttachImageOutcome;
}

/** How a share went out, in words: its kind (post, repost with thoughts, comment) and whether the image went along. */
import type { ShareKind, ShareRecord } from '@/lib/db/records';
import { SHARE_KINDS } from '@/lib/db/records';
import type { InsightsT } from './insights-t';

const KIND_KEYS = { post: 'kindPost', repost: 'kindRepost', comment: 'kindComment' } as const;

export function shareKindName(kind: ShareKind, t: InsightsT): string {
  return t(KIND_KEYS[kind]);
}

export function shareKindLabel(share: Pick<ShareRecord, 'kind' | 'withImage'>, t: InsightsT): string {
  const kind = shareKindName(share.kind, t);
  return share.withImage ? t('kindWithImage', { kind }) : kind;
}

const COUNT_KEYS = { post: 'kindCountPost', repost: 'kindCountRepost', comment: 'kindCountComment' } as const;

/** "3 posts", one per kind that was used, in the schema's order, with each language's plurals. */
export function kindCounts(kinds: Readonly<Record<ShareKind, number>>, t: InsightsT): string[] {
  return SHARE_KINDS.filter((kind) => kinds[kind] > 0).map((kind) => t.plural(COUNT_KEYS[kind], kinds[kind]));
}

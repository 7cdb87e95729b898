/** The shares of a month, read from the history page by page (newest first) through the background. */
import type { Workspace } from '@/lib/db/db';
import { askBackground } from '@/lib/protocol/client';
import { HISTORY_PAGE_LIMIT } from '@/lib/protocol/protocol';
import type { Period } from '@/lib/time/calendar';
import type { SummarySource } from '@/lib/summary/build';

export async function readMonthShares(workspace: Workspace, month: Period): Promise<SummarySource[]> {
  const found: SummarySource[] = [];
  for (let offset = 0; ; offset += HISTORY_PAGE_LIMIT) {
    const page = await askBackground({ type: 'history.list', workspace, limit: HISTORY_PAGE_LIMIT, offset });
    for (const share of page) {
      if (share.postedAt < month.start || share.postedAt >= month.end) continue;
      // The kind of share arrives with a newer history version; older rows have none.
      const kind = (share as { kind?: unknown }).kind;
      found.push({
        itemId: share.itemId,
        feedUrl: share.feedUrl,
        channel: share.channel,
        category: share.category,
        postedAt: share.postedAt,
        ownWords: share.ownWords,
        ...(typeof kind === 'string' && kind !== '' ? { kind } : {}),
      });
    }
    const oldest = page[page.length - 1];
    if (page.length < HISTORY_PAGE_LIMIT || (oldest && oldest.postedAt < month.start)) return found;
  }
}

import { copyToClipboard } from '@/lib/linkedin/clipboard';
import type { InsertOutcome } from '@/lib/protocol/tab-protocol';

/** When a draft cannot go into a composer, it goes on the clipboard, so nothing the employee wrote is lost. */
export async function copyInstead(
  text: string,
  reason: Extract<InsertOutcome, { kind: 'clipboard' }>['reason'],
): Promise<InsertOutcome> {
  // The same copy as on LinkedIn: the async clipboard API, then the textarea fallback.
  return (await copyToClipboard(text)) ? { kind: 'clipboard', reason } : { kind: 'failed', reason: 'clipboard-denied' };
}

import type { InsertOutcome } from '@/lib/messages/tab-protocol';

/** When a draft cannot go into a composer, it goes on the clipboard, so nothing the employee wrote is lost. */
export async function copyInstead(
  text: string,
  reason: Extract<InsertOutcome, { kind: 'clipboard' }>['reason'],
): Promise<InsertOutcome> {
  try {
    await navigator.clipboard.writeText(text);
    return { kind: 'clipboard', reason };
  } catch (error) {
    return { kind: 'failed', reason: 'clipboard-denied', detail: (error as Error).message };
  }
}

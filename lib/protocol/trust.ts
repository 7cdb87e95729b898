/**
 * Who may talk to Relais. Only this extension's own contexts: its pages
 * (chrome-extension://<id>/…) and its content scripts on LinkedIn tabs.
 */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';

export function isTrustedSender(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  if (!sender.url) return false;
  if (sender.url.startsWith(extensionOrigin)) return true;
  // A URL that does not parse is refused, not thrown: the router answers every sender.
  return sender.tab !== undefined && URL.canParse(sender.url) && new URL(sender.url).origin === LINKEDIN_ORIGIN;
}

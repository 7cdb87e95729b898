/**
 * The URN of the LinkedIn post an item names (`linkedin_post`), read from
 * its address: `https://www.linkedin.com/feed/update/urn:li:activity:…/`
 * (also `urn:li:share:` and `urn:li:ugcPost:`). Anything else gives null:
 * Relais then never guesses which post's comment box to use.
 */
const POST_PATH = /^\/feed\/update\/(urn:li:(?:activity|share|ugcPost):\d{1,25})\/?$/;

export function postUrnFromUrl(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !/^(?:www\.)?linkedin\.com$/.test(url.hostname)) return null;
  return POST_PATH.exec(decodeURIComponent(url.pathname))?.[1] ?? null;
}

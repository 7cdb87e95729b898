/**
 * The URN of the LinkedIn post an item names (`linkedin_post`), read from
 * its address: `https://www.linkedin.com/feed/update/urn:li:activity:…/`
 * (also `urn:li:share:` and `urn:li:ugcPost:`), or the `/posts/…-activity-<id>-…`
 * address LinkedIn's "Copy link to post" gives. Anything else gives null:
 * Relais then never guesses which post's comment box to use.
 */
const POST_PATH = /^\/feed\/update\/(urn:li:(?:activity|share|ugcPost):\d{1,25})\/?$/;
/** `/posts/<page>_<words>-activity-<id>-<suffix>`: the address "Copy link to post" gives. */
const POSTS_PATH = /^\/posts\/[A-Za-z0-9_%-]*-activity-(\d{1,25})-[A-Za-z0-9_-]*\/?$/;

export function postUrnFromUrl(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !/^(?:www\.)?linkedin\.com$/.test(url.hostname)) return null;
  const path = decodeURIComponent(url.pathname);
  const feedUpdate = POST_PATH.exec(path)?.[1];
  if (feedUpdate) return feedUpdate;
  const activity = POSTS_PATH.exec(url.pathname)?.[1];
  return activity ? `urn:li:activity:${activity}` : null;
}

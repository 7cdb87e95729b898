import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderLike } from './trust';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const trusted = (sender: SenderLike) => isTrustedSender(sender, ID, ORIGIN);

describe('isTrustedSender', () => {
  it.each<[string, SenderLike]>([
    ['an extension page', { id: ID, url: `${ORIGIN}options.html` }],
    ['the side panel', { id: ID, url: `${ORIGIN}sidepanel.html?tab=3` }],
    ['the LinkedIn content script', { id: ID, url: 'https://www.linkedin.com/feed/', tab: { id: 4 } }],
    [
      'the content script on LinkedIn’s explicit default port',
      { id: ID, url: 'https://www.linkedin.com:443/in/x/', tab: { id: 4 } },
    ],
  ])('trusts %s', (_, sender) => {
    expect(trusted(sender)).toBe(true);
  });

  it.each<[string, SenderLike]>([
    ['a sender without id (a web page)', { url: 'https://www.linkedin.com/feed/', tab: { id: 1 } }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/page.html' }],
    ['another extension’s page claiming our id', { id: ID, url: 'chrome-extension://other/page.html' }],
    ['an extension whose id starts with ours', { id: ID, url: `chrome-extension://${ID}x/page.html` }],
    ['LinkedIn over http', { id: ID, url: 'http://www.linkedin.com/feed/', tab: { id: 1 } }],
    ['another LinkedIn subdomain', { id: ID, url: 'https://lnkd.linkedin.com/', tab: { id: 1 } }],
    ['a lookalike host', { id: ID, url: 'https://www.linkedin.com.evil.example/', tab: { id: 1 } }],
    ['credentials before a foreign host', { id: ID, url: 'https://www.linkedin.com@evil.example/', tab: { id: 1 } }],
    ['a LinkedIn url outside a tab', { id: ID, url: 'https://www.linkedin.com/feed/' }],
    ['a url that does not parse', { id: ID, url: 'not a url', tab: { id: 1 } }],
    ['a data: url', { id: ID, url: 'data:text/html,<p>hi', tab: { id: 1 } }],
    ['no url', { id: ID }],
    ['an empty url', { id: ID, url: '' }],
  ])('refuses %s', (_, sender) => {
    expect(trusted(sender)).toBe(false);
  });
});

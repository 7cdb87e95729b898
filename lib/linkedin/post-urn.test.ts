import { describe, expect, it } from 'vitest';
import { postUrnFromUrl } from './post-urn';

describe('postUrnFromUrl', () => {
  it('reads the URN of a post page address, with or without the final slash', () => {
    expect(postUrnFromUrl('https://www.linkedin.com/feed/update/urn:li:activity:7401234567890123456/')).toBe(
      'urn:li:activity:7401234567890123456',
    );
    expect(postUrnFromUrl('https://linkedin.com/feed/update/urn:li:share:12345')).toBe('urn:li:share:12345');
    expect(postUrnFromUrl('https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A99/?utm=x')).toBe(
      'urn:li:ugcPost:99',
    );
  });

  it('reads the activity of a "Copy link to post" address', () => {
    expect(
      postUrnFromUrl('https://www.linkedin.com/posts/lumen-energie_solaire-activity-7401234567890123456-AbCd/'),
    ).toBe('urn:li:activity:7401234567890123456');
    expect(postUrnFromUrl('https://www.linkedin.com/posts/lumen-energie_solaire-AbCd/')).toBeNull();
  });

  it('refuses anything that is not a LinkedIn post address', () => {
    expect(postUrnFromUrl('http://www.linkedin.com/feed/update/urn:li:activity:1/')).toBeNull();
    expect(postUrnFromUrl('https://evil.example/feed/update/urn:li:activity:1/')).toBeNull();
    expect(postUrnFromUrl('https://www.linkedin.com.evil.example/feed/update/urn:li:activity:1/')).toBeNull();
    expect(postUrnFromUrl('https://www.linkedin.com/feed/update/urn:li:activity:1"],a[x="/')).toBeNull();
    expect(postUrnFromUrl('https://www.linkedin.com/in/someone/')).toBeNull();
    expect(postUrnFromUrl('not a url')).toBeNull();
  });
});

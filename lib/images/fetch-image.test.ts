import { describe, expect, it, vi } from 'vitest';
import { fetchImage, fromBase64, IMAGE_MAX_BYTES, toBase64 } from './fetch-image';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const granted = async (origin: string) => origin === 'https://comms.example.com';

const answer = (body: BodyInit | null, headers: Record<string, string>, status = 200) =>
  vi.fn(async () => new Response(body, { status, headers }));

describe('fetchImage', () => {
  it('returns the bytes of a PNG from a granted https origin, without cookies, referrer or redirects', async () => {
    const fetch = answer(PNG, { 'content-type': 'image/png' });
    const image = await fetchImage('https://comms.example.com/img/a.png?utm=x', { fetch, originGranted: granted });
    expect(image).toEqual({ type: 'image/png', base64: toBase64(PNG), bytes: PNG.byteLength });
    expect(fromBase64(image.base64)).toEqual(PNG);
    expect(fetch).toHaveBeenCalledWith(
      'https://comms.example.com/img/a.png?utm=x',
      expect.objectContaining({ credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'error' }),
    );
  });

  it.each([
    ['http://comms.example.com/a.png', 'not-https'],
    ['javascript:alert(1)', 'not-https'],
    ['data:image/png;base64,AAAA', 'not-https'],
    ['not a url', 'not-https'],
    ['https://tracker.example.net/pixel.png', 'origin-not-granted'],
  ])('refuses %s before any request (%s)', async (url, reason) => {
    const fetch = answer(PNG, { 'content-type': 'image/png' });
    await expect(fetchImage(url, { fetch, originGranted: granted })).rejects.toMatchObject({ reason });
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each(['image/svg+xml', 'text/html', ''])('refuses a body served as %j', async (type) => {
    const fetch = answer(PNG, type ? { 'content-type': type } : {});
    await expect(fetchImage('https://comms.example.com/a', { fetch, originGranted: granted })).rejects.toMatchObject({
      reason: 'not-an-image',
    });
  });

  it('refuses an image over the cap, declared or streamed', async () => {
    const big = new Uint8Array(IMAGE_MAX_BYTES + 1);
    const declared = answer(null, { 'content-type': 'image/jpeg', 'content-length': String(big.byteLength) });
    await expect(
      fetchImage('https://comms.example.com/a.jpg', { fetch: declared, originGranted: granted }),
    ).rejects.toMatchObject({ reason: 'too-large' });
    const streamed = answer(big, { 'content-type': 'image/jpeg' });
    await expect(
      fetchImage('https://comms.example.com/a.jpg', { fetch: streamed, originGranted: granted }),
    ).rejects.toMatchObject({ reason: 'too-large' });
  });

  it('says what went wrong for an error status and an unreachable host', async () => {
    await expect(
      fetchImage('https://comms.example.com/a.png', { fetch: answer('', {}, 404), originGranted: granted }),
    ).rejects.toMatchObject({ reason: 'http-status', message: expect.stringContaining('404') });
    const failing = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(
      fetchImage('https://comms.example.com/a.png', { fetch: failing, originGranted: granted }),
    ).rejects.toMatchObject({ reason: 'unreachable' });
  });

  it('encodes large images to base64 in linear chunks', () => {
    const bytes = new Uint8Array(300_000).map((_, index) => index % 251);
    const encoded = toBase64(bytes);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    expect(Buffer.from(fromBase64(encoded)).equals(Buffer.from(bytes))).toBe(true);
  });
});

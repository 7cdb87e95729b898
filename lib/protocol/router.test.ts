import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRouter, HandledError } from './router';

const schema = z.discriminatedUnion('type', [z.object({ type: z.literal('echo'), text: z.string() })]);
const trust = { extensionId: 'relais-id', extensionOrigin: 'chrome-extension://relais-id/' };
const route = createRouter<z.infer<typeof schema>, { echo: string }>(
  schema,
  {
    echo: ({ text }) => {
      if (text === 'boom') throw new HandledError('boom', 'It broke, in plain words.');
      return text.toUpperCase();
    },
  },
  trust,
);

const fromPage = { id: 'relais-id', url: 'chrome-extension://relais-id/options.html' };

describe('message router', () => {
  it('answers a valid request from an extension page', async () => {
    expect(await route({ type: 'echo', text: 'hi' }, fromPage)).toEqual({ ok: true, value: 'HI' });
  });

  it('answers the LinkedIn content script', async () => {
    const sender = { id: 'relais-id', url: 'https://www.linkedin.com/feed/', tab: { id: 3 } };
    expect(await route({ type: 'echo', text: 'x' }, sender)).toMatchObject({ ok: true });
  });

  it.each([
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }],
    ['a content script on another site', { id: 'relais-id', url: 'https://evil.example/', tab: { id: 1 } }],
    ['a lookalike origin', { id: 'relais-id', url: 'https://www.linkedin.com.evil.example/', tab: { id: 1 } }],
    ['no url', { id: 'relais-id' }],
  ])('refuses %s', async (_, sender) => {
    expect(await route({ type: 'echo', text: 'x' }, sender)).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
  });

  it('refuses malformed requests', async () => {
    expect(await route({ type: 'echo', text: 42 }, fromPage)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(await route({ type: 'delete-everything' }, fromPage)).toMatchObject({ ok: false });
  });

  it('turns handler errors into plain-words answers', async () => {
    expect(await route({ type: 'echo', text: 'boom' }, fromPage)).toEqual({
      ok: false,
      error: { code: 'boom', message: 'It broke, in plain words.' },
    });
  });
});

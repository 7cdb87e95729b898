/** Validates and dispatches requests to typed handlers; every answer is an Envelope. */
import type { z } from 'zod';
import { problemOfThrown } from '../problems/problem';
import { isTrustedSender, type SenderLike } from './trust';
import type { Envelope, RequestError } from './protocol';

export class HandledError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type AnyRequest = { type: string };

export type Handlers<Req extends AnyRequest, Res extends Record<Req['type'], unknown>> = {
  [K in Req['type']]: (request: Extract<Req, { type: K }>, sender: SenderLike) => Promise<Res[K]> | Res[K];
};

export function createRouter<Req extends AnyRequest, Res extends Record<Req['type'], unknown>>(
  schema: z.ZodType<Req>,
  handlers: Handlers<Req, Res>,
  trust: { extensionId: string; extensionOrigin: string },
) {
  return async (message: unknown, sender: SenderLike): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(sender, trust.extensionId, trust.extensionOrigin)) {
      return { ok: false, error: { code: 'untrusted-sender', message: 'Refused: not sent by Relais itself.' } };
    }
    const parsed = schema.safeParse(message);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid-request', message: parsed.error.issues[0]?.message ?? 'Invalid request' },
      };
    }
    const request = parsed.data;
    const handler = handlers[request.type as Req['type']] as (r: Req, s: SenderLike) => unknown;
    try {
      return { ok: true, value: (await handler(request, sender)) ?? null };
    } catch (error) {
      return { ok: false, error: toRequestError(error) };
    }
  };
}

export function toRequestError(error: unknown): RequestError {
  return problemOfThrown(error);
}

/** Typed senders for the protocol. Errors come back as `RelaisRequestError` with the receiver's plain-words message. */
import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundRequestType, BackgroundResponses, Envelope, RequestError } from './protocol';
import type { ProblemParams } from '../problems/problem';
import type { TabRequest, TabRequestType, TabResponses } from './tab-protocol';

export class RelaisRequestError extends Error {
  readonly code: string;
  readonly params?: ProblemParams;
  /** An `invalid-feed` (or a problem wrapping one): the feed validator's first problem, as data. */
  readonly first?: unknown;
  constructor(error: RequestError) {
    super(error.message);
    this.code = error.code;
    if (error.params) this.params = error.params;
    if (error.first !== undefined) this.first = error.first;
  }
}

function unwrap<T>(envelope: Envelope<T> | undefined): T {
  if (!envelope)
    throw new RelaisRequestError({
      code: 'no-answer',
      message: 'Relais did not answer. Reload the page and try again.',
    });
  if (!envelope.ok) throw new RelaisRequestError(envelope.error);
  return envelope.value;
}

export async function askBackground<T extends BackgroundRequestType>(
  request: Extract<BackgroundRequest, { type: T }>,
): Promise<BackgroundResponses[T]> {
  return unwrap((await browser.runtime.sendMessage(request)) as Envelope<BackgroundResponses[T]>);
}

/** `options.frameId`: one frame of the tab only (0 is the top frame); without it, every frame's content scripts. */
export async function askTab<T extends TabRequestType>(
  tabId: number,
  request: Extract<TabRequest, { type: T }>,
  options?: { frameId: number },
): Promise<TabResponses[T]> {
  const answer = options ? browser.tabs.sendMessage(tabId, request, options) : browser.tabs.sendMessage(tabId, request);
  return unwrap((await answer) as Envelope<TabResponses[T]>);
}

/**
 * An in-memory feed server for tests and benchmarks: answers by URL, records
 * what was asked, and can redirect, hang, stream slowly or fail like a real
 * server does.
 */
import type { FetchLike } from '../../lib/sync/fetch-feed';

export interface FakeAnswer {
  status?: number;
  statusText?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | ReadableStream<Uint8Array>;
  /** The address the answer finally came from, as after a redirect. */
  finalUrl?: string;
  /** Answer 302 with this Location, as a server redirecting does (a fetch in "manual" mode sees it). */
  redirectTo?: string;
  /** Answer as a browser does to a redirect in "manual" mode: an "opaqueredirect" hiding where it goes. */
  opaqueRedirect?: boolean;
  /** Never answer; only the request's abort signal ends the wait. */
  hang?: boolean;
  /** Reject like a DNS or connection failure. */
  networkError?: boolean;
}

export interface FakeRequest {
  url: string;
  headers: Record<string, string>;
  init?: RequestInit;
}

export type FakeRoute = FakeAnswer | ((request: FakeRequest) => FakeAnswer);

export interface FakeFetch extends FetchLike {
  requests: FakeRequest[];
}

export function fakeFetch(routes: Record<string, FakeRoute>): FakeFetch {
  const requests: FakeRequest[] = [];
  const fetch = (async (url: string, init?: RequestInit) => {
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const request = { url, headers, init };
    requests.push(request);
    const route = routes[url];
    if (!route) return new Response('Not here', { status: 404, statusText: 'Not Found' });
    const answer = typeof route === 'function' ? route(request) : route;
    const signal = init?.signal ?? undefined;
    if (answer.hang) {
      return new Promise<Response>((_, reject) => {
        const abort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
        if (signal?.aborted) abort();
        signal?.addEventListener('abort', abort, { once: true });
      });
    }
    if (answer.networkError) throw new TypeError('fetch failed');
    if (answer.redirectTo !== undefined)
      return new Response(null, { status: 302, headers: { location: answer.redirectTo } });
    if (answer.opaqueRedirect) {
      const opaque = new Response(null, { status: 200 });
      Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
      Object.defineProperty(opaque, 'status', { value: 0 });
      return opaque;
    }
    const status = answer.status ?? 200;
    const nullBody = status === 204 || status === 304;
    const response = new Response(nullBody ? null : ((answer.body ?? '') as BodyInit), {
      status,
      statusText: answer.statusText ?? '',
      headers: answer.headers ?? { 'content-type': 'application/feed+json' },
    });
    Object.defineProperty(response, 'url', { value: answer.finalUrl ?? url });
    return response;
  }) as FakeFetch;
  fetch.requests = requests;
  return fetch;
}

/** A body that arrives in `chunks` pieces of `chunkSize` bytes and counts how many were pulled. */
export function slowBody(
  chunkSize: number,
  chunks: number,
): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= chunks) {
        controller.close();
        return;
      }
      sent += 1;
      controller.enqueue(new Uint8Array(chunkSize).fill(0x20));
    },
  });
  return { stream, pulled: () => sent };
}

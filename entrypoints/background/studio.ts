/**
 * The Studio's one background request: download a feed (a Relais feed to
 * edit, or a newsroom's RSS, Atom or JSON Feed to start from) the way the
 * sync does, with its rules (https, size cap, time limit). The page parses it.
 */
import type { BackgroundRequest, BackgroundResponses } from '@/lib/protocol/protocol';
import { HandledError, type Handlers } from '@/lib/protocol/router';
import { ProblemError } from '@/lib/problems/problem';
import { fetchFeed } from '@/lib/sync/fetch-feed';
import { backgroundLocale, workerFetch } from './feeds';

export function studioHandlers(): Pick<Handlers<BackgroundRequest, BackgroundResponses>, 'studio.fetchFeed'> {
  return {
    'studio.fetchFeed': async ({ url }) => {
      const result = await fetchFeed(url, { fetch: workerFetch, locale: await backgroundLocale() });
      if (result.status === 'error') throw new ProblemError(result.error, result.error.message);
      // Never asked conditionally, so never "not modified"; said plainly should a server answer 304 anyway.
      if (result.status === 'not-modified') throw new HandledError('not-modified', 'The server sent no content.');
      return { text: result.text, finalUrl: result.finalUrl };
    },
  };
}

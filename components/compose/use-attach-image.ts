/**
 * "Add the image": the item's image as bytes (fetched by the worker,
 * `image.fetch`: https, a granted feed origin, raster types, 2 MB — LinkedIn's
 * page never requests it), handed to the host's composer port, and what
 * became of it. `imageAttached` is the compose flow's one answer to "did the
 * share have the item's image", passed on as the share's `withImage`.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { LinkedInSelectors } from '@/lib/feed/schema';
import { imageFileName } from '@/lib/images/image-file-name';
import { isSecureImage } from '@/lib/library/draft';
import { askBackground } from '@/lib/protocol/client';
import type { AttachImageOutcome, ImageAttachment } from '@/lib/protocol/tab-protocol';
import { useHost } from '../app/host';

export type AttachState =
  | { kind: 'idle' }
  | { kind: 'attaching' }
  | { kind: 'done'; outcome: AttachImageOutcome }
  | { kind: 'error'; message: string };

export interface AttachImage {
  /** The image ready to hand over (and to download), once loaded. */
  image: ImageAttachment | undefined;
  loading: boolean;
  unavailable: boolean;
  /** Whether this host can put an image into LinkedIn's composer at all (not the practice page, not when the feed turned insertion off). */
  canAttach: boolean;
  state: AttachState;
  attach(): Promise<void>;
  /** True once LinkedIn's composer shows the image (in the post, or in its media editor). */
  imageAttached: boolean;
}

export function useAttachImage({
  url,
  allowInsert,
  linkedinSelectors,
  resetKey,
}: {
  url: string | undefined;
  allowInsert: boolean;
  linkedinSelectors?: LinkedInSelectors;
  /** A new insert starts over: the composer may be a new one. */
  resetKey: unknown;
}): AttachImage {
  const { composer } = useHost();
  const query = useQuery({
    queryKey: ['image-file', url],
    enabled: isSecureImage(url),
    staleTime: Infinity,
    retry: false,
    queryFn: async (): Promise<ImageAttachment> => {
      const fetched = await askBackground({ type: 'image.fetch', url: url! });
      return { base64: fetched.base64, mimeType: fetched.type, name: imageFileName(url!, fetched.type) };
    },
  });
  const [state, setState] = useState<AttachState>({ kind: 'idle' });
  useEffect(() => setState({ kind: 'idle' }), [resetKey]);

  const image = query.data;
  const port = composer.attachImage?.bind(composer);
  const attach = useCallback(async () => {
    if (!image || !port) return;
    setState({ kind: 'attaching' });
    try {
      setState({ kind: 'done', outcome: await port(image, { selectors: linkedinSelectors }) });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, [image, port, linkedinSelectors]);

  return {
    image,
    loading: query.isPending && query.fetchStatus !== 'idle',
    unavailable: query.isError,
    canAttach: allowInsert && port !== undefined,
    state,
    attach,
    imageAttached: state.kind === 'done' && state.outcome.kind === 'attached',
  };
}

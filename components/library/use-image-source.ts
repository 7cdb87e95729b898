/**
 * A feed image as a `blob:` URL of this document: the worker fetches it
 * (`image.fetch`: https, a granted feed origin, raster types, 2 MB), so
 * neither LinkedIn's page nor this view ever requests the feed's image URL
 * itself. Undefined while loading, and when the image is refused or
 * unreachable (the card keeps its empty frame).
 */
import { useQuery } from '@tanstack/react-query';
import { fromBase64 } from '@/lib/images/base64';
import { isSecureImage } from '@/lib/library/draft';
import { askBackground } from '@/lib/protocol/client';

export function useImageSource(url: string | undefined): string | undefined {
  const { data } = useQuery({
    queryKey: ['image', url],
    enabled: isSecureImage(url),
    // One blob per image for the life of the view: never fetched twice, never revoked while shown.
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    queryFn: async () => {
      const image = await askBackground({ type: 'image.fetch', url: url! });
      return URL.createObjectURL(new Blob([fromBase64(image.base64) as BlobPart], { type: image.type }));
    },
  });
  return data;
}

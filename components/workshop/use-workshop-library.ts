import { useQuery } from '@tanstack/react-query';
import { askBackground } from '@/lib/protocol/client';

/** Makes sure the workshop database holds the demo library; the background announces the change to every host. */
export function useWorkshopLibrary(enabled: boolean) {
  return useQuery({
    queryKey: ['workshop-library'],
    queryFn: () => askBackground({ type: 'workshop.ensureLibrary' }),
    enabled,
    retry: false,
  });
}

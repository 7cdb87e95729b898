import { useQuery } from '@tanstack/react-query';
import { getInstallSeed } from '@/lib/settings/store';

/** This install's seed (made once, kept in storage.local): it orders angles and picks posting times. */
export function useInstallSeed() {
  return useQuery({
    queryKey: ['install-seed'],
    queryFn: getInstallSeed,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}

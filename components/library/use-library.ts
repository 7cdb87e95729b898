import { useQuery } from '@tanstack/react-query';
import { askBackground } from '@/lib/messages/client';
import { useHost } from '../app/host';

export function useLibrary() {
  const { workspace } = useHost();
  return useQuery({
    queryKey: ['library', workspace],
    queryFn: () => askBackground({ type: 'library.get', workspace }),
  });
}

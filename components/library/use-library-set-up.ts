import { useEffect, useState } from 'react';
import { librarySetUpItem } from '@/lib/storage/items';

/**
 * Whether the worker has finished setting the library up after install
 * (lib/storage/keys.ts, `librarySetUp`): undefined while it is being read.
 * Follows the stored value, so "Setting up your library…" ends when the worker
 * says so, not after a guessed delay.
 */
export function useLibrarySetUp(): boolean | undefined {
  const [setUp, setSetUp] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const stop = librarySetUpItem.watch((value) => setSetUp(value === true));
    void librarySetUpItem.getValue().then((value) => {
      if (live) setSetUp((current) => current ?? value === true);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return setUp;
}

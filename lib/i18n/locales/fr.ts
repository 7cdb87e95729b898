/** French: exactly the namespaces and keys of `en.ts` (checked by the compiler through `SameKeys`). */
import type { SameKeys } from '../same-keys';
import type * as en from './en';

export const launcher: SameKeys<typeof en.launcher> = { open: 'Ouvrir Relais', close: 'Fermer Relais' };

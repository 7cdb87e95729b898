/**
 * Zod 4 compiles object parsers with `new Function` when the context allows
 * it, and probes for that when the first object schema is defined. Extension
 * pages and workers forbid eval under their strict CSP: the probe fails, is reported as
 * a CSP violation, and store reviewers see eval. Jitless mode never tries.
 *
 * Import this module FIRST in every entrypoint that loads full zod
 * (tests/unit/security.test.ts checks), before any schema is defined.
 * The setting lives in zod's core, which full zod and zod/mini share: set
 * through zod/mini, so that a page whose first screen needs only zod/mini
 * (the sidebar's frame) does not load full zod for it.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

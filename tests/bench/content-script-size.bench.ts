/** The always-on LinkedIn content script's gzip size against its budget (also enforced by tests/e2e/budget.spec.ts). */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ALWAYS_ON_GZIP_BUDGET_BYTES, ALWAYS_ON_SCRIPT, alwaysOnScriptGzipSize } from '../budget/budgets';
import { buildExtension } from './extension-build';
import { defineBench } from './harness';

export default defineBench({
  name: 'Always-on content script size',
  async run() {
    const buildDir = buildExtension();
    const gzipBytes = alwaysOnScriptGzipSize(buildDir);
    return [
      {
        name: `${ALWAYS_ON_SCRIPT} gzipped`,
        value: gzipBytes / 1024,
        unit: 'KiB',
        target: ALWAYS_ON_GZIP_BUDGET_BYTES / 1024,
        details: {
          'raw KiB': statSync(join(buildDir, ALWAYS_ON_SCRIPT)).size / 1024,
          'share of budget': gzipBytes / ALWAYS_ON_GZIP_BUDGET_BYTES,
        },
      },
    ];
  },
});

/**
 * What Relais costs a LinkedIn page while the sidebar is closed: the page's
 * scripting and task time (CDP Performance.getMetrics) and its long tasks, in
 * the same Chromium with and without the extension.
 *
 * Noise handling: both browsers stay open side by side and loads alternate
 * (A B B A …) so machine load and drift hit both alike; one warm-up load each
 * is dropped; every load is a fresh tab, measured as the difference of the
 * metrics before and after; each load is read after the same settle time once
 * the page has loaded — and, with Relais, only once the launcher is mounted,
 * so the content script's whole start-up is inside the window. Every arm
 * waits with the same main-world poll, so the harness costs all arms alike.
 * Medians.
 *
 * A third browser loads an empty extension whose content script does nothing,
 * on the same pages at the same moment: the difference between it and no
 * extension is what Chromium charges for any content script (its isolated
 * world and extension bindings), and the rest is Relais's own code.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { launchWithExtension, launchWithoutExtension, routeLinkedIn, serviceWorkerOf } from '../e2e/harness';
import { buildExtension } from './extension-build';
import { defineBench } from './harness';

const RUNS = 10;
/** Long enough for the page's and the content script's trailing tasks (storage reads, shadow root) to end. */
const SETTLE_MS = 1_000;
const TARGET_RATIO = 1.05;

interface LoadCost {
  scriptMs: number;
  taskMs: number;
  longTasks: number;
}

type MetricName = 'ScriptDuration' | 'TaskDuration';

async function loadLinkedIn(context: BrowserContext, withRelais: boolean): Promise<LoadCost> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const read = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name: MetricName) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1_000;
      return { script: value('ScriptDuration'), task: value('TaskDuration') };
    };
    const before = await read();
    await page.goto('https://www.linkedin.com/feed/', { waitUntil: 'load' });
    // One main-world poll in every arm. (A Playwright locator would inject Playwright's own utility
    // world and script into the Relais arm only, some 15–50 ms of task time that is not Relais's.)
    await page.waitForFunction(
      (launcherExpected) =>
        'Quill' in window &&
        !!document.querySelector('main')?.childElementCount &&
        (!launcherExpected || !!document.querySelector('relais-launcher')?.shadowRoot?.querySelector('button')),
      withRelais,
    );
    await page.waitForTimeout(SETTLE_MS);
    const after = await read();
    const longTasks = await page.evaluate(() => (window as { __benchLongTasks?: number }).__benchLongTasks ?? 0);
    return { scriptMs: after.script - before.script, taskMs: after.task - before.task, longTasks };
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Runs in the page's main world before its own scripts, in both browsers alike. */
function countLongTasks() {
  const counted = window as { __benchLongTasks?: number };
  counted.__benchLongTasks = 0;
  new PerformanceObserver((list) => {
    counted.__benchLongTasks = (counted.__benchLongTasks ?? 0) + list.getEntries().length;
  }).observe({ type: 'longtask', buffered: true });
}

/** An extension with one content script that does nothing, matched and timed like Relais's. */
function emptyContentScriptExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'relais-bench-empty-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script',
    version: '1.0',
    content_scripts: [{ matches: ['https://www.linkedin.com/*'], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'content.js'), 'void 0;\n');
  return dir;
}

interface Arm {
  context: BrowserContext;
  withRelais: boolean;
  loads: LoadCost[];
}

export default defineBench({
  name: 'LinkedIn page cost with the sidebar closed',
  async run() {
    buildExtension();
    const emptyExtensionDir = emptyContentScriptExtension();
    const relais: Arm = { context: await launchWithExtension(), withRelais: true, loads: [] };
    const emptyExtension: Arm = {
      context: await launchWithExtension({}, emptyExtensionDir),
      withRelais: false,
      loads: [],
    };
    const none: Arm = { context: await launchWithoutExtension(), withRelais: false, loads: [] };
    const arms = [relais, emptyExtension, none];
    try {
      for (const { context } of arms) {
        await routeLinkedIn(context, () => 'standard');
        await context.addInitScript(countLongTasks);
      }
      await serviceWorkerOf(relais.context);
      for (const arm of arms) await loadLinkedIn(arm.context, arm.withRelais);

      for (let run = 0; run < RUNS; run += 1) {
        // The order rotates, so no browser always goes first or last.
        const order = arms.map((_, index) => arms[(index + run) % arms.length]!);
        for (const arm of order) arm.loads.push(await loadLinkedIn(arm.context, arm.withRelais));
      }

      const medianOf = (arm: Arm, key: keyof LoadCost) => median(arm.loads.map((load) => load[key]));
      const ratioFigure = (key: 'scriptMs' | 'taskMs', label: string) => {
        const withMs = medianOf(relais, key);
        const withoutMs = medianOf(none, key);
        const anyExtensionMs = medianOf(emptyExtension, key);
        return {
          name: `${label} on the LinkedIn feed, with Relais vs without (median of ${RUNS} loads each)`,
          value: withMs / withoutMs,
          unit: '×',
          target: TARGET_RATIO,
          details: {
            'with Relais ms': withMs,
            'without ms': withoutMs,
            'added ms': withMs - withoutMs,
            'empty content script ms': anyExtensionMs,
            'Relais beyond an empty content script ms': withMs - anyExtensionMs,
          },
        };
      };
      const longTasksWith = medianOf(relais, 'longTasks');
      const longTasksWithout = medianOf(none, 'longTasks');
      return [
        ratioFigure('scriptMs', 'Scripting time (CDP ScriptDuration)'),
        ratioFigure('taskMs', 'Main-thread task time (CDP TaskDuration)'),
        {
          name: `Long tasks added by Relais per LinkedIn load (median of ${RUNS})`,
          value: longTasksWith - longTasksWithout,
          unit: 'tasks',
          target: 0,
          details: {
            'with Relais': longTasksWith,
            without: longTasksWithout,
            'max with Relais': Math.max(...relais.loads.map((load) => load.longTasks)),
            'max without': Math.max(...none.loads.map((load) => load.longTasks)),
          },
        },
      ];
    } finally {
      for (const { context } of arms) await context.close();
      rmSync(emptyExtensionDir, { recursive: true, force: true });
    }
  },
});

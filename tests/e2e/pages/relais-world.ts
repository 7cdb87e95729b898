/**
 * Reads the state of Relais's content scripts in a page, through the Chrome
 * DevTools Protocol: they run in the extension's isolated world, which
 * `page.evaluate` (the page's main world) cannot see. Tests use it to wait
 * for the condition that proves a script ran before asserting that it added
 * nothing, instead of waiting a fixed time.
 */
import type { CDPSession, Page } from '@playwright/test';

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

export class RelaisWorld {
  private constructor(
    private readonly session: CDPSession,
    private readonly contexts: Map<number, ExecutionContext>,
  ) {}

  /** Watches the page's execution contexts from now on (and those already there). */
  static async of(page: Page): Promise<RelaisWorld> {
    const session = await page.context().newCDPSession(page);
    const contexts = new Map<number, ExecutionContext>();
    session.on('Runtime.executionContextCreated', ({ context }: { context: ExecutionContext }) =>
      contexts.set(context.id, context),
    );
    session.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) =>
      contexts.delete(executionContextId),
    );
    session.on('Runtime.executionContextsCleared', () => contexts.clear());
    await session.send('Runtime.enable');
    return new RelaisWorld(session, contexts);
  }

  /** The value of `expression` in the extension's isolated world of the top frame; undefined while it has none. */
  async evaluate(expression: string): Promise<unknown> {
    const { frameTree } = (await this.session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const world = [...this.contexts.values()].find(
      (context) =>
        context.auxData?.type === 'isolated' &&
        context.auxData.frameId === frameTree.frame.id &&
        context.origin.startsWith('chrome-extension://'),
    );
    if (!world) return undefined;
    const { result } = (await this.session.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      returnByValue: true,
    })) as { result: { value?: unknown } };
    return result.value;
  }

  /**
   * True once the always-on LinkedIn script has read its settings and made its
   * choice (launcher or none): it then listens for the sidebar's state.
   */
  launcherScriptStarted(): Promise<boolean> {
    return this.evaluate("typeof globalThis.__relaisOnSidebarChange === 'function'").then((value) => value === true);
  }

  /** True once the composer bridge (injected with the sidebar) is in place. */
  composerBridgeStarted(): Promise<boolean> {
    return this.evaluate("typeof globalThis.__relaisComposer === 'object'").then((value) => value === true);
  }

  dispose() {
    return this.session.detach();
  }
}

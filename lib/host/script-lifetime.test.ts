// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startScriptLifetime, type LifetimeEnvironment } from './script-lifetime';

const STARTED = 'abcdef:sidebar:wxt:content-script-started';

function environment(runtimeId: () => string | undefined = () => 'abcdef'): LifetimeEnvironment {
  return { document, runtimeId, startedEventType: STARTED, globals: {} };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('startScriptLifetime', () => {
  it('ignores a forged start-up event while the extension is alive (the page cannot shut Relais down)', () => {
    const lifetime = startScriptLifetime('sidebar', environment());
    const cleanup = vi.fn();
    lifetime.onInvalidated(cleanup);
    document.dispatchEvent(new CustomEvent(STARTED, { detail: { contentScriptName: 'sidebar', messageId: 'forged' } }));
    expect(lifetime.isValid).toBe(true);
    expect(cleanup).not.toHaveBeenCalled();
    lifetime.end();
  });

  it('ends an orphaned copy when a newer one announces itself (extension reloaded)', () => {
    let runtimeId: string | undefined = 'abcdef';
    const lifetime = startScriptLifetime(
      'linkedin',
      environment(() => runtimeId),
    );
    const cleanup = vi.fn();
    lifetime.onInvalidated(cleanup);
    runtimeId = undefined;
    document.dispatchEvent(new CustomEvent(STARTED));
    expect(lifetime.isValid).toBe(false);
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('a newer copy in the same run ends the older one through the isolated world, once', () => {
    const env = environment();
    const older = startScriptLifetime('composer', env);
    const cleanup = vi.fn();
    older.onInvalidated(cleanup);
    const newer = startScriptLifetime('composer', env);
    expect(older.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
    older.end();
    expect(cleanup).toHaveBeenCalledTimes(1);
    // Another script's name is not touched.
    const other = startScriptLifetime('sidebar', env);
    expect(newer.isValid).toBe(true);
    other.end();
    newer.end();
  });

  it('removes its listeners and runs every cleanup even if one throws', () => {
    const lifetime = startScriptLifetime('sidebar', environment());
    const heard = vi.fn();
    const later = vi.fn();
    lifetime.listen(window, 'relais-test', heard);
    lifetime.onInvalidated(() => {
      throw new Error('broken cleanup');
    });
    lifetime.onInvalidated(later);
    lifetime.end();
    window.dispatchEvent(new Event('relais-test'));
    expect(heard).not.toHaveBeenCalled();
    expect(later).toHaveBeenCalledTimes(1);
    const lateCleanup = vi.fn();
    lifetime.onInvalidated(lateCleanup);
    expect(lateCleanup).toHaveBeenCalledTimes(1);
  });

  it('reports location changes until it ends', () => {
    vi.useFakeTimers();
    const lifetime = startScriptLifetime('linkedin', { ...environment(), locationPollMs: 100 });
    const changed = vi.fn();
    lifetime.onLocationChange(changed);
    vi.advanceTimersByTime(250);
    expect(changed).not.toHaveBeenCalled();
    history.pushState(null, '', '/in/someone/');
    vi.advanceTimersByTime(100);
    expect(changed).toHaveBeenCalledTimes(1);
    lifetime.end();
    history.pushState(null, '', '/feed/');
    vi.advanceTimersByTime(300);
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('hears location changes from the Navigation API where there is one, without a timer', () => {
    vi.useFakeTimers();
    const navigation = new EventTarget();
    const lifetime = startScriptLifetime('linkedin', { ...environment(), navigation });
    const changed = vi.fn();
    lifetime.onLocationChange(changed);
    expect(vi.getTimerCount()).toBe(0);
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(changed).not.toHaveBeenCalled();
    history.pushState(null, '', '/in/someone-else/');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(changed).toHaveBeenCalledTimes(1);
    lifetime.end();
    history.pushState(null, '', '/feed/');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(changed).toHaveBeenCalledTimes(1);
  });
});

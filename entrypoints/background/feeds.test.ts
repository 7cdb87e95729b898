import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FeedService } from '@/lib/sync/feed-service';
import { NO_POLICY } from '@/lib/sync/managed-policy';
import { SYNC_ALARM_NAME } from '@/lib/sync/schedule';
import { registerFeedSync } from './feeds';

function fakeService() {
  return {
    handleInstalled: vi.fn(async () => NO_POLICY),
    handleStartup: vi.fn(async () => NO_POLICY),
    handleAlarm: vi.fn(async () => []),
    handlePolicyChange: vi.fn(async () => NO_POLICY),
  } as unknown as FeedService &
    Record<'handleInstalled' | 'handleStartup' | 'handleAlarm' | 'handlePolicyChange', ReturnType<typeof vi.fn>>;
}

describe('background feed sync wiring', () => {
  it('on install: schedules the hourly sync with its own jitter, then syncs', async () => {
    const service = fakeService();
    const sync = registerFeedSync(service);
    const before = Date.now();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await sync.settled();
    const alarm = await fakeBrowser.alarms.get(SYNC_ALARM_NAME);
    expect(alarm?.periodInMinutes).toBeGreaterThanOrEqual(50);
    expect(alarm?.periodInMinutes).toBeLessThan(70);
    expect(alarm!.scheduledTime - before).toBeGreaterThanOrEqual(60_000 - 50);
    expect(alarm!.scheduledTime - before).toBeLessThan(11 * 60_000 + 50);
    expect(service.handleInstalled).toHaveBeenCalledWith('install');
  });

  it('keeps an existing schedule after an update, and recreates a missing one at browser start', async () => {
    const service = fakeService();
    const sync = registerFeedSync(service);
    await fakeBrowser.alarms.create(SYNC_ALARM_NAME, { delayInMinutes: 5, periodInMinutes: 61 });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' });
    await sync.settled();
    expect((await fakeBrowser.alarms.get(SYNC_ALARM_NAME))?.periodInMinutes).toBe(61);
    expect(service.handleInstalled).toHaveBeenCalledWith('update');

    await fakeBrowser.alarms.clear(SYNC_ALARM_NAME);
    await fakeBrowser.runtime.onStartup.trigger();
    await sync.settled();
    expect(await fakeBrowser.alarms.get(SYNC_ALARM_NAME)).toBeDefined();
    expect(service.handleStartup).toHaveBeenCalledOnce();
  });

  it('syncs on its alarm only, and follows a policy change', async () => {
    const service = fakeService();
    const sync = registerFeedSync(service);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'something-else',
      scheduledTime: Date.now(),
      persistAcrossSessions: true,
    });
    await fakeBrowser.alarms.onAlarm.trigger({
      name: SYNC_ALARM_NAME,
      scheduledTime: Date.now(),
      persistAcrossSessions: true,
    });
    await fakeBrowser.storage.managed.set({ feeds: ['https://comms.example.com/feed.json'] });
    await sync.settled();
    expect(service.handleAlarm).toHaveBeenCalledOnce();
    expect(service.handlePolicyChange).toHaveBeenCalledOnce();
  });

  it('starts workshop mode when the policy asks for it', async () => {
    const service = fakeService();
    service.handleStartup.mockResolvedValue({ ...NO_POLICY, workshopMode: true });
    const sync = registerFeedSync(service);
    await fakeBrowser.runtime.onStartup.trigger();
    await sync.settled();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ workshopMode: true });
  });
});

import { workspaceOf } from '@/lib/settings/settings';
import { RelaisApp } from './RelaisApp';
import type { RelaisHost } from './host';
import { useSettings } from './use-settings';

/** For hosts whose workspace follows workshop mode (in-page sidebar, side panel): switches live. */
export function SettingsBoundApp({ host }: { host: Omit<RelaisHost, 'workspace'> }) {
  const settings = useSettings();
  if (!settings) return null;
  return <RelaisApp host={{ ...host, workspace: workspaceOf(settings) }} />;
}

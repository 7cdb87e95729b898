/** Names and types of the history files the page offers to download. */
import type { Workspace } from '@/lib/db/db';

export type HistoryFormat = 'json' | 'csv';

const MIME_TYPES: Record<HistoryFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
};

export const historyMimeType = (format: HistoryFormat) => MIME_TYPES[format];

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * `relais-history-2026-03-01.json`, dated in the employee's local day;
 * workshop exports say so in their name, so they are never mistaken for the
 * real history.
 */
export function historyFileName(format: HistoryFormat, workspace: Workspace, now: Date): string {
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const prefix = workspace === 'workshop' ? 'relais-workshop-history' : 'relais-history';
  return `${prefix}-${day}.${format}`;
}

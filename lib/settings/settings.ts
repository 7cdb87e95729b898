/**
 * The employee's preferences, kept in the extension's local storage so that
 * every context (content scripts included) reads the same values and hears
 * changes. Validated on read: a corrupt value falls back to the defaults.
 */
import { z } from 'zod';
import type { Workspace } from '../db/db';

export const settingsSchema = z.object({
  /** 'auto' follows the browser's language. */
  locale: z.enum(['auto', 'en', 'fr']).catch('auto'),
  /** Where the Relais app shows: inside LinkedIn's page, or in the browser's side panel. */
  display: z.enum(['in-page', 'side-panel']).catch('in-page'),
  /** Workshop mode: demo feed, practice history kept apart. */
  workshopMode: z.boolean().catch(false),
  /** Presentation-friendly larger text. */
  largeText: z.boolean().catch(false),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

export function parseSettings(value: unknown): Settings {
  return settingsSchema.parse(typeof value === 'object' && value !== null ? value : {});
}

/** Workshop mode swaps the employee's library and history for the workshop database. */
export function workspaceOf(settings: Pick<Settings, 'workshopMode'>): Workspace {
  return settings.workshopMode ? 'workshop' : 'real';
}

/**
 * The employee's preferences, kept in the extension's local storage so that
 * every context (content scripts included) reads the same values and hears
 * changes. Validated on read: a corrupt value falls back to the defaults.
 */
// zod/mini: every host reads the settings before its first screen (the sidebar's frame too), and this
// check needs nothing of full zod's API.
import { z } from 'zod/mini';
import type { Workspace } from '../db/db';

export const settingsSchema = z.object({
  /** 'auto' follows the browser's language. */
  locale: z.catch(z.enum(['auto', 'en', 'fr']), 'auto'),
  /** Where the Relais app shows: inside LinkedIn's page, or in the browser's side panel. */
  display: z.catch(z.enum(['in-page', 'side-panel']), 'in-page'),
  /** Workshop mode: demo feed, practice history kept apart. */
  workshopMode: z.catch(z.boolean(), false),
  /** Presentation-friendly larger text. */
  largeText: z.catch(z.boolean(), false),
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

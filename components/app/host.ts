import { createContext, useContext } from 'react';
import type { Workspace } from '@/lib/db/db';
import type { InsertOutcome } from '@/lib/messages/tab-protocol';
import type { ShareContext } from '@/lib/practice/practice-share';

/** Where the Relais app is shown. The app is the same tree in each; only the host's ports differ. */
export type HostKind = 'sidebar' | 'side-panel' | 'practice';

export interface ComposerPort {
  /** Puts a draft into the composer (LinkedIn's or the practice one), or on the clipboard as a fallback. */
  /** `share`: the item and measured own words behind the draft, so a later Post can be recorded with them. */
  insert(text: string, options: { allowInsert: boolean; share?: ShareContext }): Promise<InsertOutcome>;
}

export interface RelaisHost {
  kind: HostKind;
  /** Which history and library this host works on. */
  workspace: Workspace;
  composer: ComposerPort;
  /** Closes the host's panel, where it has one. */
  close?: () => void;
}

export const HostContext = createContext<RelaisHost | null>(null);

export function useHost(): RelaisHost {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost() outside <RelaisApp>');
  return host;
}

import { createContext, useContext } from 'react';
import type { Workspace } from '@/lib/db/db';
import type {
  AttachImageOutcome,
  ComposerAttachOptions,
  ComposerInsertOptions,
  ImageAttachment,
  InsertOutcome,
} from '@/lib/protocol/tab-protocol';
import type { PageThemeSource } from '@/lib/theme/theme';

/** Where the Relais app is shown. The app is the same tree in each; only the host's ports differ. */
export type HostKind = 'sidebar' | 'side-panel' | 'practice';

export interface ComposerPort {
  /** Puts a draft into the composer (LinkedIn's or the practice one), or on the clipboard as a fallback. */
  insert(text: string, options: ComposerInsertOptions): Promise<InsertOutcome>;
  /** "Add the image" into LinkedIn's open composer; absent where there is no LinkedIn composer (practice). */
  attachImage?(image: ImageAttachment, options: ComposerAttachOptions): Promise<AttachImageOutcome>;
}

export interface RelaisHost {
  kind: HostKind;
  /** Which history and library this host works on. */
  workspace: Workspace;
  composer: ComposerPort;
  /**
   * Opens a LinkedIn address in the tab the host sits in (the company's post),
   * where the host can: the in-page sidebar reopens on the new page with the draft kept.
   */
  openInLinkedInTab?: (url: string) => Promise<void>;
  /** Closes the host's panel, where it has one. */
  close?: () => void;
  /**
   * The theme of the page the host sits on (LinkedIn's), given as data; without
   * it the app follows the system theme (lib/theme).
   */
  pageTheme?: PageThemeSource;
}

export const HostContext = createContext<RelaisHost | null>(null);

export function useHost(): RelaisHost {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost() outside <RelaisApp>');
  return host;
}

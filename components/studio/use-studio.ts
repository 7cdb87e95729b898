/**
 * The Studio's state: the open document with its undo/redo history, loaded
 * from and autosaved to the Studio's own database, and its live validation.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n/messages';
import { newDocument, setIn, type JsonValue, type Path, type StudioDocument } from '@/lib/studio/document';
import { record, redo, startHistory, undo, type History } from '@/lib/studio/history';
import { getStudioDb, loadWork, saveWork } from '@/lib/studio/store';
import { validateDocument, type Validation } from '@/lib/studio/validate';

export const AUTOSAVE_DELAY_MS = 300;

export type SaveStatus = 'saved' | 'saving' | { error: string };

export interface Studio {
  document: StudioDocument;
  validation: Validation;
  /** Sets one value; `undefined` removes it. Typing in one field makes one undo step. */
  update(path: Path, value: JsonValue | undefined): void;
  /** Replaces the whole document (open, new, structural edits) as one undo step. */
  replace(next: StudioDocument): void;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  saveStatus: SaveStatus;
  /** A feed is open: saved work was found, or one was created, opened or edited here (until then, nothing to export). */
  hasFeed: boolean;
}

export type StudioLoad = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready' };

export function useStudioState(locale: Locale, defaultTitle: string): [StudioLoad, Studio] {
  const [load, setLoad] = useState<StudioLoad>({ state: 'loading' });
  const [history, setHistory] = useState<History<StudioDocument>>(() => startHistory(newDocument(defaultTitle)));
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('saved');
  const [hasFeed, setHasFeed] = useState(false);
  const loaded = useRef(false);

  useEffect(() => {
    let active = true;
    loadWork(getStudioDb()).then(
      (work) => {
        if (!active) return;
        if (work) {
          setHistory(startHistory({ feed: work.feed }));
          setHasFeed(true);
        }
        loaded.current = true;
        setLoad({ state: 'ready' });
      },
      (error: Error) => {
        if (!active) return;
        // Starting fresh is allowed, but the broken save is not overwritten until the author edits.
        loaded.current = true;
        setLoad({ state: 'failed', message: error.message });
      },
    );
    return () => {
      active = false;
    };
  }, []);

  const document = history.present;
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current || !loaded.current) {
      firstRender.current = false;
      return;
    }
    setSaveStatus('saving');
    const timer = window.setTimeout(() => {
      saveWork(getStudioDb(), document.feed, Date.now()).then(
        () => setSaveStatus('saved'),
        (error: Error) => setSaveStatus({ error: error.message }),
      );
    }, AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [document]);

  const validation = useMemo(() => validateDocument(document, locale), [document, locale]);

  const update = useCallback((path: Path, value: JsonValue | undefined) => {
    setHasFeed(true);
    setHistory((current) =>
      record(current, { feed: setIn(current.present.feed, path, value) }, JSON.stringify(path), Date.now()),
    );
  }, []);
  const replace = useCallback((next: StudioDocument) => {
    setHasFeed(true);
    setHistory((current) => record(current, next, undefined, Date.now()));
  }, []);

  return [
    load,
    {
      document,
      validation,
      update,
      replace,
      undo: () => setHistory(undo),
      redo: () => setHistory(redo),
      canUndo: history.past.length > 0,
      canRedo: history.future.length > 0,
      saveStatus,
      hasFeed,
    },
  ];
}

export const StudioContext = createContext<Studio | null>(null);

export function useStudio(): Studio {
  const studio = useContext(StudioContext);
  if (!studio) throw new Error('useStudio() outside <StudioContext>');
  return studio;
}

/** The id of the input editing `path` (a feed JSON path such as `items[2]._relais.expires_at`). */
export function fieldDomId(path: string): string {
  return `studio-field-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * Relais Studio: where a comms team builds its feed without writing JSON,
 * checks it live with the validator's own rules, previews it as employees
 * will see it, exports it, and reads back the summaries employees chose to
 * send. Everything stays in this browser until the file is exported.
 */
import { type KeyboardEvent as ReactKeyboardEvent, useCallback, useEffect, useId, useMemo, useState } from 'react';
import publishingGuide from '@/docs/publishing.md?raw';
import { parsePath } from '@/lib/studio/paths';
import { getIn, isJsonObject, items } from '@/lib/studio/document';
import type { StudioProblem } from '@/lib/studio/validate';
import { useDocumentTheme } from '../app/theme';
import { useLocale, useT } from '../i18n/I18nProvider';
import { ExportBar } from './ExportBar';
import { CATEGORY_SUGGESTIONS_ID } from './ItemEditor';
import { ItemsPanel } from './ItemsPanel';
import { ProblemList } from './ProblemList';
import { ResultsPanel } from './ResultsPanel';
import { SettingsPanel } from './SettingsPanel';
import { StartPanel } from './StartPanel';
import { fieldDomId, StudioContext, useStudioState } from './use-studio';
import { messagesOf } from '@/lib/i18n/catalog';

const TABS = ['start', 'items', 'settings', 'results'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABELS = { start: 'tabStart', items: 'tabItems', settings: 'tabSettings', results: 'tabResults' } as const;

const KNOWN_CATEGORIES = ['product', 'culture', 'industry'];

/** The problems chip's icons: a tick when the validator finds nothing, a warning sign otherwise. */
function ChipIcon({ ok }: { ok: boolean }) {
  return (
    <svg className="relais-studio-chip__icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      {ok ? (
        <>
          <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M4.8 8.2l2.2 2.2 4.2-4.6" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </>
      ) : (
        <>
          <path d="M8 1.5l7 13H1z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
          <path d="M8 6v4M8 11.6v1.2" stroke="currentColor" strokeWidth="1.8" />
        </>
      )}
    </svg>
  );
}

export function StudioPage() {
  const t = useT(messagesOf('studio'));
  const locale = useLocale();
  // The system's theme on <html>, with theme.css's colours: the same as the options and My shares.
  useDocumentTheme();
  const [load, studio] = useStudioState(locale, t('startNewTitle'));
  const [tab, setTab] = useState<Tab>('start');
  const [selected, setSelected] = useState(0);
  const [showProblems, setShowProblems] = useState(false);
  const [focusPath, setFocusPath] = useState<string | undefined>();
  const tabsId = useId();
  const { validation, document } = studio;

  useEffect(() => {
    window.document.documentElement.lang = locale;
    window.document.title = t('title');
  }, [locale, t]);

  // Once the tab holding the field has rendered: focus the field, or the nearest one that exists.
  useEffect(() => {
    if (focusPath === undefined) return;
    let path = focusPath;
    for (;;) {
      const element = window.document.getElementById(fieldDomId(path));
      if (element) {
        element.focus();
        break;
      }
      const shorter = path.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, '');
      if (shorter === path || shorter === '') break;
      path = shorter;
    }
    setFocusPath(undefined);
  }, [focusPath]);

  const undoRedoKeys = useCallback(
    (event: ReactKeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        studio.undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        studio.redo();
      }
    },
    [studio],
  );

  const itemTitle = (index: number) => {
    const item = items(document)[index];
    const title = item && typeof item.title === 'string' && item.title.trim() ? item.title : undefined;
    return title ?? t('untitled', { id: String(item?.id ?? index + 1) });
  };
  const describe = (problem: StudioProblem) => {
    const segments = parsePath(problem.path);
    const where =
      segments[0] === 'items' && typeof segments[1] === 'number' ? itemTitle(segments[1]) : t('tabSettings');
    return t('problemWhere', { where });
  };
  const goTo = (problem: StudioProblem) => {
    const segments = parsePath(problem.path);
    if (segments[0] === 'items' && typeof segments[1] === 'number') {
      setTab('items');
      setSelected(segments[1]);
    } else setTab('settings');
    setFocusPath(problem.path);
  };

  const categories = useMemo(() => {
    const found = new Set(KNOWN_CATEGORIES);
    const mix = getIn(document.feed, ['_relais', 'mix']);
    if (isJsonObject(mix)) Object.keys(mix).forEach((key) => found.add(key));
    for (const item of items(document)) {
      const category = getIn(item, ['_relais', 'category']);
      if (typeof category === 'string') found.add(category);
    }
    return [...found];
  }, [document]);

  if (load.state === 'loading') {
    return (
      <main className="relais-page relais-studio">
        <p role="status" aria-busy="true">
          {t('loading')}
        </p>
      </main>
    );
  }

  const saveText =
    studio.saveStatus === 'saved'
      ? t('saved')
      : studio.saveStatus === 'saving'
        ? t('saving')
        : t('saveError', { message: studio.saveStatus.error });
  const problemCount = validation.errors + validation.warnings;

  return (
    <StudioContext.Provider value={studio}>
      <div className="relais-studio" onKeyDown={undoRedoKeys}>
        <header className="relais-studio-header">
          <div className="relais-brand">
            <span className="relais-logo" aria-hidden="true">
              R
            </span>
            <div>
              <h1>{t('title')}</h1>
              <span className="relais-tagline">{t('tagline')}</span>
            </div>
          </div>
          <div className="relais-studio-header__tools">
            <span className="relais-studio-save" role="status">
              {saveText}
            </span>
            {/* Undo and Redo stay side by side when the tools wrap. */}
            <span className="relais-studio-history">
              <button
                type="button"
                className="relais-button relais-studio-small"
                disabled={!studio.canUndo}
                onClick={studio.undo}
              >
                {t('undo')}
              </button>
              <button
                type="button"
                className="relais-button relais-studio-small"
                disabled={!studio.canRedo}
                onClick={studio.redo}
              >
                {t('redo')}
              </button>
            </span>
            {problemCount === 0 ? (
              // A status, not a control: nothing to open when the validator finds nothing.
              <span className="relais-studio-chip relais-studio-chip--ok" data-testid="problem-count">
                <ChipIcon ok />
                {t('noProblems')}
              </span>
            ) : (
              <button
                type="button"
                className={`relais-studio-chip relais-studio-chip--${validation.errors > 0 ? 'errors' : 'warnings'}`}
                aria-expanded={showProblems}
                aria-controls={`${tabsId}-problems`}
                onClick={() => setShowProblems(!showProblems)}
                data-testid="problem-count"
              >
                <ChipIcon ok={false} />
                {[
                  validation.errors > 0 ? t.plural('problems', validation.errors) : '',
                  validation.warnings > 0 ? t.plural('warnings', validation.warnings) : '',
                ]
                  .filter(Boolean)
                  .join(', ')}
              </button>
            )}
          </div>
        </header>
        <main className="relais-studio-main">
          {load.state === 'failed' ? (
            <p role="alert" className="relais-notice relais-notice--error">
              {t('loadError', { message: load.message })}
            </p>
          ) : null}
          <div id={`${tabsId}-problems`} hidden={!showProblems || problemCount === 0}>
            <h2 className="relais-visually-hidden">{t('problemsHeading')}</h2>
            <ProblemList problems={validation.problems} describe={describe} onGo={goTo} />
          </div>
          <div className="relais-studio-bar">
            <div role="tablist" aria-label={t('tabsLabel')} className="relais-studio-tabs">
              {TABS.map((name) => (
                <button
                  key={name}
                  type="button"
                  role="tab"
                  id={`${tabsId}-${name}`}
                  aria-selected={tab === name}
                  aria-controls={`${tabsId}-${name}-panel`}
                  tabIndex={tab === name ? 0 : -1}
                  className="relais-studio-tab"
                  onClick={() => setTab(name)}
                  onKeyDown={(event) => {
                    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
                    if (step === 0) return;
                    const next = TABS[(TABS.indexOf(name) + step + TABS.length) % TABS.length]!;
                    setTab(next);
                    window.document.getElementById(`${tabsId}-${next}`)?.focus();
                  }}
                >
                  {t(TAB_LABELS[name])}
                </button>
              ))}
            </div>
            <ExportBar />
          </div>
          <div
            role="tabpanel"
            id={`${tabsId}-${tab}-panel`}
            aria-labelledby={`${tabsId}-${tab}`}
            className="relais-studio-panel"
          >
            {tab === 'start' ? <StartPanel onOpened={() => setTab('items')} /> : null}
            {tab === 'items' ? <ItemsPanel selected={selected} onSelect={setSelected} /> : null}
            {tab === 'settings' ? <SettingsPanel /> : null}
            {tab === 'results' ? <ResultsPanel /> : null}
          </div>
        </main>
        <datalist id={CATEGORY_SUGGESTIONS_ID}>
          {categories.map((category) => (
            <option key={category} value={category} />
          ))}
        </datalist>
        <footer className="relais-studio-footer">
          <details>
            <summary>{t('publishingGuide')}</summary>
            {/* docs/publishing.md itself, bundled as text: one guide, in the repository and here. */}
            <pre className="relais-studio-guide">{publishingGuide}</pre>
          </details>
        </footer>
      </div>
    </StudioContext.Provider>
  );
}

/** Export (JSON to re-import, CSV for spreadsheets), import a JSON export, and forget everything. */
import { type ChangeEvent, useId, useState } from 'react';
import type { Workspace } from '@/lib/db/db';
import {
  describeImportFailure,
  describeImportProgress,
  describeImportResult,
  describeRequestFailure,
  type ImportProgress,
} from '@/lib/history';
import type { Locale } from '@/lib/i18n/messages';
import { askBackground } from '@/lib/protocol/client';
import { type HistoryFormat, historyFileName, historyMimeType } from './download';
import type { InsightsT } from './insights-t';
import { useDeleteAllHistory, useImportHistory } from './use-insights';

/**
 * What the last action came to, kept as what happened (a result, a problem) and worded when shown, so the
 * lines follow a language switch made after it.
 */
type Outcome = { kind: 'ok' | 'error'; lines: (locale: Locale, t: InsightsT) => string[] } | undefined;

function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The browser has read the blob once the click's download started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const failureLines = (error: unknown, locale: Locale) => [
  describeRequestFailure(error as Error & { code?: string }, locale),
];

export function YourData({ workspace, locale, t }: { workspace: Workspace; locale: Locale; t: InsightsT }) {
  const [outcome, setOutcome] = useState<Outcome>();
  const [progress, setProgress] = useState<ImportProgress>();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [typed, setTyped] = useState('');
  const importHistory = useImportHistory(workspace);
  const deleteAll = useDeleteAllHistory(workspace);
  const confirmId = useId();
  const word = t('deleteAllWord');

  const exportAs = async (format: HistoryFormat) => {
    try {
      const text = await askBackground({ type: 'history.export', workspace, format });
      const name = historyFileName(format, workspace, new Date());
      download(text, name, historyMimeType(format));
      setOutcome({ kind: 'ok', lines: (_, say) => [say('exported', { name })] });
    } catch (error) {
      setOutcome({ kind: 'error', lines: (shown) => failureLines(error, shown) });
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setOutcome(undefined);
    try {
      const result = await importHistory.mutateAsync({ text: await file.text(), onProgress: setProgress });
      setOutcome({ kind: result.ok ? 'ok' : 'error', lines: (shown) => describeImportResult(result, shown) });
    } catch (error) {
      setOutcome({ kind: 'error', lines: (shown) => describeImportFailure(error, shown) });
    } finally {
      setProgress(undefined);
      // The same file can be chosen again (e.g. after fixing it).
      input.value = '';
    }
  };

  const eraseEverything = async () => {
    try {
      await deleteAll.mutateAsync(undefined);
      setOutcome({ kind: 'ok', lines: (_, say) => [say('deleteAllDone')] });
      setConfirmingDelete(false);
      setTyped('');
    } catch (error) {
      setOutcome({ kind: 'error', lines: (shown) => failureLines(error, shown) });
    }
  };

  return (
    <section aria-labelledby="relais-data-heading" className="relais-insights__card relais-insights__wide">
      <h2 id="relais-data-heading">{t('dataHeading')}</h2>
      <p>{t('dataIntro')}</p>
      <div className="relais-data__actions">
        <button type="button" className="relais-button" onClick={() => void exportAs('json')}>
          {t('exportJson')}
        </button>
        <button type="button" className="relais-button" onClick={() => void exportAs('csv')}>
          {t('exportCsv')}
        </button>
        <label className="relais-button relais-data__import">
          {importHistory.isPending ? t('importing') : t('importLabel')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(event) => void importFile(event)}
            disabled={importHistory.isPending}
            className="relais-visually-hidden"
          />
        </label>
      </div>
      <div role="status" aria-live="polite">
        {progress ? (
          <p className="relais-data__progress" data-testid="history-import-progress">
            <progress value={progress.done} max={Math.max(progress.total, 1)} aria-hidden="true" />{' '}
            {describeImportProgress(progress, locale)}
          </p>
        ) : null}
        {outcome ? (
          <div
            className={`relais-notice relais-notice--${outcome.kind === 'ok' ? 'success' : 'error'}`}
            data-testid="history-data-outcome"
          >
            {outcome.lines(locale, t).map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        ) : null}
      </div>
      {!confirmingDelete ? (
        <button type="button" className="relais-button relais-button--danger" onClick={() => setConfirmingDelete(true)}>
          {t('deleteAll')}
        </button>
      ) : (
        <div className="relais-notice relais-notice--warning">
          <p id={`${confirmId}-explain`}>{t('deleteAllExplain', { word })}</p>
          <label>
            {t('deleteAllInput', { word })}{' '}
            <input
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              aria-describedby={`${confirmId}-explain`}
              autoComplete="off"
              autoFocus
            />
          </label>{' '}
          <button
            type="button"
            className="relais-button relais-button--danger"
            disabled={typed.trim() !== word || deleteAll.isPending}
            onClick={() => void eraseEverything()}
          >
            {t('deleteAllConfirm')}
          </button>{' '}
          <button
            type="button"
            className="relais-button"
            onClick={() => {
              setConfirmingDelete(false);
              setTyped('');
            }}
          >
            {t('cancel')}
          </button>
        </div>
      )}
    </section>
  );
}

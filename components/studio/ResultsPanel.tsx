/**
 * Results: the monthly summaries employees chose to send, dropped in (or
 * picked) many at a time. A file that is not a summary is refused by name; a
 * summary dropped twice counts once (its random token). Each view is a chart
 * with a table view of the same figures.
 */
import { type DragEvent, useEffect, useId, useMemo, useState } from 'react';
import { localize } from '@/lib/i18n/localized-text';
import { formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import { getIn, isJsonObject, items, type JsonObject } from '@/lib/studio/document';
import { addSummaries, clearSummaries, getStudioDb, loadSummaries } from '@/lib/studio/store';
import { aggregateSummaries, mixAgainstTarget, readSummaryFile } from '@/lib/summary/aggregate';
import type { ShareSummary } from '@/lib/summary/schema';
import { FilePicker } from '../controls/FilePicker';
import { useLocale, useT } from '../i18n/I18nProvider';
import { useStudio } from './use-studio';
import { messagesOf, type EnglishOf } from '@/lib/i18n/catalog';

type StudioT = ReturnType<typeof useT<keyof EnglishOf<'studio'>>>;

interface Bar {
  key: string;
  label: string;
  value: number;
  display: string;
  /** A second figure shown as a marker (the target share). */
  marker?: number;
  cells: string[];
}

/** Horizontal bars with their figures written out, and the same figures as a table on demand. */
function BarsWithTable(props: { title: string; bars: Bar[]; max: number; columns: string[]; t: StudioT }) {
  const [table, setTable] = useState(false);
  const headingId = useId();
  return (
    <section className="relais-studio-chart" aria-labelledby={headingId}>
      <div className="relais-compose-row">
        <h3 id={headingId}>{props.title}</h3>
        <button type="button" className="relais-button relais-studio-small" onClick={() => setTable(!table)}>
          {table ? props.t('resultsShowChart') : props.t('resultsShowTable')}
        </button>
      </div>
      {table ? (
        <table className="relais-studio-table">
          <thead>
            <tr>
              {props.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.label}</th>
                {bar.cells.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <ul className="relais-studio-bars">
          {props.bars.map((bar) => (
            <li key={bar.key} className="relais-studio-bars__row">
              <span className="relais-studio-bars__label">{bar.label}</span>
              <span className="relais-studio-bars__track" aria-hidden="true">
                <span
                  className="relais-studio-bars__fill"
                  style={{ width: `${props.max === 0 ? 0 : (bar.value / props.max) * 100}%` }}
                />
                {bar.marker !== undefined ? (
                  <span className="relais-studio-bars__marker" style={{ left: `${(bar.marker / props.max) * 100}%` }} />
                ) : null}
              </span>
              <span className="relais-studio-bars__value">{bar.display}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function useNames(locale: Locale) {
  const { document } = useStudio();
  return useMemo(() => {
    const titles = new Map<string, string>();
    for (const item of items(document)) {
      const title = typeof item.title === 'string' && item.title.trim() ? item.title : undefined;
      if (title) titles.set(String(item.id), title);
    }
    const channels = new Map<string, string>();
    const declared = getIn(document.feed, ['_relais', 'channels']);
    for (const channel of Array.isArray(declared) ? (declared as JsonObject[]) : []) {
      if (isJsonObject(channel) && typeof channel.id === 'string')
        channels.set(channel.id, localize(channel.label as never, locale) || channel.id);
    }
    const mix = getIn(document.feed, ['_relais', 'mix']);
    const target = isJsonObject(mix)
      ? (Object.fromEntries(Object.entries(mix).filter(([, weight]) => typeof weight === 'number')) as Record<
          string,
          number
        >)
      : undefined;
    return { item: (id: string) => titles.get(id) ?? id, channel: (id: string) => channels.get(id) ?? id, target };
  }, [document, locale]);
}

export function ResultsPanel() {
  const t = useT(messagesOf('studio'));
  const locale = useLocale();
  const names = useNames(locale);
  const headingId = useId();
  const [summaries, setSummaries] = useState<ShareSummary[]>([]);
  const [messages, setMessages] = useState<Array<{ kind: 'status' | 'alert'; text: string }>>([]);
  const [over, setOver] = useState(false);

  useEffect(() => {
    void loadSummaries(getStudioDb()).then(setSummaries, () => undefined);
  }, []);

  const take = async (files: readonly File[]) => {
    const seen = new Set(summaries.map((summary) => summary.token));
    const added: ShareSummary[] = [];
    const said: Array<{ kind: 'status' | 'alert'; text: string }> = [];
    for (const file of files) {
      const outcome = readSummaryFile(file.name, await file.text(), seen);
      if (outcome.status === 'added') {
        seen.add(outcome.summary.token);
        added.push(outcome.summary);
      } else if (outcome.status === 'duplicate')
        said.push({ kind: 'status', text: t('resultsDuplicate', { name: file.name }) });
      else
        said.push({
          kind: 'alert',
          text: t(outcome.reason === 'not-json' ? 'resultsRefusedJson' : 'resultsRefused', { name: file.name }),
        });
    }
    if (added.length > 0) {
      setSummaries((current) => [...current, ...added]);
      await addSummaries(getStudioDb(), added).catch(() => undefined);
    }
    setMessages([{ kind: 'status', text: t.plural('resultsAdded', added.length) }, ...said]);
  };

  const results = useMemo(() => aggregateSummaries(summaries), [summaries]);
  const percent = (value: number | undefined) => (value === undefined ? t('none') : formatPercent(value, locale));
  const maxItem = Math.max(0, ...results.items.map((row) => row.shares));
  const maxChannel = Math.max(0, ...results.channels.map((row) => row.shares));
  const mix = mixAgainstTarget(results.categories, names.target);
  const maxMix = Math.max(0.01, ...mix.flatMap((row) => [row.actual, row.target ?? 0]));
  const maxKind = Math.max(0, ...results.kinds.map((row) => row.shares));

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void take([...event.dataTransfer.files]);
  };

  return (
    <section className="relais-studio-results" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('resultsHeading')}</h2>
      <p>{t('resultsIntro')}</p>
      <div
        className={`relais-studio-drop${over ? ' relais-studio-drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="results-drop"
      >
        <p>{t('resultsDrop')}</p>
        {/* What was read is said below, file by file: no "n files chosen" beside the button. */}
        <FilePicker
          label={t('resultsPick')}
          hideLabel
          button={t('resultsPick')}
          multiple
          showStatus={false}
          accept=".json,application/json"
          onFiles={(files) => void take(files)}
        />
      </div>
      <div aria-live="polite">
        {messages.map((message, index) => (
          <p
            key={index}
            role={message.kind}
            className={`relais-notice ${message.kind === 'alert' ? 'relais-notice--error' : 'relais-notice--success'}`}
          >
            {message.text}
          </p>
        ))}
      </div>
      {summaries.length === 0 ? (
        <p className="relais-notice relais-notice--info">{t('resultsEmpty')}</p>
      ) : (
        <>
          <p className="relais-studio-totals" data-testid="results-totals">
            {t.plural('resultsTotals', results.summaries, {
              shares: formatNumber(results.shares, locale),
              months: results.months.join(', '),
            })}
            {' · '}
            {t('resultsOwnWords', { share: percent(results.ownWordsMedian) })}
          </p>
          <BarsWithTable
            t={t}
            title={t('resultsByItem')}
            max={maxItem}
            columns={[t('resultsColumnItem'), t('resultsColumnShares'), t('resultsColumnOwnWords')]}
            bars={results.items.map((row) => ({
              key: row.key,
              label: names.item(row.key),
              value: row.shares,
              display: `${formatNumber(row.shares, locale)} · ${percent(row.ownWordsMedian)}`,
              cells: [formatNumber(row.shares, locale), percent(row.ownWordsMedian)],
            }))}
          />
          <BarsWithTable
            t={t}
            title={t('resultsByChannel')}
            max={maxChannel}
            columns={[t('resultsColumnChannel'), t('resultsColumnShares'), t('resultsColumnOwnWords')]}
            bars={results.channels.map((row) => ({
              key: row.key,
              label: names.channel(row.key),
              value: row.shares,
              display: `${formatNumber(row.shares, locale)} · ${percent(row.ownWordsMedian)}`,
              cells: [formatNumber(row.shares, locale), percent(row.ownWordsMedian)],
            }))}
          />
          <BarsWithTable
            t={t}
            title={t('resultsMix')}
            max={maxMix}
            columns={[t('resultsColumnCategory'), t('resultsColumnActual'), t('resultsColumnTarget')]}
            bars={mix.map((row) => ({
              key: row.category,
              label: row.category,
              value: row.actual,
              marker: row.target,
              display: `${percent(row.actual)} / ${percent(row.target)}`,
              cells: [percent(row.actual), percent(row.target)],
            }))}
          />
          {names.target === undefined ? <p className="relais-hint">{t('resultsNoTarget')}</p> : null}
          <BarsWithTable
            t={t}
            title={t('resultsKinds')}
            max={maxKind}
            columns={[t('resultsColumnKind'), t('resultsColumnShares')]}
            bars={results.kinds.map((row) => ({
              key: row.key,
              label: row.key,
              value: row.shares,
              display: formatNumber(row.shares, locale),
              cells: [formatNumber(row.shares, locale)],
            }))}
          />
          <button
            type="button"
            className="relais-button"
            onClick={() => {
              setSummaries([]);
              setMessages([]);
              void clearSummaries(getStudioDb()).catch(() => undefined);
            }}
          >
            {t('resultsClear')}
          </button>
        </>
      )}
    </section>
  );
}

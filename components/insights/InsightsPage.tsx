/**
 * "My shares": the employee's own history and insights, read at a glance.
 * Follows workshop mode: then it shows the workshop history, and says so.
 */
import { useEffect, useMemo, useState } from 'react';
import { useDocumentTheme } from '../app/theme';
import type { ChallengeId } from '@/lib/history';
import { describeRequestFailure } from '@/lib/history';
import { systemTimeZone } from '@/lib/time/calendar';
import { useLocale, useT } from '../i18n/I18nProvider';
import { useSettings } from '../app/use-settings';
import { createLabels } from '../library/labels';
import { ChallengesSection } from './ChallengesSection';
import { readChallenges, writeChallenges } from './challenge-setting';
import { EditorialMixChart } from './EditorialMixChart';
import { HistoryList } from './HistoryList';
import { OwnWordsChart, PostsPerWeekChart } from './RhythmCharts';
import { SuggestionsList } from './SuggestionsList';
import { categoryName } from './summaries';
import { HISTORY_PAGE_SIZE, type InsightsRange, useHistoryList, useInsightsReport } from './use-insights';
import { YourData } from './YourData';
import { MonthlySummarySection } from '../summary/MonthlySummarySection';
import { messagesOf } from '@/lib/i18n/catalog';

export const RANGE_WEEKS = 12;
const DAY = 86_400_000;

/** The last `RANGE_WEEKS` local weeks, this one included. */
function rangeEndingAt(now: number): InsightsRange {
  return { from: now - (RANGE_WEEKS - 1) * 7 * DAY, to: now + 1, timeZone: systemTimeZone() };
}

function useChallengeSetting(): [ChallengeId[], (next: ChallengeId[]) => void] {
  const [enabled, setEnabled] = useState<ChallengeId[]>([]);
  useEffect(() => {
    let active = true;
    void readChallenges().then((stored) => active && setEnabled(stored));
    return () => {
      active = false;
    };
  }, []);
  return [
    enabled,
    (next) => {
      setEnabled(next);
      void writeChallenges(next);
    },
  ];
}

export function InsightsPage() {
  const t = useT(messagesOf('insights'));
  const libraryT = useT(messagesOf('library'));
  const locale = useLocale();
  const settings = useSettings();
  useDocumentTheme();
  const workspace = settings?.workshopMode ? 'workshop' : 'real';
  const [now] = useState(() => Date.now());
  const range = useMemo(() => rangeEndingAt(now), [now]);
  const [challenges, setChallenges] = useChallengeSetting();
  const report = useInsightsReport(workspace, range, challenges, locale);
  const firstPage = useHistoryList(workspace, '', HISTORY_PAGE_SIZE);
  const categoryLabel = useMemo(() => {
    const labels = createLabels([], libraryT, locale);
    return (id: string) => categoryName(labels.category, id, locale);
  }, [libraryT, locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t('title')} — Relais`;
  }, [locale, t]);

  const failure = report.error ?? firstPage.error;
  const loading = !settings || report.isPending || firstPage.isPending;
  const empty = firstPage.isSuccess && firstPage.data.length === 0;

  return (
    <main className={`relais-page relais-insights${settings?.largeText ? ' relais-page--large-text' : ''}`}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {workspace === 'workshop' ? (
        <p className="relais-notice relais-notice--info" role="note">
          {t('workshopNotice')}
        </p>
      ) : null}
      {loading && !failure ? (
        <p role="status" aria-busy="true">
          {t('loading')}
        </p>
      ) : null}
      {failure ? (
        <div role="alert" className="relais-notice relais-notice--error">
          <p>
            <strong>{t('errorHeading')}</strong> {describeRequestFailure(failure as Error & { code?: string }, locale)}
          </p>
          <button
            type="button"
            className="relais-button"
            onClick={() => void Promise.all([report.refetch(), firstPage.refetch()])}
          >
            {t('retry')}
          </button>
        </div>
      ) : null}
      {empty ? (
        <p className="relais-notice relais-notice--info" data-testid="insights-empty">
          {t('empty')}
        </p>
      ) : null}
      {report.data ? (
        <div className="relais-insights__grid">
          {!empty ? (
            <>
              <p className="relais-insights__wide relais-insights__range">{t('rangeNote', { weeks: RANGE_WEEKS })}</p>
              <PostsPerWeekChart weeks={report.data.postsPerWeek} locale={locale} t={t} />
              <OwnWordsChart points={report.data.ownWordsOverTime} locale={locale} t={t} />
              <EditorialMixChart mix={report.data.editorialMix} locale={locale} t={t} categoryLabel={categoryLabel} />
            </>
          ) : null}
          <SuggestionsList
            suggestions={report.data.suggestions}
            now={now}
            locale={locale}
            t={t}
            categoryLabel={categoryLabel}
            shareable={report.data.shareableItems}
            hasShares={!empty}
          />
          <ChallengesSection
            enabled={challenges}
            progress={report.data.challenges}
            onChange={setChallenges}
            locale={locale}
            t={t}
          />
        </div>
      ) : null}
      {settings && !empty && !firstPage.error ? <HistoryList workspace={workspace} locale={locale} t={t} /> : null}
      {settings ? <YourData workspace={workspace} locale={locale} t={t} /> : null}
      {settings && !empty ? <MonthlySummarySection workspace={workspace} /> : null}
    </main>
  );
}

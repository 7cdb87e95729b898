/**
 * In My shares: the opt-in monthly summary for the comms team. Nothing is
 * prepared until the employee asks; the whole file is shown as it will leave;
 * then the employee downloads or copies it. Relais sends nothing.
 */
import { useId, useMemo, useState } from 'react';
import type { Workspace } from '@/lib/db/db';
import { copyToClipboard } from '@/lib/linkedin/clipboard';
import {
  buildSummary,
  feedsSharedIn,
  monthPeriod,
  randomSummaryToken,
  summaryFileName,
  summaryText,
} from '@/lib/summary/build';
import type { ShareSummary } from '@/lib/summary/schema';
import { addMonths, civilDateAt, startOfDay, systemTimeZone } from '@/lib/time/calendar';
import { formatDate } from '@/lib/i18n/format';
import { useLocale, useT } from '../i18n/I18nProvider';
import { useProblemWords } from '../problems/problem-words';
import { saveTextAs } from '../studio/download';
import { readMonthShares } from './read-month-shares';
import { messagesOf } from '@/lib/i18n/catalog';

type State =
  | { step: 'idle' }
  | { step: 'working' }
  | { step: 'failed'; error: unknown }
  | { step: 'nothing' }
  | { step: 'review'; summary: ShareSummary; feeds: string[]; said?: string };

export function MonthlySummarySection({ workspace }: { workspace: Workspace }) {
  const t = useT(messagesOf('summary'));
  const words = useProblemWords();
  const locale = useLocale();
  const id = useId();
  const timeZone = systemTimeZone();
  const [state, setState] = useState<State>({ step: 'idle' });
  const months = useMemo(() => {
    const today = civilDateAt(Date.now(), timeZone);
    return [0, -1, -2].map((back) => {
      const first = addMonths({ year: today.year, month: today.month, day: 1 }, back);
      return monthPeriod(startOfDay(first, timeZone), timeZone);
    });
  }, [timeZone]);
  const [monthIndex, setMonthIndex] = useState(0);

  const prepare = async (feedUrl?: string) => {
    setState({ step: 'working' });
    try {
      const month = months[monthIndex]!;
      const shares = await readMonthShares(workspace, month);
      const feeds = feedsSharedIn(shares, month);
      const chosen = feedUrl ?? feeds[0];
      if (!chosen) {
        setState({ step: 'nothing' });
        return;
      }
      setState({
        step: 'review',
        feeds,
        summary: buildSummary(shares, { month, feedUrl: chosen, token: randomSummaryToken() }),
      });
    } catch (error) {
      setState({ step: 'failed', error });
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="relais-summary">
      <h2 id={`${id}-heading`}>{t('heading')}</h2>
      <p>{t('intro')}</p>
      <div className="relais-actions">
        <label htmlFor={`${id}-month`}>{t('month')}</label>
        <select
          className="relais-select"
          id={`${id}-month`}
          value={monthIndex}
          onChange={(event) => {
            setMonthIndex(Number(event.target.value));
            setState({ step: 'idle' });
          }}
        >
          {months.map((month, index) => (
            <option key={month.label} value={index}>
              {formatDate(month.start, locale, { month: 'long', year: 'numeric', timeZone })}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="relais-button relais-button--primary"
          disabled={state.step === 'working'}
          onClick={() => void prepare()}
        >
          {state.step === 'working' ? t('preparing') : t('prepare')}
        </button>
      </div>
      {state.step === 'failed' ? (
        <p role="alert" className="relais-notice relais-notice--error">
          {t('failed', { message: words(state.error) })}
        </p>
      ) : null}
      {state.step === 'nothing' ? (
        <p role="status" className="relais-notice relais-notice--info">
          {t('nothing')}
        </p>
      ) : null}
      {state.step === 'review' ? (
        <div className="relais-summary__review">
          {state.feeds.length > 1 ? (
            <p>
              <label htmlFor={`${id}-feed`}>{t('feed')}</label>{' '}
              <select
                className="relais-select"
                id={`${id}-feed`}
                value={state.summary.feed_url}
                onChange={(event) => void prepare(event.target.value)}
              >
                {state.feeds.map((feed) => (
                  <option key={feed} value={feed}>
                    {feed}
                  </option>
                ))}
              </select>
            </p>
          ) : null}
          <p>{t('review')}</p>
          <pre className="relais-summary__text" tabIndex={0} aria-label={t('reviewLabel')} data-testid="summary-text">
            {summaryText(state.summary)}
          </pre>
          <div className="relais-actions">
            <button
              type="button"
              className="relais-button relais-button--primary"
              onClick={() => {
                saveTextAs(summaryText(state.summary), summaryFileName(state.summary));
                setState({ ...state, said: t('downloaded') });
              }}
            >
              {t('download')}
            </button>
            <button
              type="button"
              className="relais-button"
              onClick={() =>
                void copyToClipboard(summaryText(state.summary)).then((copied) =>
                  setState({ ...state, said: copied ? t('copied') : t('copyFailed') }),
                )
              }
            >
              {t('copy')}
            </button>
            <button type="button" className="relais-button" onClick={() => setState({ step: 'idle' })}>
              {t('discard')}
            </button>
          </div>
          <p role="status">{state.said ?? ''}</p>
        </div>
      ) : null}
    </section>
  );
}

/** Posts per week and the share of own words per week, over the page's range. */
import { formatDate, formatNumber, formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { OwnWordsPoint, PeriodCount } from '@/lib/history';
import { overallOwnWords } from './summaries';
import { BarChart, type BarDatum } from './BarChart';
import { niceCeiling } from './chart-scale';
import type { InsightsT } from './insights-t';

const weekTick = (start: number, locale: Locale) => formatDate(start, locale, { day: 'numeric', month: 'short' });

export function PostsPerWeekChart({
  weeks,
  locale,
  t,
}: {
  weeks: readonly PeriodCount[];
  locale: Locale;
  t: InsightsT;
}) {
  const total = weeks.reduce((sum, week) => sum + week.count, 0);
  const max = weeks.reduce((highest, week) => Math.max(highest, week.count), 0);
  const data: BarDatum[] = weeks.map((week) => ({
    label: t('weekOf', { date: formatDate(week.start, locale) }),
    tick: weekTick(week.start, locale),
    value: week.count,
    display: formatNumber(week.count, locale),
  }));
  return (
    <section aria-labelledby="relais-posts-heading" className="relais-insights__card">
      <h2 id="relais-posts-heading">{t('postsHeading')}</h2>
      <BarChart
        data={data}
        top={niceCeiling(max)}
        summary={t.plural('postsSummary', total, { weeks: weeks.length, max })}
        tickLabel={(value) => formatNumber(value, locale)}
        tableLabel={t('showTable')}
        columns={[t('columnWeek'), t('columnPosts')]}
      />
    </section>
  );
}

export function OwnWordsChart({
  points,
  locale,
  t,
}: {
  points: readonly OwnWordsPoint[];
  locale: Locale;
  t: InsightsT;
}) {
  const overall = overallOwnWords(points);
  const data: BarDatum[] = points.map((point) => ({
    label: t('weekOf', { date: formatDate(point.start, locale) }),
    tick: weekTick(point.start, locale),
    value: point.averageOwnWords ?? 0,
    display: point.averageOwnWords === null ? t('noValue') : formatPercent(point.averageOwnWords, locale),
  }));
  return (
    <section aria-labelledby="relais-own-words-heading" className="relais-insights__card">
      <h2 id="relais-own-words-heading">{t('ownWordsHeading')}</h2>
      <BarChart
        className="relais-chart--own-words"
        data={data}
        top={1}
        ticks={[0, 0.5, 1]}
        summary={
          overall === null ? t('ownWordsNoPosts') : t('ownWordsSummary', { percent: formatPercent(overall, locale) })
        }
        tickLabel={(value) => formatPercent(value, locale)}
        tableLabel={t('showTable')}
        columns={[t('columnWeek'), t('columnOwnWords')]}
      />
    </section>
  );
}

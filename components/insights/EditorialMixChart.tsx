/** What the employee shared per category next to the team's target: paired bars, the numbers in words. */
import type { EditorialMix } from '@/lib/history';
import { formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/messages';
import type { InsightsT } from './insights-t';
import { kindCounts } from './share-kind';
import { biggestGap } from './summaries';

const asWidth = (fraction: number) => `${Math.round(Math.min(Math.max(fraction, 0), 1) * 1000) / 10}%`;

export function EditorialMixChart(props: {
  mix: EditorialMix;
  locale: Locale;
  t: InsightsT;
  categoryLabel: (id: string) => string;
}) {
  const { mix, locale, t, categoryLabel } = props;
  const percent = (fraction: number) => formatPercent(fraction, locale);
  const gap = biggestGap(mix);
  let verdict: string;
  if (mix.total === 0) verdict = t('mixEmpty');
  else if (!mix.hasTarget) verdict = t('mixNoTarget');
  else if (!gap) verdict = t('mixBalanced');
  else {
    const params = {
      category: categoryLabel(gap.category),
      you: percent(gap.fraction),
      target: percent(gap.targetFraction),
    };
    verdict = gap.gap > 0 ? t('mixUnder', params) : t('mixOver', params);
  }
  return (
    <section aria-labelledby="relais-mix-heading" className="relais-insights__card">
      <h2 id="relais-mix-heading">{t('mixHeading')}</h2>
      <p className="relais-insights__verdict">{verdict}</p>
      {mix.total > 0 ? (
        <p className="relais-mix__kinds">{t('kindsSummary', { kinds: kindCounts(mix.kinds, t).join(' · ') })}</p>
      ) : null}
      {mix.entries.length > 0 ? (
        <>
          {mix.hasTarget ? (
            <p className="relais-mix__legend" aria-hidden="true">
              <span className="relais-mix__swatch relais-mix__swatch--you" /> {t('mixYouLegend')}{' '}
              <span className="relais-mix__swatch relais-mix__swatch--target" /> {t('mixTargetLegend')}
            </p>
          ) : null}
          <ul className="relais-mix">
            {mix.entries.map((entry) => (
              <li key={entry.category} className="relais-mix__row">
                <span className="relais-mix__name">{categoryLabel(entry.category)}</span>
                <span className="relais-mix__figures">
                  {mix.hasTarget
                    ? t('mixYouTarget', { you: percent(entry.fraction), target: percent(entry.targetFraction) })
                    : t('mixYouOnly', { you: percent(entry.fraction) })}
                </span>
                <span className="relais-mix__bars" aria-hidden="true">
                  <span className="relais-mix__bar relais-mix__bar--you" style={{ width: asWidth(entry.fraction) }} />
                  {mix.hasTarget ? (
                    <span
                      className="relais-mix__bar relais-mix__bar--target"
                      style={{ width: asWidth(entry.targetFraction) }}
                    />
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** "Share next": library items not shared yet that would bring the mix closer to the team's target. */
import { describeSuggestion, type Suggestion, suggestionsStatus } from '@/lib/history';
import type { Locale } from '@/lib/i18n/messages';
import { askBackground } from '@/lib/protocol/client';
import type { InsightsT } from './insights-t';

export function SuggestionsList(props: {
  suggestions: readonly Suggestion[];
  now: number;
  locale: Locale;
  t: InsightsT;
  categoryLabel: (id: string) => string;
  /** Library items shareable now, and whether anything was ever shared: what the empty and first-time texts say. */
  shareable: number;
  hasShares: boolean;
}) {
  const { suggestions, now, locale, t, categoryLabel } = props;
  const status = suggestionsStatus({
    suggestions: suggestions.length,
    shareable: props.shareable,
    hasShares: props.hasShares,
  });
  return (
    <section aria-labelledby="relais-suggestions-heading" className="relais-insights__card">
      <h2 id="relais-suggestions-heading">{t('suggestionsHeading')}</h2>
      {suggestions.length === 0 ? (
        <p>{t(status === 'all-shared' ? 'suggestionsAllShared' : 'suggestionsNothingShareable')}</p>
      ) : (
        <>
          <p className="relais-hint">{t(status === 'start' ? 'suggestionsStart' : 'suggestionsHint')}</p>
          <ul className="relais-suggestions">
            {suggestions.map((suggestion) => (
              <li key={suggestion.item.key}>
                <button
                  type="button"
                  className="relais-suggestions__open"
                  onClick={() => void askBackground({ type: 'linkedin.show', itemKey: suggestion.item.key })}
                >
                  {suggestion.item.title}
                </button>
                {describeSuggestion(suggestion, locale, now, categoryLabel).map((reason) => (
                  <span key={reason} className="relais-suggestions__reason">
                    {reason}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

import { useId } from 'react';
import type { LibraryFacets } from '@/lib/library/facets';
import type { LibrarySort } from '@/lib/library/search';
import { useUiStore } from '../state/ui-store';
import { useT } from '../i18n/I18nProvider';
import type { Labels } from './labels';
import { messagesOf } from '@/lib/i18n/catalog';

/**
 * Search as you type; the three filters (built from the data), the sort and the
 * language preference fold into one "Filters" disclosure, so the list starts
 * high in a 400 px sidebar. The disclosure says how many filters are on.
 */
export function LibraryToolbar({ facets, labels }: { facets: LibraryFacets; labels: Labels }) {
  const t = useT(messagesOf('library'));
  const id = useId();
  const query = useUiStore((state) => state.query);
  const filters = useUiStore((state) => state.filters);
  const sort = useUiStore((state) => state.sort);
  const preferMyLanguage = useUiStore((state) => state.preferMyLanguage);
  const { setQuery, setFilter, setSort, setPreferMyLanguage } = useUiStore.getState();

  const filterSelect = (
    name: 'channel' | 'category' | 'language',
    label: string,
    anyLabel: string,
    values: LibraryFacets['channels'],
    display: (value: string) => string,
  ) => {
    const current = filters[name] ?? '';
    // A remembered filter whose value left the library stays selectable, so it can be seen and cleared.
    const options =
      current && !values.some((facet) => facet.value === current) ? [...values, { value: current, count: 0 }] : values;
    return (
      <div className="relais-field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <select id={`${id}-${name}`} value={current} onChange={(event) => setFilter(name, event.target.value)}>
          <option value="">{anyLabel}</option>
          {options.map((facet) => (
            <option key={facet.value} value={facet.value}>
              {display(facet.value)}
            </option>
          ))}
        </select>
      </div>
    );
  };

  const activeFilters = (['channel', 'category', 'language'] as const).filter((name) => filters[name]).length;

  return (
    <div className="relais-toolbar">
      <div className="relais-field relais-field--search">
        <label htmlFor={`${id}-search`} className="relais-visually-hidden">
          {t('searchLabel')}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          placeholder={t('searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <details className="relais-filters-toggle" open={activeFilters > 0 ? true : undefined}>
        <summary className="relais-button relais-filters-toggle__summary">
          {activeFilters > 0 ? t.plural('filtersActive', activeFilters) : t('filtersLabel')}
        </summary>
        <div className="relais-filters-panel">
          <fieldset className="relais-filters">
            <legend className="relais-visually-hidden">{t('filtersLabel')}</legend>
            {filterSelect('channel', t('channelFilter'), t('anyChannel'), facets.channels, (value) =>
              labels.channel(value),
            )}
            {filterSelect('category', t('categoryFilter'), t('anyCategory'), facets.categories, labels.category)}
            {filterSelect('language', t('languageFilter'), t('anyLanguage'), facets.languages, labels.language)}
            <div className="relais-field">
              <label htmlFor={`${id}-sort`}>{t('sortLabel')}</label>
              <select id={`${id}-sort`} value={sort} onChange={(event) => setSort(event.target.value as LibrarySort)}>
                <option value="newest">{t('sortNewest')}</option>
                <option value="campaign-ending">{t('sortCampaignEnding')}</option>
              </select>
            </div>
          </fieldset>
          <label className="relais-check">
            <input
              type="checkbox"
              checked={preferMyLanguage}
              onChange={(event) => setPreferMyLanguage(event.target.checked)}
            />
            {t('preferMyLanguage')}
          </label>
        </div>
      </details>
    </div>
  );
}

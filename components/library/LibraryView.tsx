import { useT } from '../i18n/I18nProvider';
import { libraryMessages } from './messages';
import { useLibrary } from './use-library';

export function LibraryView() {
  const t = useT(libraryMessages);
  const library = useLibrary();
  if (library.isPending) return <p role="status">{t('loading')}</p>;
  if (library.isError) return <p role="alert">{t('loadError', { message: library.error.message })}</p>;
  const { items } = library.data;
  return (
    <section aria-label={t('heading')}>
      <h2 className="relais-section-title">{t('heading')}</h2>
      {items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="relais-list">
          {items.map((item) => (
            <li key={item.key}>
              <article className="relais-card" aria-labelledby={`relais-item-${item.id}`}>
                <h3 id={`relais-item-${item.id}`}>{item.title}</h3>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

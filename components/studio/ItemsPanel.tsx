/** Items: the list (search, sort, reorder pinned ones), the editor of the chosen one, and its preview. */
import { type DragEvent, useEffect, useId, useMemo, useState } from 'react';
import { formatPath } from '@/lib/feed/problems';
import { addItem, duplicateItem, freeItemId, items, moveItem, removeItem } from '@/lib/studio/document';
import { filterAndSort, type ItemSort, listItems, pinnedNeighbour, type ListedItem } from '@/lib/studio/item-list';
import { problemsUnder } from '@/lib/studio/validate';
import { useT } from '../i18n/I18nProvider';
import { ItemEditor } from './ItemEditor';
import { PreviewPane } from './PreviewPane';
import { useStudio } from './use-studio';
import { messagesOf } from '@/lib/i18n/catalog';

type Notice = { text: string; undo?: boolean } | undefined;

export function ItemsPanel({ selected, onSelect }: { selected: number; onSelect(index: number): void }) {
  const t = useT(messagesOf('studio'));
  const studio = useStudio();
  const { document, replace, validation } = studio;
  const searchId = useId();
  const sortId = useId();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<ItemSort>('feed');
  const [notice, setNotice] = useState<Notice>();
  const [dragged, setDragged] = useState<number | undefined>();
  const listed = useMemo(() => listItems(items(document)), [document]);
  const shown = useMemo(() => filterAndSort(listed, query, sort), [listed, query, sort]);
  const current = listed[selected];
  const titleOf = (item: ListedItem) => item.title ?? t('untitled', { id: item.id });

  useEffect(() => {
    if (listed.length > 0 && selected >= listed.length) onSelect(listed.length - 1);
  }, [listed.length, selected, onSelect]);

  const add = () => {
    const id = freeItemId(document, `item-${listed.length + 1}`);
    replace(addItem(document, { id, title: '', content_text: t('newItemText') }));
    onSelect(listed.length);
    setNotice(undefined);
  };
  const move = (from: number, to: number | undefined) => {
    if (to === undefined) return;
    replace(moveItem(document, from, to));
    if (selected === from) onSelect(to);
  };
  const onDrop = (event: DragEvent, target: ListedItem) => {
    event.preventDefault();
    if (dragged !== undefined && target.pinned && dragged !== target.index) move(dragged, target.index);
    setDragged(undefined);
  };

  return (
    <div className="relais-studio-items">
      <section className="relais-studio-itemlist" aria-labelledby={`${searchId}-heading`}>
        <h2 id={`${searchId}-heading`}>{t('itemsHeading')}</h2>
        <button type="button" className="relais-button relais-button--primary" onClick={add}>
          {t('addItem')}
        </button>
        <div className="relais-field">
          <label htmlFor={searchId}>{t('search')}</label>
          <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
        <div className="relais-field">
          <label htmlFor={sortId}>{t('sort')}</label>
          <select id={sortId} value={sort} onChange={(event) => setSort(event.target.value as ItemSort)}>
            <option value="feed">{t('sortFeed')}</option>
            <option value="pinned">{t('sortPinned')}</option>
            <option value="title">{t('sortTitle')}</option>
            <option value="date">{t('sortDate')}</option>
          </select>
        </div>
        <p className="relais-result-count" role="status">
          {t.plural('itemCount', shown.length)}
        </p>
        {listed.some((item) => item.pinned) ? <p className="relais-hint">{t('dragHint')}</p> : null}
        {notice ? (
          <div className="relais-notice relais-notice--info" role="status">
            {notice.text}{' '}
            {notice.undo ? (
              <button
                type="button"
                className="relais-button relais-studio-small"
                onClick={() => {
                  studio.undo();
                  setNotice(undefined);
                }}
              >
                {t('undoDelete')}
              </button>
            ) : null}
          </div>
        ) : null}
        {listed.length === 0 ? <p className="relais-notice relais-notice--info">{t('itemsEmpty')}</p> : null}
        {listed.length > 0 && shown.length === 0 ? <p>{t('noMatch', { query })}</p> : null}
        <ul className="relais-studio-itemlist__list">
          {shown.map((item) => {
            const problems = problemsUnder(validation, formatPath(['items', item.index])).length;
            const reorderable = item.pinned && (sort === 'feed' || sort === 'pinned');
            return (
              <li
                key={item.index}
                className={`relais-studio-itemrow${item.index === selected ? ' relais-studio-itemrow--selected' : ''}`}
                draggable={reorderable}
                onDragStart={() => setDragged(item.index)}
                onDragOver={(event) => reorderable && event.preventDefault()}
                onDrop={(event) => onDrop(event, item)}
              >
                <button
                  type="button"
                  className="relais-studio-itemrow__open"
                  aria-current={item.index === selected ? 'true' : undefined}
                  onClick={() => onSelect(item.index)}
                >
                  <span className="relais-studio-itemrow__title">{titleOf(item)}</span>
                  {item.pinned ? <span className="relais-badge relais-badge--pinned">{t('pinnedBadge')}</span> : null}
                  {problems > 0 ? (
                    <span className="relais-badge relais-studio-badge--problem">
                      {t.plural('itemHasProblems', problems)}
                    </span>
                  ) : null}
                </button>
                {reorderable ? (
                  <span className="relais-studio-itemrow__move">
                    <button
                      type="button"
                      className="relais-icon-button"
                      aria-label={t('moveUp', { title: titleOf(item) })}
                      disabled={pinnedNeighbour(listed, item.index, -1) === undefined}
                      onClick={() => move(item.index, pinnedNeighbour(listed, item.index, -1))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="relais-icon-button"
                      aria-label={t('moveDown', { title: titleOf(item) })}
                      disabled={pinnedNeighbour(listed, item.index, 1) === undefined}
                      onClick={() => move(item.index, pinnedNeighbour(listed, item.index, 1))}
                    >
                      ↓
                    </button>
                  </span>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
      {current ? (
        <div className="relais-studio-editorcol">
          <div className="relais-actions">
            <button
              type="button"
              className="relais-button"
              onClick={() => {
                replace(duplicateItem(document, current.index));
                onSelect(current.index + 1);
                setNotice({ text: t('duplicated', { title: titleOf(current) }) });
              }}
            >
              {t('duplicate')}
            </button>
            <button
              type="button"
              className="relais-button"
              onClick={() => {
                replace(removeItem(document, current.index));
                setNotice({ text: t('deleted', { title: titleOf(current) }), undo: true });
              }}
            >
              {t('delete')}
            </button>
          </div>
          <ItemEditor index={current.index} title={titleOf(current)} />
        </div>
      ) : (
        <p className="relais-studio-editorcol">{listed.length > 0 ? t('selectItem') : null}</p>
      )}
      <PreviewPane index={current?.index} />
    </div>
  );
}

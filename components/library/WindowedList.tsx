/**
 * A window over a long list: only the rows in view (plus a margin) are in the
 * DOM, so 5,000 items scroll and filter smoothly. Each row is as tall as its
 * card (a card without a summary or badges takes less room, none is cut):
 * rows not yet drawn count at the last measured average, and each drawn row
 * is measured as it lays out. Rows keep their list semantics
 * (aria-setsize/posinset tell screen readers the real size), and Tab keeps
 * working: the margin always holds the next row, and focusing it scrolls it
 * into view, which moves the window.
 */
import {
  type ReactNode,
  type Ref,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { rowOffsets, rowsInView } from './row-offsets';

const OVERSCAN_ROWS = 6;
/** The last measured average row height, so a list mounted again (back from an item) places its rows right from the start. */
let knownRowHeight = 112;
function rememberRowHeight(height: number) {
  knownRowHeight = height;
}

export interface WindowedListHandle {
  /** Scrolls so the row is in view, if it is not already. */
  revealIndex(index: number): void;
  element(): HTMLDivElement | null;
}

interface WindowedListProps<T> {
  items: readonly T[];
  itemKey(item: T): string;
  renderItem(item: T, index: number): ReactNode;
  /** Restored once, when the list first has rows. */
  initialScrollTop: number;
  onScrollSettled(scrollTop: number): void;
  label: string;
  handle?: Ref<WindowedListHandle>;
}

export function WindowedList<T>({
  items,
  itemKey,
  renderItem,
  initialScrollTop,
  onScrollSettled,
  label,
  handle,
}: WindowedListProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(initialScrollTop);
  const [viewport, setViewport] = useState(600);
  // Measured heights by item key; `measured` changes when one of them does, so the offsets follow.
  const heights = useRef(new Map<string, number>());
  const [measured, setMeasured] = useState(0);
  const offsets = useMemo(
    () => rowOffsets(items.length, (index) => heights.current.get(itemKey(items[index] as T)) ?? knownRowHeight),
    // `measured` stands for the heights map, read inside.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [items, itemKey, measured],
  );
  const offsetsNow = useRef(offsets);
  offsetsNow.current = offsets;
  const indexByKey = useMemo(() => new Map(items.map((item, index) => [itemKey(item), index])), [items, itemKey]);
  const indexByKeyNow = useRef(indexByKey);
  indexByKeyNow.current = indexByKey;
  const restored = useRef(false);
  const settleTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useImperativeHandle(handle, () => ({
    revealIndex(index) {
      const element = scroller.current;
      if (!element || index < 0 || index >= items.length) return;
      const top = offsets[index] ?? 0;
      const bottom = offsets[index + 1] ?? top;
      if (top < element.scrollTop || bottom > element.scrollTop + element.clientHeight) {
        element.scrollTop = Math.max(0, top - (bottom - top));
        setScrollTop(element.scrollTop);
      }
    },
    element: () => scroller.current,
  }));

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setViewport(element.clientHeight || 600);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // One observer for the drawn rows: a row whose height differs from what was counted moves the rows below it;
  // one above the view also moves the scroll position by as much, so what the employee looks at stays put.
  const rowObserver = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver((entries) => {
            const element = scroller.current;
            const before = offsetsNow.current;
            let changed = false;
            let aboveView = 0;
            for (const entry of entries) {
              const row = entry.target as HTMLElement;
              const key = row.dataset.key;
              const height = row.offsetHeight;
              if (key === undefined || height === 0) continue;
              const counted = heights.current.get(key) ?? knownRowHeight;
              if (height === counted && heights.current.has(key)) continue;
              heights.current.set(key, height);
              changed = true;
              const index = indexByKeyNow.current.get(key);
              if (element && index !== undefined && (before[index + 1] ?? 0) <= element.scrollTop) {
                aboveView += height - counted;
              }
            }
            if (!changed) return;
            let total = 0;
            for (const height of heights.current.values()) total += height;
            rememberRowHeight(total / heights.current.size);
            if (element && aboveView !== 0) element.scrollTop += aboveView;
            setMeasured((version) => version + 1);
          }),
    [],
  );
  useEffect(() => () => rowObserver?.disconnect(), [rowObserver]);
  const observeRow = useCallback(
    (row: HTMLLIElement | null) => {
      if (!row || !rowObserver) return;
      rowObserver.observe(row);
      return () => rowObserver.unobserve(row);
    },
    [rowObserver],
  );

  useLayoutEffect(() => {
    const element = scroller.current;
    if (restored.current || !element || items.length === 0) return;
    restored.current = true;
    element.scrollTop = initialScrollTop;
    setScrollTop(element.scrollTop);
  }, [items.length, initialScrollTop]);

  useEffect(() => () => clearTimeout(settleTimer.current), []);

  const { first, last } = rowsInView(offsets, scrollTop, viewport, OVERSCAN_ROWS);
  const rows: ReactNode[] = [];
  for (let index = first; index < last; index += 1) {
    const item = items[index] as T;
    rows.push(
      <li
        key={itemKey(item)}
        ref={observeRow}
        data-key={itemKey(item)}
        className="relais-window-row"
        style={{ top: offsets[index] }}
        aria-setsize={items.length}
        aria-posinset={index + 1}
      >
        {renderItem(item, index)}
      </li>,
    );
  }

  return (
    <div
      ref={scroller}
      className="relais-window"
      onScroll={(event) => {
        const top = event.currentTarget.scrollTop;
        setScrollTop(top);
        clearTimeout(settleTimer.current);
        settleTimer.current = setTimeout(() => onScrollSettled(top), 250);
      }}
    >
      <ul className="relais-window-list" aria-label={label} style={{ height: offsets[items.length] }}>
        {rows}
      </ul>
    </div>
  );
}

/**
 * A fixed-row-height window over a long list: only the rows in view (plus a
 * margin) are in the DOM, so 5,000 items scroll and filter smoothly. Rows
 * keep their list semantics (aria-setsize/posinset tell screen readers the
 * real size), and Tab keeps working: the margin always holds the next row, and
 * focusing it scrolls it into view, which moves the window.
 */
import { type ReactNode, type Ref, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';

const OVERSCAN_ROWS = 6;
/** The last measured row height, so a list mounted again (back from an item) places its rows right from the start. */
let knownRowHeight = 112;

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
  const probe = useRef<HTMLLIElement>(null);
  const [scrollTop, setScrollTop] = useState(initialScrollTop);
  const [viewport, setViewport] = useState(600);
  const [rowHeight, setRowHeight] = useState(knownRowHeight);
  const restored = useRef(false);
  const settleTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useImperativeHandle(handle, () => ({
    revealIndex(index) {
      const element = scroller.current;
      if (!element) return;
      const top = index * rowHeight;
      if (top < element.scrollTop || top + rowHeight > element.scrollTop + element.clientHeight) {
        element.scrollTop = Math.max(0, top - rowHeight);
        setScrollTop(element.scrollTop);
      }
    },
    element: () => scroller.current,
  }));

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => {
      setViewport(element.clientHeight || 600);
      const height = probe.current?.offsetHeight;
      if (height) {
        knownRowHeight = height;
        setRowHeight(height);
      }
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (restored.current || !element || items.length === 0) return;
    restored.current = true;
    element.scrollTop = initialScrollTop;
    setScrollTop(element.scrollTop);
  }, [items.length, initialScrollTop]);

  useEffect(() => () => clearTimeout(settleTimer.current), []);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN_ROWS);
  const last = Math.min(items.length, Math.ceil((scrollTop + viewport) / rowHeight) + OVERSCAN_ROWS);
  const rows: ReactNode[] = [];
  for (let index = first; index < last; index += 1) {
    const item = items[index] as T;
    rows.push(
      <li
        key={itemKey(item)}
        ref={index === first ? probe : undefined}
        className="relais-window-row"
        style={{ top: index * rowHeight }}
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
      <ul className="relais-window-list" aria-label={label} style={{ height: items.length * rowHeight }}>
        {rows}
      </ul>
    </div>
  );
}

import { type CSSProperties, type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type Box, placePopover, type Placement } from '@/lib/tour/placement';
import { useT } from '../i18n/I18nProvider';
import { useUiStore } from '../state/ui-store';
import { TOUR_FALLBACK_ANCHOR, TOUR_FIRST_ITEM, TOUR_STEPS } from './tour-steps';
import { messagesOf } from '@/lib/i18n/catalog';

/** The outline drawn around the element, a little outside it. */
const OUTLINE_PADDING = 4;

interface Position {
  outline: Box;
  placement: Placement;
}

/**
 * A short tour, each step in a popover next to the element it explains, that
 * element outlined. Keyboard: Tab stays inside, Escape closes, the arrow keys
 * move between steps; focus goes back where it was when it closes. It opens the
 * library's first item (and goes back to the list after) so the compose screen
 * it explains is there.
 */
export function GuidedTour({ onClose }: { onClose: () => void }) {
  const t = useT(messagesOf('tour'));
  const [index, setIndex] = useState(0);
  const dialog = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const step = TOUR_STEPS[index]!;
  const last = index === TOUR_STEPS.length - 1;
  const position = useAnchorPosition(dialog, step.anchor);

  // Read while rendering, before any effect of the tour moves the focus into it.
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  useEffect(
    () => () => {
      opener?.focus?.();
      // Closing also takes the library back to its list, which may re-render around the opener.
      requestAnimationFrame(() => {
        const active = opener?.ownerDocument.activeElement;
        if (opener?.isConnected && (active === null || active === opener.ownerDocument.body)) opener.focus();
      });
    },
    [opener],
  );
  useOpenFirstItem(dialog);
  useEffect(() => heading.current?.focus({ preventScroll: true }), [index]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'ArrowRight' && !last) setIndex(index + 1);
    else if (event.key === 'ArrowLeft' && index > 0) setIndex(index - 1);
    else if (event.key === 'Tab') trapFocus(event, dialog.current);
  };

  const popoverStyle: CSSProperties = position
    ? ({
        top: position.placement.top,
        left: position.placement.left,
        '--relais-tour-arrow': `${position.placement.arrow}px`,
      } as CSSProperties)
    : { visibility: 'hidden' };

  return (
    <>
      <div className="relais-tour-backdrop" aria-hidden="true" />
      {position ? (
        <div
          className="relais-tour-outline"
          aria-hidden="true"
          style={{
            top: position.outline.top,
            left: position.outline.left,
            width: position.outline.width,
            height: position.outline.height,
          }}
        />
      ) : null}
      <div
        ref={dialog}
        className="relais-tour"
        role="dialog"
        aria-modal="true"
        aria-label={t('dialogLabel')}
        aria-describedby="relais-tour-body"
        data-tour-step={step.id}
        data-tour-side={position?.placement.side}
        style={popoverStyle}
        onKeyDown={onKeyDown}
      >
        <div className="relais-tour__top">
          <span className="relais-tour__count">{t('stepCount', { step: index + 1, total: TOUR_STEPS.length })}</span>
          <button
            type="button"
            className="relais-icon-button"
            onClick={onClose}
            aria-label={t('skip')}
            title={t('skip')}
          >
            ×
          </button>
        </div>
        <h2 ref={heading} tabIndex={-1} className="relais-tour__title">
          {t(step.title)}
        </h2>
        <p id="relais-tour-body">{t(step.body)}</p>
        <div className="relais-tour__actions">
          {index > 0 ? (
            <button type="button" className="relais-button" onClick={() => setIndex(index - 1)}>
              {t('back')}
            </button>
          ) : null}
          <button
            type="button"
            className="relais-button relais-button--primary"
            onClick={() => (last ? onClose() : setIndex(index + 1))}
          >
            {last ? t('finish') : t('next')}
          </button>
        </div>
      </div>
    </>
  );
}

/**
 * Opens the library's first item for the steps to point at, as soon as the
 * list is there (the practice page opens the tour while the library loads),
 * unless an item is open already; back to the list when the tour closes.
 */
function useOpenFirstItem(dialog: React.RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    let frame = 0;
    let openedByTour = false;
    const tryOpen = () => {
      if (useUiStore.getState().openItemKey !== null) return;
      const firstItem = rootOf(dialog.current).querySelector<HTMLElement>(TOUR_FIRST_ITEM);
      if (firstItem) {
        firstItem.click();
        openedByTour = true;
      } else frame = requestAnimationFrame(tryOpen);
    };
    tryOpen();
    return () => {
      cancelAnimationFrame(frame);
      if (openedByTour) useUiStore.getState().closeItem();
    };
  }, [dialog]);
}

const rootOf = (element: Element | null) => (element?.getRootNode() ?? document) as Document | ShadowRoot;

function findAnchor(root: Document | ShadowRoot, selectors: readonly string[]): HTMLElement | undefined {
  for (const selector of [...selectors, ...TOUR_FALLBACK_ANCHOR]) {
    const element = root.querySelector<HTMLElement>(selector);
    if (element && element.getClientRects().length > 0) return element;
  }
  return undefined;
}

/**
 * Follows the step's element frame by frame: it may appear a moment after the
 * step starts (the item opening), move when the window is resized or the list
 * scrolls, or grow as the draft does. Scrolls it into view once per step.
 */
function useAnchorPosition(dialog: React.RefObject<HTMLDivElement | null>, selectors: readonly string[]) {
  const [position, setPosition] = useState<Position | undefined>(undefined);
  useLayoutEffect(() => {
    let frame = 0;
    let scrolled: HTMLElement | undefined;
    let previous = '';
    const follow = () => {
      frame = requestAnimationFrame(follow);
      const popover = dialog.current;
      if (!popover) return;
      const root = rootOf(popover);
      // A modal: the item the tour opens takes the focus as it appears; it comes back here.
      if (!popover.contains(root.activeElement))
        popover.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
      const anchor = findAnchor(root, selectors);
      if (!anchor) return;
      if (scrolled !== anchor) {
        scrolled = anchor;
        anchor.scrollIntoView({ block: 'center', inline: 'nearest' });
      }
      const rect = anchor.getBoundingClientRect();
      const view = popover.ownerDocument.documentElement;
      const outline: Box = {
        top: rect.top - OUTLINE_PADDING,
        left: rect.left - OUTLINE_PADDING,
        width: rect.width + 2 * OUTLINE_PADDING,
        height: rect.height + 2 * OUTLINE_PADDING,
      };
      const placement = placePopover(
        outline,
        { width: popover.offsetWidth, height: popover.offsetHeight },
        { width: view.clientWidth, height: view.clientHeight },
      );
      const key = JSON.stringify([outline, placement].map((part) => Object.values(part).map(String)));
      if (key === previous) return;
      previous = key;
      setPosition({ outline, placement });
    };
    follow();
    return () => cancelAnimationFrame(frame);
  }, [dialog, selectors]);
  return position;
}

function trapFocus(event: KeyboardEvent, container: HTMLElement | null) {
  if (!container) return;
  const focusable = [...container.querySelectorAll<HTMLElement>('button, [href], input, select, textarea')].filter(
    (element) => !element.hasAttribute('disabled'),
  );
  const first = focusable[0];
  const lastElement = focusable[focusable.length - 1];
  const active = (container.getRootNode() as Document | ShadowRoot).activeElement;
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault();
    lastElement?.focus();
  } else if (!event.shiftKey && active === lastElement) {
    event.preventDefault();
    first?.focus();
  }
}

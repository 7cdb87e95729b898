import { type CSSProperties, useLayoutEffect, useRef, useState } from 'react';
import { FOLD_RULES, foldPreview, LINKEDIN_POST_FONT, type FoldDevice } from '@/lib/compose';
import { useTextMeasure } from './use-text-measure';
import './post-preview.css';

interface PostPreviewProps {
  text: string;
  device: FoldDevice;
  /** The label of the "see more" button, in the UI's language. */
  seeMoreLabel: string;
  seeLessLabel?: string;
  /** With a handler, "see more" is a button that shows the whole post (the practice page). */
  expanded?: boolean;
  onToggle?(): void;
  testId?: string;
}

/**
 * The post as LinkedIn's feed lays it out: LinkedIn's font at the real width
 * of its text box on desktop or mobile, wrapped by the browser, cut after the
 * visible lines by the one fold rule (lib/compose/fold-preview), measured with
 * the same font. The box keeps its real width and is scaled down to fit a
 * narrow sidebar, so lines break where they would on LinkedIn.
 */
/** `.relais-post`'s horizontal padding, both sides (post-preview.css); it scales with the box. */
const POST_BOX_PADDING_PX = 2 * 16;
/** Its border, both sides: a 1 px border stays 1 px under zoom, so it is taken off the room before scaling. */
const POST_BOX_BORDER_PX = 2 * 1;

export function PostPreview({
  text,
  device,
  seeMoreLabel,
  seeLessLabel,
  expanded = false,
  onToggle,
  testId,
}: PostPreviewProps) {
  const measure = useTextMeasure();
  const frame = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  const rule = FOLD_RULES[device];
  const full = text.trimEnd();
  const fold = foldPreview(full, device, measure);
  const shown = expanded || !fold.truncated ? full : fold.visible.trimEnd();

  useLayoutEffect(() => {
    const element = frame.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      const available = element.clientWidth;
      // The text box's width plus its padding and its border must fit.
      const room = available - POST_BOX_BORDER_PX;
      setScale(room > 0 ? Math.min(1, room / (rule.width + POST_BOX_PADDING_PX)) : 1);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [rule.width]);

  const style = {
    '--relais-post-width': `${rule.width}px`,
    '--relais-post-lines': String(rule.maxLines),
    '--relais-post-line-height': `${LINKEDIN_POST_FONT.lineHeightPx}px`,
    '--relais-post-size': `${LINKEDIN_POST_FONT.sizePx}px`,
    '--relais-post-family': LINKEDIN_POST_FONT.family,
    zoom: scale,
  } as CSSProperties;

  return (
    <div ref={frame} className="relais-post-frame">
      <div
        className={`relais-post relais-post--${device}${expanded ? ' relais-post--expanded' : ''}`}
        style={style}
        data-testid={testId}
      >
        <div className="relais-post__body">
          <span className="relais-post__text">{shown}</span>
          {!fold.truncated ? null : onToggle ? (
            <button type="button" className="relais-post__more" aria-expanded={expanded} onClick={onToggle}>
              {expanded ? (seeLessLabel ?? seeMoreLabel) : seeMoreLabel}
            </button>
          ) : (
            <span className="relais-post__more">{seeMoreLabel}</span>
          )}
        </div>
      </div>
    </div>
  );
}

import { useId } from 'react';
import type { LibraryListItem } from '@/lib/feed/library-item';
import type { FreshnessBadge } from '@/lib/library/freshness';
import { FreshnessBadges } from './FreshnessBadges';
import type { Labels } from './labels';
import { useImageSource } from './use-image-source';

interface ItemCardProps {
  item: LibraryListItem;
  language: string | undefined;
  badges: FreshnessBadge[];
  /** When the employee last shared this item, if ever (epoch ms). */
  sharedAt: number | undefined;
  labels: Labels;
  onOpen(key: string): void;
}

/**
 * One library item in the list: an article named by its title; the title is
 * the button that opens it. No image, no picture frame: the text takes the room.
 */
export function ItemCard({ item, language, badges, sharedAt, labels, onOpen }: ItemCardProps) {
  const headingId = useId();
  const image = useImageSource(item.image);
  return (
    <article className="relais-card relais-item" aria-labelledby={headingId}>
      {image ? (
        <img
          className="relais-item-thumb"
          src={image}
          alt=""
          // An unreachable image takes no room rather than showing a broken-image icon or an empty frame.
          onError={(event) => {
            event.currentTarget.hidden = true;
          }}
        />
      ) : null}
      <div className="relais-item-body">
        <h3 id={headingId} className="relais-item-title">
          <button type="button" className="relais-item-open" data-item-key={item.key} onClick={() => onOpen(item.key)}>
            {item.title}
          </button>
        </h3>
        {item.summary ? <p className="relais-item-summary">{item.summary}</p> : null}
        <p className="relais-item-meta">
          {[labels.channel(item.channel, item.feedUrl), labels.category(item.category), labels.language(language)].join(
            ' · ',
          )}
        </p>
        <FreshnessBadges badges={badges} sharedAt={sharedAt} />
      </div>
    </article>
  );
}

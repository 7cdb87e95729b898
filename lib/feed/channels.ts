/**
 * The channel Relais gives items that have none. A module of its own so the
 * library's labels do not load the feed-to-item conversion (its HTML parser)
 * with it: the sidebar's first opening parses only what paints the list
 * (issue #18).
 */

/** Items without a channel, in a feed that declares none (e.g. a plain JSON Feed), land in this channel. */
export const NEWS_WATCH_CHANNEL = 'news-watch';
export const NEWS_WATCH_LABEL = { en: 'News watch', fr: 'Veille' };

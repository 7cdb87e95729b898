/**
 * The core of `npm run feed:validate`: reads a feed from a file or a URL (with
 * the sync's own download rules), parses it with the app's own parser, and
 * reports every problem with its JSON path and a hint, plus what employees
 * would see right now.
 *
 * Exit codes: 0 usable with nothing skipped (warnings allowed, unless
 * --strict); 1 unusable (cannot be read, downloaded or parsed as a feed, or
 * not one item usable); 2 usable, at least one item, but at least one item
 * skipped (or a warning, with --strict).
 */
import { readFile as readFileFromDisk } from 'node:fs/promises';
import { localize } from '../../i18n/localized-text';
import { createTranslator, type Locale } from '../../i18n/messages';
import { formatDate } from '../../i18n/format';
import { DEFAULT_MAX_BYTES, decodeFeedBytes, type FetchLike, fetchFeed, tooLarge } from '../../sync/fetch-feed';
import { syncTranslator } from '../../sync/errors';
import { isVisibleAt } from '../library-item';
import { type FeedFormat, type FeedProblem, parseFeedText, toLibraryItems } from '../parse';
import { messagesOf } from '../../i18n/catalog';

export type ExitCode = 0 | 1 | 2;

export interface Count {
  id: string;
  label: string;
  items: number;
}

export interface ValidationSummary {
  format: FeedFormat;
  title: string;
  organisation?: string;
  plain: boolean;
  itemsValid: number;
  /** Items left out (several problems may concern one item). */
  itemsSkipped: number;
  channels: Count[];
  categories: Count[];
  /** `id` is the language tag, or "" for items without one. */
  languages: Count[];
  /** The instant the states below were computed for. */
  at: number;
  visibleNow: number;
  expiredNow: number;
  embargoedNow: number;
  pinned: number;
  inCampaignNow: number;
  /** The feed's selector hotfix (`_relais.linkedin_selectors`): how many selectors per element of LinkedIn's composer. */
  linkedinSelectors: Count[];
  /** Items naming the company's own LinkedIn post (`_relais.linkedin_post`): employees can repost or comment on it. */
  linkedinPosts: number;
}

export interface ValidationReport {
  source: string;
  /** Why nothing can be used: a download or reading error, or problems of the feed as a whole. */
  fatal?: { code: string; message: string; problems: FeedProblem[] };
  skipped: FeedProblem[];
  warnings: FeedProblem[];
  summary?: ValidationSummary;
}

export interface ValidateOptions {
  /** Used for URLs; defaults to the platform's fetch. */
  fetch?: FetchLike;
  readFile?: (path: string) => Promise<Uint8Array>;
  now?: () => number;
  locale?: Locale;
  strict?: boolean;
}

export const isUrl = (source: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(source);

export async function validateFeedSource(
  source: string,
  options: ValidateOptions = {},
): Promise<{ report: ValidationReport; exitCode: ExitCode }> {
  const locale = options.locale ?? 'en';
  const read = isUrl(source) ? await download(source, options, locale) : await readLocalFile(source, options, locale);
  const report: ValidationReport = read.ok
    ? validateFeedText(read.text, source, {
        now: (options.now ?? Date.now)(),
        locale,
        warnings: read.warnings,
        feedUrl: read.feedUrl,
      })
    : { source, fatal: { ...read.error, problems: [] }, skipped: [], warnings: [] };
  return { report, exitCode: exitCodeFor(report, options.strict ?? false) };
}

type Read =
  | { ok: true; text: string; feedUrl?: string; warnings: FeedProblem[] }
  | { ok: false; error: { code: string; message: string } };

async function download(url: string, options: ValidateOptions, locale: Locale): Promise<Read> {
  // No validators are sent, so the server cannot answer 304.
  const result = await fetchFeed(url, { fetch: options.fetch ?? globalThis.fetch, locale, acceptHtml: true });
  if (result.status === 'error') return { ok: false, error: result.error };
  if (result.status === 'not-modified')
    return { ok: false, error: { code: 'http-304', message: 'HTTP 304 Not Modified' } };
  return {
    ok: true,
    text: result.text,
    feedUrl: result.finalUrl,
    warnings: result.warnings.map((warning) => ({ path: '', ...warning })),
  };
}

async function readLocalFile(path: string, options: ValidateOptions, locale: Locale): Promise<Read> {
  const t = createTranslator(messagesOf('validate'), locale);
  let bytes: Uint8Array;
  try {
    bytes = await (options.readFile ?? readFileFromDisk)(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { ok: false, error: { code: 'unreadable', message: t('fileMissing', { path, reason }) } };
  }
  // Same cap as the sync: a file the extension would refuse must fail here too.
  if (bytes.byteLength > DEFAULT_MAX_BYTES)
    return { ok: false, error: tooLarge(syncTranslator(locale), DEFAULT_MAX_BYTES) };
  const decoded = decodeFeedBytes(bytes, locale);
  return decoded.ok ? { ok: true, text: decoded.text, warnings: [] } : { ok: false, error: decoded.error };
}

export function validateFeedText(
  text: string,
  source: string,
  options: { now: number; locale?: Locale; warnings?: FeedProblem[]; feedUrl?: string },
): ValidationReport {
  const locale = options.locale ?? 'en';
  const fetched = options.warnings ?? [];
  const parsed = parseFeedText(text, { locale, feedUrl: options.feedUrl });
  if (!parsed.ok) {
    const t = createTranslator(messagesOf('validate'), locale);
    return {
      source,
      fatal: { code: 'invalid-feed', message: t('cannotUse'), problems: parsed.problems },
      skipped: [],
      warnings: fetched,
    };
  }
  const rows = toLibraryItems(options.feedUrl ?? source, parsed.items, options.now, {
    articles: parsed.snapshot.plain,
  });
  const { snapshot } = parsed;
  const countBy = (
    key: (row: (typeof rows)[number]) => string,
    label: (id: string) => string,
    order: string[] = [],
  ): Count[] => {
    const counts = new Map<string, number>(order.map((id) => [id, 0]));
    for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
    return [...counts].map(([id, items]) => ({ id, label: label(id), items }));
  };
  const channelLabels = new Map(snapshot.channels.map((channel) => [channel.id, localize(channel.label, locale)]));
  const now = options.now;
  return {
    source,
    skipped: parsed.skipped,
    warnings: [...fetched, ...parsed.warnings],
    summary: {
      format: parsed.format,
      title: snapshot.title,
      organisation: snapshot.organisation,
      plain: snapshot.plain,
      itemsValid: rows.length,
      itemsSkipped: new Set(parsed.skipped.map((problem) => problem.itemIndex)).size,
      channels: countBy(
        (row) => row.channel,
        (id) => channelLabels.get(id) ?? id,
        snapshot.channels.map((channel) => channel.id),
      ),
      categories: countBy(
        (row) => row.category,
        (id) => id,
        Object.keys(snapshot.mix ?? {}),
      ),
      languages: countBy(
        (row) => row.language ?? '',
        (id) => id,
      ),
      at: now,
      visibleNow: rows.filter((row) => isVisibleAt(row, now)).length,
      expiredNow: rows.filter((row) => row.expiresAt !== undefined && now >= row.expiresAt).length,
      embargoedNow: rows.filter((row) => row.notBefore !== undefined && now < row.notBefore).length,
      pinned: rows.filter((row) => row.pinned).length,
      inCampaignNow: rows.filter((row) => row.campaign && row.campaign.start <= now && now < row.campaign.end).length,
      linkedinSelectors: Object.entries(snapshot.linkedinSelectors ?? {}).flatMap(([id, selectors]) =>
        selectors && selectors.length > 0 ? [{ id, label: id, items: selectors.length }] : [],
      ),
      linkedinPosts: rows.filter((row) => row.linkedinPost !== undefined).length,
    },
  };
}

export function exitCodeFor(report: ValidationReport, strict: boolean): ExitCode {
  if (report.fatal) return 1;
  // A feed with nothing to show is unusable, however many items it lists.
  if (report.summary && report.summary.itemsValid === 0) return 1;
  if (report.skipped.length > 0) return 2;
  if (strict && report.warnings.length > 0) return 2;
  return 0;
}

/** The report as printed on the terminal. */
export function formatReport(report: ValidationReport, options: { locale?: Locale; strict?: boolean } = {}): string {
  const locale = options.locale ?? 'en';
  const t = createTranslator(messagesOf('validate'), locale);
  const lines: string[] = [t('heading', { source: report.source }), ''];
  const where = (problem: FeedProblem) => {
    const item =
      problem.itemId !== undefined
        ? ` (${t('item', { id: problem.itemId })})`
        : problem.itemIndex !== undefined
          ? ` (${t('itemAt', { index: problem.itemIndex })})`
          : '';
    // "path (item): " in English, with the no-break space before the colon in French.
    const label = problem.path ? `${problem.path}${item}` : item.trim();
    return label ? t('labelled', { label, value: '' }) : '';
  };
  const list = (marker: string, problems: FeedProblem[]) => {
    for (const problem of problems) {
      lines.push(`  ${marker} ${where(problem)}${problem.message}`);
      if (problem.hint) lines.push(`      ${t('labelled', { label: t('hint'), value: problem.hint })}`);
    }
    lines.push('');
  };

  if (report.fatal) {
    if (report.fatal.problems.length > 0) {
      lines.push(t.plural('problemCount', report.fatal.problems.length));
      list('✗', report.fatal.problems);
    } else {
      lines.push(`  ✗ ${report.fatal.message}`, '');
    }
  }
  if (report.skipped.length > 0) {
    lines.push(t.plural('skippedCount', report.summary?.itemsSkipped ?? report.skipped.length));
    list('✗', report.skipped);
  }
  if (report.warnings.length > 0) {
    lines.push(t.plural('warningCount', report.warnings.length));
    list('!', report.warnings);
  }

  const summary = report.summary;
  if (summary) {
    const counts = (values: Count[], empty = t('languageUnspecified')) =>
      values.length === 0 ? t('none') : values.map((value) => `${value.label || empty} (${value.items})`).join(', ');
    const labelled = (label: string, value: string) => `  ${t('labelled', { label, value })}`;
    const formatName = t(`format_${summary.format.replace(/[-.]/g, '_')}` as Parameters<typeof t>[0]);
    lines.push(t('summary'));
    lines.push(
      `  ${
        summary.itemsValid === 0
          ? t('formatLineNone', { format: formatName })
          : t.plural(summary.plain ? 'formatLine' : 'formatLineRelais', summary.itemsValid, { format: formatName })
      }`,
    );
    const feedLine = summary.organisation
      ? t('feedBy', { title: summary.title, organisation: summary.organisation })
      : t('feedTitle', { title: summary.title });
    lines.push(labelled(t('feed'), `${feedLine}${summary.plain ? ` — ${t('plainFeed')}` : ''}`));
    lines.push(
      labelled(
        t('items'),
        `${t.plural('itemsValid', summary.itemsValid)}, ${t.plural('itemsSkipped', summary.itemsSkipped)}`,
      ),
    );
    lines.push(labelled(t('channels'), counts(summary.channels)));
    lines.push(labelled(t('categories'), counts(summary.categories)));
    lines.push(labelled(t('languages'), counts(summary.languages)));
    lines.push(labelled(t('linkedinSelectors'), counts(summary.linkedinSelectors)));
    lines.push(labelled(t('linkedinPosts'), t.plural('linkedinPostItems', summary.linkedinPosts)));
    lines.push(
      labelled(
        t('rightNow', { date: formatDate(summary.at, locale, { dateStyle: 'medium', timeStyle: 'long' }) }),
        [
          t.plural('visible', summary.visibleNow),
          t.plural('expired', summary.expiredNow),
          t.plural('embargoed', summary.embargoedNow),
          t.plural('pinned', summary.pinned),
          t.plural('campaigns', summary.inCampaignNow),
        ].join(', '),
      ),
    );
    lines.push('');
  }

  const exitCode = exitCodeFor(report, options.strict ?? false);
  if (exitCode === 1) lines.push(report.fatal ? t('resultFatal') : t('resultNothingUsable'));
  else if (report.skipped.length > 0) lines.push(t('resultSkipped'));
  else if (exitCode === 2) lines.push(t('resultStrictWarnings'));
  else lines.push(report.warnings.length > 0 ? t('resultWarnings') : t('resultOk'));
  return lines.join('\n');
}

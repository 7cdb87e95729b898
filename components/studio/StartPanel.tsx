/** Start: a new feed, an existing Relais feed (file or address), or stories picked from the newsroom feed. */
import { type FormEvent, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { parseFeedText } from '@/lib/feed/parse';
import type { FeedItem } from '@/lib/feed/schema';
import { askBackground } from '@/lib/protocol/client';
import { items, newDocument, openFeedText, type StudioDocument } from '@/lib/studio/document';
import { importNewsroomEntries, newsroomEntryLabel } from '@/lib/studio/newsroom';
import { checkFeedUrl, hostPermissionFor } from '@/lib/sync/url-rules';
import { FilePicker } from '../controls/FilePicker';
import { useLocale, useT } from '../i18n/I18nProvider';
import { useStudio } from './use-studio';
import { messagesOf } from '@/lib/i18n/catalog';

type Notice = { kind: 'status' | 'alert'; text: string } | undefined;

/** Downloads through the background worker, after asking for the site (within the click, as browsers require). */
function useFetchByAddress(onNotice: (notice: Notice) => void) {
  const t = useT(messagesOf('studio'));
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const fetchText = (address: string, onText: (text: string) => void) => {
    const checked = checkFeedUrl(address, { locale });
    if (!checked.ok) {
      onNotice({ kind: 'alert', text: t('fetchFailed', { message: checked.error.message }) });
      return;
    }
    const permission = browser.permissions.request({ origins: [hostPermissionFor(checked.url)] });
    setBusy(true);
    onNotice({ kind: 'status', text: t('fetching') });
    void (async () => {
      try {
        if (!(await permission.catch(() => false))) {
          onNotice({ kind: 'alert', text: t('permissionDenied', { site: new URL(checked.url).host }) });
          return;
        }
        const { text } = await askBackground({ type: 'studio.fetchFeed', url: checked.url });
        onText(text);
      } catch (error) {
        onNotice({ kind: 'alert', text: t('fetchFailed', { message: (error as Error).message }) });
      } finally {
        setBusy(false);
      }
    })();
  };
  return { busy, fetchText };
}

export function StartPanel({ onOpened }: { onOpened(): void }) {
  const t = useT(messagesOf('studio'));
  const locale = useLocale();
  const { document, replace } = useStudio();
  const ids = { url: useId(), newsUrl: useId(), heading: useId() };
  const [notice, setNotice] = useState<Notice>();
  const [address, setAddress] = useState('');
  const [newsAddress, setNewsAddress] = useState('');
  const [entries, setEntries] = useState<FeedItem[] | undefined>();
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const opener = useFetchByAddress(setNotice);
  const newsroom = useFetchByAddress(setNotice);

  const open = (text: string, name: string) => {
    const opened = openFeedText(text);
    if (!opened.ok) {
      setNotice({ kind: 'alert', text: t(opened.reason === 'not-json' ? 'openNotJson' : 'openNotObject', { name }) });
      return;
    }
    replace(opened.document);
    const title = typeof opened.document.feed.title === 'string' ? opened.document.feed.title : name;
    setNotice({ kind: 'status', text: t.plural('opened', items(opened.document).length, { title }) });
    onOpened();
  };
  const readNewsroom = (text: string) => {
    const parsed = parseFeedText(text, { locale });
    if (!parsed.ok) {
      setNotice({
        kind: 'alert',
        text: t('newsroomFailed', { message: parsed.problems.map((problem) => problem.message).join(' ') }),
      });
      return;
    }
    setEntries(parsed.items);
    setPicked(new Set(parsed.items.map((_, index) => index)));
    setNotice(
      parsed.items.length === 0
        ? { kind: 'alert', text: t('newsroomEmpty') }
        : { kind: 'status', text: t.plural('itemCount', parsed.items.length) },
    );
  };
  const bringIn = () => {
    if (!entries) return;
    const chosen = entries.filter((_, index) => picked.has(index));
    replace(importNewsroomEntries(document, chosen) as StudioDocument);
    setEntries(undefined);
    setNotice({ kind: 'status', text: t.plural('newsroomImported', chosen.length) });
    onOpened();
  };
  const submitAddress = (event: FormEvent, value: string, use: (text: string) => void, fetcher = opener) => {
    event.preventDefault();
    fetcher.fetchText(value, use);
  };

  return (
    <section className="relais-studio-start" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t('startHeading')}</h2>
      <div aria-live="polite">
        {notice ? (
          <p
            role={notice.kind}
            className={`relais-notice ${notice.kind === 'alert' ? 'relais-notice--error' : 'relais-notice--success'}`}
          >
            {notice.text}
          </p>
        ) : null}
      </div>
      <div className="relais-studio-start__grid">
        <div className="relais-card">
          <h3>{t('startNewHeading')}</h3>
          <p className="relais-hint">{t('startNewIntro')}</p>
          <button
            type="button"
            className="relais-button relais-button--primary"
            onClick={() => {
              replace(newDocument(t('startNewTitle')));
              setNotice({ kind: 'status', text: t('startNewDone') });
              onOpened();
            }}
          >
            {t('startNew')}
          </button>
        </div>
        <div className="relais-card">
          <h3>{t('openFileHeading')}</h3>
          <FilePicker
            label={t('openFile')}
            accept=".json,application/json,application/feed+json"
            onFiles={([file]) => {
              if (file) void file.text().then((text) => open(text, file.name));
            }}
          />
          <form
            className="relais-studio-start__address"
            onSubmit={(event) => submitAddress(event, address, (text) => open(text, address))}
            noValidate
          >
            <AddressFields
              id={ids.url}
              label={t('openUrl')}
              placeholder={t('openUrlPlaceholder')}
              button={t('openUrlButton')}
              value={address}
              onChange={setAddress}
              busy={opener.busy}
            />
          </form>
        </div>
        <div className="relais-card">
          <h3>{t('newsroomHeading')}</h3>
          <p className="relais-hint">{t('newsroomIntro')}</p>
          <FilePicker
            label={t('newsroomFile')}
            accept=".xml,.rss,.atom,.json,application/rss+xml,application/atom+xml,application/json"
            onFiles={([file]) => {
              if (file) void file.text().then(readNewsroom);
            }}
          />
          <form
            className="relais-studio-start__address"
            onSubmit={(event) => submitAddress(event, newsAddress, readNewsroom, newsroom)}
            noValidate
          >
            <AddressFields
              id={ids.newsUrl}
              label={t('newsroomUrl')}
              placeholder={t('newsroomUrlPlaceholder')}
              button={t('newsroomUrlButton')}
              value={newsAddress}
              onChange={setNewsAddress}
              busy={newsroom.busy}
            />
          </form>
        </div>
      </div>
      {entries && entries.length > 0 ? (
        <fieldset className="relais-studio-pick">
          <legend>{t('newsroomPick')}</legend>
          <div className="relais-actions">
            <button
              type="button"
              className="relais-button relais-studio-small"
              onClick={() => setPicked(new Set(entries.map((_, index) => index)))}
            >
              {t('newsroomSelectAll')}
            </button>
            <button type="button" className="relais-button relais-studio-small" onClick={() => setPicked(new Set())}>
              {t('newsroomSelectNone')}
            </button>
          </div>
          {entries.map((entry, index) => (
            <label key={`${entry.id}-${index}`} className="relais-check">
              <input
                type="checkbox"
                checked={picked.has(index)}
                onChange={(event) => {
                  const next = new Set(picked);
                  if (event.target.checked) next.add(index);
                  else next.delete(index);
                  setPicked(next);
                }}
              />
              {newsroomEntryLabel(entry)}
            </label>
          ))}
          <button
            type="button"
            className="relais-button relais-button--primary"
            disabled={picked.size === 0}
            onClick={bringIn}
          >
            {t.plural('newsroomImport', picked.size)}
          </button>
        </fieldset>
      ) : null}
    </section>
  );
}

/** An address box and its button, inside the form that reads the address. */
function AddressFields(props: {
  id: string;
  label: string;
  placeholder: string;
  button: string;
  value: string;
  onChange(value: string): void;
  busy: boolean;
}) {
  return (
    <>
      <div className="relais-field">
        <label htmlFor={props.id}>{props.label}</label>
        <input
          id={props.id}
          type="url"
          inputMode="url"
          spellCheck={false}
          placeholder={props.placeholder}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      </div>
      <button type="submit" className="relais-button" disabled={props.busy}>
        {props.button}
      </button>
    </>
  );
}

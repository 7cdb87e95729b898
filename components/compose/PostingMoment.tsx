import { useId, useMemo, useState } from 'react';
import type { LibraryItem } from '@/lib/feed/library-item';
import { suggestPostingTime } from '@/lib/personalise';
import { systemTimeZone } from '@/lib/time/calendar';
import { formatMoment } from '@/lib/time/format-moment';
import { calendarEventIcs } from '@/lib/time/ics';
import { useLocale, useT } from '../i18n/I18nProvider';
import { messagesOf } from '@/lib/i18n/catalog';

const REMINDER_MINUTES = 15;

/** Hands a file to the browser's downloads: a local blob, nothing leaves the computer. */
function downloadFile(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

interface PostingMomentProps {
  item: Pick<LibraryItem, 'key' | 'campaign' | 'title' | 'url'>;
  seed: string;
  /** Injected by previews and tests; the sidebar uses the clock and the system zone. */
  now?: number;
  timeZone?: string;
}

/**
 * This install's suggested moment in the next few working days (inside the
 * campaign, in working hours), "Another moment" for the next one, and an
 * optional calendar file. A suggestion: nothing is scheduled or sent.
 */
export function PostingMoment({ item, seed, now: fixedNow, timeZone: fixedZone }: PostingMomentProps) {
  const t = useT(messagesOf('compose'));
  const locale = useLocale();
  const id = useId();
  const [attempt, setAttempt] = useState(0);
  const campaign = item.campaign;
  const moment = useMemo(() => {
    const now = fixedNow ?? Date.now();
    const timeZone = fixedZone ?? systemTimeZone();
    const time = suggestPostingTime({ campaign, seed, itemKey: item.key, timeZone, now, attempt });
    return time === null ? null : { time, label: formatMoment(time, now, locale, timeZone), now };
  }, [campaign, seed, item.key, locale, attempt, fixedNow, fixedZone]);
  if (moment === null) return null;

  const addToCalendar = () =>
    downloadFile(
      'relais-post.ics',
      'text/calendar;charset=utf-8',
      calendarEventIcs({
        uid: `${seed}.${attempt}.${item.key}@relais`,
        start: moment.time,
        durationMinutes: REMINDER_MINUTES,
        title: t('postingCalendarTitle', { title: item.title }),
        description: t('postingCalendarDescription', { title: item.title }),
        url: item.url,
        now: moment.now,
      }),
    );

  return (
    <section className="relais-compose-section relais-compose-posting" aria-label={t('postingHeading')}>
      <p aria-live="polite">
        <strong>{t('postingSuggested', { time: moment.label })}</strong>
      </p>
      <p className="relais-compose-hint">{t('postingWhy')}</p>
      <div className="relais-compose-actions">
        <button type="button" className="relais-button" onClick={() => setAttempt(attempt + 1)}>
          {t('postingAnother')}
        </button>
        <button type="button" className="relais-button" aria-describedby={`${id}-ics`} onClick={addToCalendar}>
          {t('postingCalendar')}
        </button>
      </div>
      <p id={`${id}-ics`} className="relais-compose-hint">
        {t('postingCalendarHint')}
      </p>
    </section>
  );
}

/**
 * Informative feed dates (JSON Feed `date_published`, RSS `pubDate`, Atom
 * `updated`) as RFC 3339 in UTC. A date without a time zone is read as UTC, not
 * in the employee's local time (which would order the library differently in
 * every office); the caller warns about it.
 */
export type ReadDate = { ok: true; iso: string; zoneMissing: boolean } | { ok: false };

/** ISO 8601 date-time without any zone designator. */
const ISO_WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
/** RFC 822 as in RSS, but ending on the time: no zone. */
const RFC822_WITHOUT_ZONE = /^(\w{3},\s*)?\d{1,2}\s+\w{3,}\s+\d{2,4}\s+\d{1,2}:\d{2}(:\d{2})?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function readFeedDate(raw: string): ReadDate {
  const value = raw.trim();
  if (value === '' || value.length > 64) return { ok: false };
  let zoneMissing = false;
  let candidate = value;
  if (ISO_WITHOUT_ZONE.test(value)) {
    candidate = `${value.replace(' ', 'T')}Z`;
    zoneMissing = true;
  } else if (RFC822_WITHOUT_ZONE.test(value)) {
    candidate = `${value} GMT`;
    zoneMissing = true;
  } else if (DATE_ONLY.test(value)) {
    // A day alone is already read as UTC midnight, as the standard says.
    candidate = `${value}T00:00:00Z`;
  }
  const time = Date.parse(candidate);
  if (Number.isNaN(time)) return { ok: false };
  return { ok: true, iso: new Date(time).toISOString(), zoneMissing };
}

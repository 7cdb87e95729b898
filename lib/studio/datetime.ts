/**
 * Between the browser's date-time picker (`<input type="datetime-local">`,
 * wall-clock time in the comms person's zone, no offset) and the feed's
 * RFC 3339 dates (seconds and an offset, so every employee sees an embargo
 * lift at the same instant). The offset written is the one the zone has at
 * that date, so a date in summer gets +02:00 in Paris and one in winter +01:00.
 */

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2027-03-01T09:00" or "2027-03-01T09:00:30" in this machine's zone → "2027-03-01T09:00:00+01:00". */
export function localInputToRfc3339(input: string): string | undefined {
  const match = LOCAL_INPUT.exec(input.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  const date = new Date(year!, month! - 1, day!, hour!, minute!, second!);
  if (Number.isNaN(date.getTime())) return undefined;
  return formatWithOffset(date);
}

/** An instant written in this machine's zone, with seconds and the zone's offset at that instant. */
export function formatWithOffset(date: Date): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const offset = `${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${offset}`
  );
}

/** A feed date → the picker's value in this machine's zone ("" when it is not a date). */
export function rfc3339ToLocalInput(value: string | undefined): string {
  if (value === undefined) return '';
  const time = Date.parse(value);
  if (Number.isNaN(time)) return '';
  const date = new Date(time);
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

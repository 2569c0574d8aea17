// Dates are shown in UTC: the server's periods, trial ends and quotas are counted in UTC
// days, so a period ending on 1 Dec must not read as 30 Nov in a browser west of Greenwich.
// en-GB puts the day first ("1 Dec 2026"), which no reader mistakes for month/day.
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

const dayMonthFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
  timeZoneName: "short",
});

/** "1 Dec 2026" for an ISO date or date-time string (as the API sends) or a Date. */
export function formatDate(value: string | Date): string {
  return dateFormat.format(new Date(value));
}

/** "1 Dec" for a date close enough that the year goes without saying, e.g. when a quota resets. */
export function formatDayMonth(value: string | Date): string {
  return dayMonthFormat.format(new Date(value));
}

/** "1 Dec 2026, 14:05 UTC" for an ISO date-time string (as the API sends) or a Date. */
export function formatDateTime(value: string | Date): string {
  return dateTimeFormat.format(new Date(value));
}

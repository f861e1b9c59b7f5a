// Words for counts and dates, shared by pages, CSV and the checker so they never drift apart.

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

// Made once: a DateTimeFormat costs far more to make than to use, and pages write dates thousands of times a build.
const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2012-12" → "December 2012", "2012-12-05" → "5 December 2012", "2012" → "2012": dates as people write them. */
export function writtenDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1)));
  return (d ? DAY_MONTH_YEAR : MONTH_YEAR).format(date);
}

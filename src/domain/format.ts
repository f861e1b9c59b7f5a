// Words for counts and dates, shared by pages, CSV and the checker so they never drift apart.

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2012-12" → "December 2012", "2012-12-05" → "5 December 2012", "2012" → "2012": dates as people write them. */
export function writtenDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1)));
  const options: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC', ...(d && { day: 'numeric' }) };
  return new Intl.DateTimeFormat('en-GB', options).format(date);
}

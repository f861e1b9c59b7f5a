// WHY: html-validate takes any datetime attribute; the Nu HTML Checker (which needs Java) checks the WHATWG microsyntaxes, and so does this.
// https://html.spec.whatwg.org/multipage/text-level-semantics.html#datetime-value and #attr-mod-datetime

const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number | undefined, month: number) =>
  [31, year === undefined || leap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;

const YEAR = '(\\d{4,})';
const monthOk = (y: string, m: string) => Number(y) > 0 && Number(m) >= 1 && Number(m) <= 12;
const dateOk = (y: string, m: string, d: string) => monthOk(y, m) && Number(d) >= 1 && Number(d) <= daysIn(Number(y), Number(m));
const timeOk = (h: string, m: string, s = '0') => Number(h) <= 23 && Number(m) <= 59 && Number(s) <= 59;

const MONTH = new RegExp(`^${YEAR}-(\\d\\d)$`);
const DATE = new RegExp(`^${YEAR}-(\\d\\d)-(\\d\\d)$`);
const YEARLESS = /^(?:--)?(\d\d)-(\d\d)$/;
const TIME = /^(\d\d):(\d\d)(?::(\d\d)(?:\.\d{1,3})?)?$/;
const ZONE = /^(?:Z|[+-](\d\d):?(\d\d))$/;
const WEEK = new RegExp(`^${YEAR}-W(\\d\\d)$`);
const YEAR_ONLY = /^\d{4,}$/;
const ISO_DURATION = /^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,3})?S)?)?$/;
/** One component of "4h 18m 3s": digits, a fraction only on seconds, a unit; white space around. */
const DURATION_PART = /\s*\d+(?:(?:\.\d{1,3})?\s*(S)|\s*([WDHM]))\s*/giy;

const isMonth = (v: string) => !!MONTH.exec(v) && monthOk(...(MONTH.exec(v)!.slice(1, 3) as [string, string]));
const isDate = (v: string) => !!DATE.exec(v) && dateOk(...(DATE.exec(v)!.slice(1, 4) as [string, string, string]));
const isYearless = (v: string) => {
  const m = YEARLESS.exec(v);
  return !!m && Number(m[1]) >= 1 && Number(m[1]) <= 12 && Number(m[2]) >= 1 && Number(m[2]) <= daysIn(undefined, Number(m[1]));
};
const isTime = (v: string) => {
  const m = TIME.exec(v);
  return !!m && timeOk(m[1]!, m[2]!, m[3]);
};
const isZone = (v: string) => {
  const m = ZONE.exec(v);
  return !!m && (v === 'Z' || (Number(m[1]) <= 23 && Number(m[2]) <= 59));
};
/** A date, "T" or a space, and a time: the local date and time string. */
const isLocal = (v: string) => {
  const m = /^([^T ]+)[T ](.+)$/.exec(v);
  return !!m && isDate(m[1]!) && isTime(m[2]!);
};
const isGlobal = (v: string) => {
  const m = /^(.+?)(Z|[+-]\d\d:?\d\d)$/.exec(v);
  return !!m && isLocal(m[1]!) && isZone(m[2]!);
};
const isWeek = (v: string) => {
  const m = WEEK.exec(v);
  if (!m || Number(m[1]) <= 0) return false;
  const year = Number(m[1]);
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const weeks = jan1 === 4 || (jan1 === 3 && leap(year)) ? 53 : 52;
  return Number(m[2]) >= 1 && Number(m[2]) <= weeks;
};
const isYear = (v: string) => YEAR_ONLY.test(v) && /[1-9]/.test(v);
/** "P2DT3H" or "2d 3h 30m": each unit at most once. */
const isDuration = (v: string) => {
  if (ISO_DURATION.test(v)) return v !== 'P' && !v.endsWith('T');
  const units: string[] = [];
  DURATION_PART.lastIndex = 0;
  for (let m = DURATION_PART.exec(v); m; m = DURATION_PART.exec(v)) {
    units.push((m[1] ?? m[2]!).toUpperCase());
    if (DURATION_PART.lastIndex === v.length) return new Set(units).size === units.length;
  }
  return false;
};

/** A valid value of <time datetime>: a month, date, yearless date, time, local or global date and time, zone, week, year or duration. */
export function isTimeDatetime(value: string): boolean {
  return [isMonth, isDate, isYearless, isTime, isLocal, isZone, isGlobal, isWeek, isYear, isDuration].some((ok) => ok(value));
}

/** A valid value of <ins datetime> and <del datetime>: a date, or a global date and time. */
export function isEditDatetime(value: string): boolean {
  return isDate(value) || isGlobal(value);
}

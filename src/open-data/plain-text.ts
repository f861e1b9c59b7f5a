// One rule for text leaving the site in a file: characters XML 1.0 forbids (most control characters, lone surrogates,
// U+FFFE/U+FFFF) are dropped, so a stray one in content cannot corrupt a spreadsheet, a feed or a CSV.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function plainText(value: string): string {
  return value.replace(NOT_XML_CHAR, '');
}

/** Every string inside a JSON-like value, cleaned with plainText. */
export function plainDeep<T>(value: T): T {
  if (typeof value === 'string') return plainText(value) as T;
  if (Array.isArray(value)) return value.map(plainDeep) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainDeep(v)])) as T;
  return value;
}

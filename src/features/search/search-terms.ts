// WHY: what site search does with a term, kept pure so it is unit-tested: London's 33 local authorities are recognised, so a real
// name never leads to an anonymised borough, and a page counts as found only if it holds every word searched for.
export const LONDON_AUTHORITIES = [
  'Barking and Dagenham', 'Barnet', 'Bexley', 'Brent', 'Bromley', 'Camden', 'City of London', 'Croydon', 'Ealing', 'Enfield',
  'Greenwich', 'Hackney', 'Hammersmith and Fulham', 'Haringey', 'Harrow', 'Havering', 'Hillingdon', 'Hounslow', 'Islington',
  'Kensington and Chelsea', 'Kingston upon Thames', 'Lambeth', 'Lewisham', 'Merton', 'Newham', 'Redbridge', 'Richmond upon Thames',
  'Southwark', 'Sutton', 'Tower Hamlets', 'Waltham Forest', 'Wandsworth', 'Westminster',
] as const;

/** Lower case, no accents, "&" as "and", words separated by single spaces. */
export const fold = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim();

/** The words or phrases that name each authority on their own ("Kensington", "Chelsea", "Tower Hamlets"); "London" alone names none. */
export function authorityKeys(names: readonly string[] = LONDON_AUTHORITIES): string[] {
  return names.flatMap((n) => (n === 'City of London' ? [fold(n)] : fold(n).replace(/ upon thames$/, '').split(' and ')));
}

/** The authority phrases a search term contains, and the term with them taken out. */
export function findAuthorities(term: string, keys: readonly string[]): { found: string[]; rest: string } {
  let rest = ` ${fold(term)} `;
  const found: string[] = [];
  // Longest first, so "city of london" is taken whole before anything shorter.
  for (const key of [...keys].sort((a, b) => b.length - a.length)) {
    if (rest.includes(` ${key} `)) {
      found.push(key);
      rest = rest.split(` ${key} `).join(' ');
    }
  }
  rest = rest.replace(/\b(london )?(borough|council|royal|of|upon|thames|lb|rb|and)\b/g, ' ').replace(/\s+/g, ' ').trim();
  return { found, rest: found.length ? rest : term };
}

/** True when every searched word begins a word of the text: Pagefind alone falls back to ever shorter prefixes ("Hackney" to "H"). */
export function containsAll(text: string, term: string): boolean {
  const words = ` ${fold(text)}`;
  return fold(term).split(' ').every((w) => words.includes(` ${w}`));
}

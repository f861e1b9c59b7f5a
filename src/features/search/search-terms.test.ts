// What search does with a term: London's real names are recognised and taken out; a page is found only if it holds every word.
import { describe, expect, test } from 'vitest';
import { authorityKeys, containsAll, findAuthorities, LONDON_AUTHORITIES } from './search-terms.ts';

const keys = authorityKeys();

describe('findAuthorities', () => {
  test('finds every one of the 33 names, whole, in any case', () => {
    expect(LONDON_AUTHORITIES).toHaveLength(33);
    for (const name of LONDON_AUTHORITIES) {
      expect(findAuthorities(name, keys).found, name).not.toEqual([]);
      expect(findAuthorities(name.toUpperCase(), keys).rest, name).toBe('');
    }
  });
  test('finds a part that names an authority on its own, and the usual wrappers', () => {
    expect(findAuthorities('Royal Borough of Kensington & Chelsea', keys)).toEqual({ found: ['kensington', 'chelsea'], rest: '' });
    expect(findAuthorities('Richmond', keys).found).toEqual(['richmond']);
    expect(findAuthorities('London Borough of Tower Hamlets council', keys).rest).toBe('');
  });
  test('keeps the other words of the search', () => {
    expect(findAuthorities('Hackney data sharing', keys)).toEqual({ found: ['hackney'], rest: 'data sharing' });
  });
  test('leaves "London", a place outside London, and a word that merely starts like a name alone', () => {
    for (const term of ['London', 'Sheffield', 'Brentwood', 'partnership', 'city']) expect(findAuthorities(term, keys)).toEqual({ found: [], rest: term });
  });
  test('with real names published, only the others are caught', () => {
    const some = authorityKeys(LONDON_AUTHORITIES.filter((n) => n !== 'Hackney'));
    expect(findAuthorities('Hackney', some).found).toEqual([]);
  });
});

describe('containsAll', () => {
  test('every searched word must begin a word of the text', () => {
    expect(containsAll('Borough H: Medium. Data sharing', 'data shar')).toBe(true);
    expect(containsAll('Borough H: Medium', 'Hackney')).toBe(false);
    expect(containsAll('Each cell gives one x per borough', 'xyzzy')).toBe(false);
    expect(containsAll('Café partnerships', 'cafe partner')).toBe(true);
  });
});

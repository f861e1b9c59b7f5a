// WHY: the site's sections, in one list: the main menu, the search page without JavaScript and the 404 page all offer them.
export interface Section {
  label: string;
  /** Path below the base, ending in "/". */
  path: string;
}

export const SECTIONS: readonly Section[] = [
  { label: 'Grid', path: 'grid/' },
  { label: 'Boroughs', path: 'boroughs/' },
  { label: 'Compare', path: 'compare/' },
  { label: 'Dimensions', path: 'dimensions/' },
  { label: 'Case studies', path: 'case-studies/' },
  { label: 'Models', path: 'models/' },
  { label: 'Research', path: 'research/' },
  { label: 'History', path: 'history/' },
  { label: 'Plans', path: 'plans/' },
  { label: 'Rounds', path: 'rounds/' },
  { label: 'Self-assessment', path: 'self-assessment/' },
  { label: 'Board papers', path: 'board-papers/' },
  { label: 'Glossary', path: 'glossary/' },
  { label: 'Data', path: 'data/' },
  { label: 'Search', path: 'search/' },
];

// A tab shows some 70 characters, and html-validate's long-title counts the title as written in the HTML, entities and
// all: the one limit both layouts keep, each in its own way.
const TAB_LIMIT = 70;
const writtenLength = (title: string) => title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').length;

/** A site page's title: "Page – Site", or the page's alone where the site's name would pass the limit. */
export function siteTabTitle(title: string, siteTitle: string): string {
  const suffixed = `${title} – ${siteTitle}`;
  return title === siteTitle || writtenLength(suffixed) > TAB_LIMIT ? title : suffixed;
}

/** An embed's title: cut at a word, with "…", until it fits. */
export function cutTabTitle(title: string): string {
  let cut = title;
  while (writtenLength(cut) > TAB_LIMIT) cut = `${cut.replace(/…$/, '').replace(/\s+\S*$/, '')}…`;
  return cut;
}

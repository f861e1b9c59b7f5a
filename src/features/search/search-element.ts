// WHY: <site-search> runs Pagefind's own API and lists only pages that contain every word searched for: Pagefind's
// fallback to shorter prefixes would otherwise turn "Hackney" into "H" (Borough H) and nonsense into a match.
// A real London authority's name is taken out of the search, with a notice that real names are not used.
import { containsAll, findAuthorities } from './search-terms.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: { title?: string };
}
interface Pagefind {
  search: (term: string) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] }>;
}

const MAX = 20;

class SiteSearch extends HTMLElement {
  private pagefind?: Promise<Pagefind>;
  private latest = 0;
  private timer = 0;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    // Once this element is defined, CSS (site-search:defined) shows the form in place of the no-JS sections.
    if (!form || !input) return;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run(input.value, true);
    });
    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.run(input.value, true), 250);
    });
    const term = new URLSearchParams(location.search).get('q');
    if (term) {
      input.value = term;
      void this.run(term, false);
    }
  }

  private load(): Promise<Pagefind> {
    const url = `${this.dataset.bundle ?? '/pagefind/'}pagefind.js`;
    this.pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
    return this.pagefind;
  }

  async run(raw: string, record: boolean): Promise<void> {
    const run = ++this.latest;
    const keys = (this.dataset.authorities ?? '').split('|').filter(Boolean);
    const { found, rest } = findAuthorities(raw, keys);
    const term = rest.trim();
    const notice = this.querySelector<HTMLElement>('#search-anonymised');
    if (notice) notice.hidden = found.length === 0;
    const restNote = this.querySelector('#search-anonymised-rest');
    if (restNote) restNote.textContent = found.length && term ? `Results for “${term}” are below.` : '';
    if (record) {
      const url = new URL(location.href);
      if (raw.trim()) url.searchParams.set('q', raw.trim());
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
    }
    const status = this.querySelector('#search-status')!;
    const list = this.querySelector('#search-results')!;
    if (!term) {
      list.replaceChildren();
      status.textContent = found.length ? 'No results: real borough names are not used.' : '';
      return;
    }
    const pagefind = await this.load();
    const { results } = await pagefind.search(term);
    const pages = (await Promise.all(results.slice(0, 60).map((r) => r.data()))).filter((d) => containsAll(`${d.meta.title ?? ''} ${d.content}`, term));
    if (run !== this.latest) return;
    list.replaceChildren(...pages.slice(0, MAX).map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      const p = document.createElement('p');
      // Pagefind's excerpt: the page's own text, escaped, with <mark> around the words found. Pagefind runs a level's
      // name into the block after it ("LowWeak partnership"); a colon puts the sentence back.
      p.innerHTML = d.excerpt.replace(/\b(Low|Medium|High|Not mentioned)(?=(?:<mark>)?[A-Z][a-z])/g, '$1: ');
      li.append(a, p);
      return li;
    }));
    status.textContent = pages.length === 0 ? `No results for “${term}”.` : `${pages.length > MAX ? `First ${MAX} of ${pages.length}` : pages.length} result${pages.length === 1 ? '' : 's'} for “${term}”.`;
  }
}

customElements.define('site-search', SiteSearch);

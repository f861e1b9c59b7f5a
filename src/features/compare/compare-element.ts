// <atlas-compare>: lets a reader tick up to three boroughs, builds their columns from /compare/levels.json with the same
// word functions as the page, and keeps the choice in ?with=…. Without it the page shows its three default columns.
import { gapWords, parseWith, summaryWords } from './compare-words.ts';
import { LEVEL_LABEL } from '../../domain/levels.ts';
import type { Level } from '../../domain/levels.ts';

interface Entry { slug: string; name: string; round: string; depth: number; levels: Level[] }
interface Levels { dimensions: string[]; boroughs: Entry[] }
const MAX = 3;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

class AtlasCompare extends HTMLElement {
  private boxes: HTMLInputElement[] = [];
  private data: Levels | undefined;

  async connectedCallback(): Promise<void> {
    const picker = this.querySelector('fieldset');
    if (!picker || !this.dataset.levels) return;
    // The picker takes the static note's place at once, so the page does not change under a reader once it has loaded.
    const note = this.querySelector<HTMLElement>('.compare-static-note')!;
    picker.hidden = false;
    note.hidden = true;
    try {
      this.data = (await (await fetch(this.dataset.levels)).json()) as Levels;
    } catch {
      picker.hidden = true; // the page stays as it is without the picker
      note.hidden = false;
      return;
    }
    const chosen = this.dataset.chosen ?? '';
    const options = picker.querySelector('.compare-options')!;
    // Only boroughs of the chosen one's round: research and self-assessments are never put side by side.
    for (const b of this.data.boroughs) {
      if (b.slug === chosen || b.round !== this.dataset.round) continue;
      const box = el('input', '', { type: 'checkbox', name: 'with', value: b.slug, 'data-name': b.name, 'aria-describedby': 'compare-hint' });
      const words = el('span', `${b.name} `);
      words.append(el('span', `(depth ${b.depth})`, { class: 'compare-depth' }));
      const label = el('label', '', { class: 'compare-option' });
      label.append(box, words);
      options.append(label);
      this.boxes.push(box);
    }
    const param = new URL(location.href).searchParams.get('with');
    const picked = param === null ? (this.dataset.default ?? '').split(',') : parseWith(param, this.boxes.map((b) => b.value), chosen);
    for (const box of this.boxes) box.checked = picked.includes(box.value);
    picker.addEventListener('change', () => this.show(true));
    this.show(false);
  }

  /** Adds a borough's header, cells and sentence once, in the words the page itself uses. */
  private column(slug: string): void {
    if (this.querySelector(`th[data-col="${CSS.escape(slug)}"]`)) return;
    const data = this.data!;
    const other = data.boroughs.find((b) => b.slug === slug)!;
    const name = data.boroughs.find((b) => b.slug === this.dataset.chosen)?.name ?? '';
    this.querySelector('.compare-table thead tr')!.append(el('th', other.name, { scope: 'col', 'data-col': slug }));
    const pairs: { mine: Level; theirs: Level }[] = [];
    for (const row of this.querySelectorAll<HTMLTableRowElement>('.compare-table tr[data-dim]')) {
      const mine = row.dataset.level as Level;
      const theirs = other.levels[data.dimensions.indexOf(row.dataset.dim!)]!;
      pairs.push({ mine, theirs });
      const cell = el('td', LEVEL_LABEL[theirs], { 'data-col': slug });
      const gap = gapWords(mine, theirs);
      if (gap) cell.append(el('span', `, ${gap}`, { class: 'compare-words' }));
      row.append(cell);
    }
    this.querySelector('.compare-summary')!.append(el('li', summaryWords(name, other.name, pairs), { 'data-col': slug }));
  }

  /** Keeps columns and sentences in the site's order of boroughs, whichever was ticked first. */
  private order(): void {
    const rank = new Map(this.data!.boroughs.map((b, i) => [b.slug, i]));
    for (const parent of this.querySelectorAll('.compare-table thead tr, .compare-table tr[data-dim], .compare-summary')) {
      const cols = [...parent.children].filter((c): c is HTMLElement => c instanceof HTMLElement && c.dataset.col !== undefined);
      cols.sort((a, b) => rank.get(a.dataset.col!)! - rank.get(b.dataset.col!)!).forEach((c) => parent.append(c));
    }
  }

  show(remember: boolean): void {
    const picked = this.boxes.filter((b) => b.checked);
    for (const box of this.boxes) box.disabled = !box.checked && picked.length >= MAX;
    const slugs = picked.map((b) => b.value);
    slugs.forEach((slug) => this.column(slug));
    this.order();
    for (const node of this.querySelectorAll<HTMLElement>('[data-col]')) node.hidden = !slugs.includes(node.dataset.col!);
    const names = picked.map((b) => b.dataset.name);
    this.querySelector('.compare-status')!.textContent = `Showing ${this.dataset.beside ?? 'London'}${names.map((n) => `, ${n}`).join('')}.${picked.length >= MAX ? ' Untick one to choose another.' : ''}`;
    if (remember) {
      const url = new URL(location.href);
      url.searchParams.set('with', slugs.join(','));
      history.replaceState(null, '', url);
    }
  }
}

customElements.define('atlas-compare', AtlasCompare);

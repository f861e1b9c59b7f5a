// <atlas-compare>: shows the columns of the boroughs a reader ticks (up to three) and keeps the choice in ?with=…
import { parseWith } from '../../lib/compare.ts';

const MAX = 3;

class AtlasCompare extends HTMLElement {
  private boxes: HTMLInputElement[] = [];

  connectedCallback(): void {
    const picker = this.querySelector('fieldset');
    if (!picker) return;
    this.boxes = [...picker.querySelectorAll<HTMLInputElement>('input[name=with]')];
    const param = new URL(location.href).searchParams.get('with');
    const picked = param === null ? (this.dataset.default ?? '').split(',') : parseWith(param, this.boxes.map((b) => b.value), this.dataset.chosen ?? '');
    for (const box of this.boxes) box.checked = picked.includes(box.value);
    picker.hidden = false;
    this.querySelector<HTMLElement>('.compare-static-note')!.hidden = true;
    picker.addEventListener('change', () => this.show(true));
    this.show(false);
  }

  show(remember: boolean): void {
    const picked = this.boxes.filter((b) => b.checked);
    for (const box of this.boxes) box.disabled = !box.checked && picked.length >= MAX;
    const slugs = picked.map((b) => b.value);
    for (const el of this.querySelectorAll<HTMLElement>('[data-col]')) el.hidden = !slugs.includes(el.dataset.col!);
    const names = picked.map((b) => b.dataset.name);
    this.querySelector('.compare-status')!.textContent = `Showing London${names.map((n) => `, ${n}`).join('')}.${picked.length >= MAX ? ' Untick one to choose another.' : ''}`;
    if (remember) {
      const url = new URL(location.href);
      url.searchParams.set('with', slugs.join(','));
      history.replaceState(null, '', url);
    }
  }
}

customElements.define('atlas-compare', AtlasCompare);

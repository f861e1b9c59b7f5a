// <heatmap-grid>: applies row orders computed at build time and a strand filter, kept in the URL; the browser needs no d3.
// Showing one strand also narrows the sorts on offer, the depth score and the caption to that strand.
const VIEWS = ['both', 'organisation', 'activity'];
/** The sort a header button toggles to, from the sort now shown. */
const TOGGLE: Record<string, Record<string, string>> = {
  'hm-borough': { name: 'name-desc' },
  'hm-depth': { depth: 'depth-asc' },
};
const FIRST: Record<string, string> = { 'hm-borough': 'name', 'hm-depth': 'depth' };

class HeatmapGrid extends HTMLElement {
  private select!: HTMLSelectElement;
  private buttons: HTMLButtonElement[] = [];
  private rows: HTMLTableRowElement[] = [];
  private status: HTMLElement | null = null;
  private lit: Element[] = [];

  connectedCallback(): void {
    const controls = this.querySelector<HTMLElement>('.heatmap-controls');
    const select = this.querySelector<HTMLSelectElement>('#hm-sort');
    const body = this.querySelector('tbody');
    if (!controls || !select || !body) return;
    this.select = select;
    this.buttons = [...controls.querySelectorAll<HTMLButtonElement>('button[value]')];
    this.status = controls.querySelector('[role="status"]');
    // Rows arrive in name order; data-i is each row's place in it, which the build-time orders refer to.
    this.rows = [...body.rows].sort((a, b) => Number(a.dataset.i) - Number(b.dataset.i));

    // The Borough and Depth headings become buttons that sort one way, then the other.
    for (const id of Object.keys(FIRST)) {
      const th = this.querySelector<HTMLTableCellElement>(`#${id}`);
      if (!th) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const next = TOGGLE[id]![this.select.value] ?? FIRST[id]!;
        this.show(next, this.dataset.strand ?? null, true);
      });
    }

    const params = new URLSearchParams(location.search);
    this.show(params.get('sort'), params.get('strand'), false);
    controls.hidden = false;

    select.addEventListener('change', () => this.show(select.value, this.dataset.strand ?? null, true));
    for (const b of this.buttons) b.addEventListener('click', () => this.show(select.value, b.value, true));

    const table = this.querySelector('table')!;
    table.addEventListener('focusin', (e) => this.light(e.target as Element));
    table.addEventListener('focusout', () => this.light(null));
    table.addEventListener('pointerover', (e) => this.light(e.target as Element));
    table.addEventListener('pointerleave', () => this.light(null));
  }

  /** Shows rows in the chosen order and the chosen strand; unknown values, or a sort from a hidden strand, fall back to the defaults. */
  show(sort: string | null, strand: string | null, record: boolean): void {
    const view = strand && VIEWS.includes(strand) ? strand : 'both';
    const offered = (o: HTMLOptionElement) => view === 'both' || !o.dataset.strand || o.dataset.strand === view;
    for (const group of this.select.querySelectorAll('optgroup')) {
      const on = view === 'both' || group.dataset.strand === view;
      group.hidden = !on;
      group.disabled = !on;
    }
    const option = [...this.select.options].find((o) => o.value === sort && offered(o)) ?? this.select.options[0]!;
    this.select.value = option.value;
    const order = option.dataset[`order${view[0]!.toUpperCase()}${view.slice(1)}`] ?? option.dataset.order ?? '';
    const body = this.rows[0]?.parentElement;
    body?.append(...order.split(' ').map((i) => this.rows[Number(i)]!).filter(Boolean));

    for (const th of this.querySelectorAll('th[aria-sort]')) th.removeAttribute('aria-sort');
    this.querySelector(`#${option.dataset.head}`)?.setAttribute('aria-sort', option.dataset.direction ?? 'ascending');

    // The depth score, its maximum, the caption and the note count only what is shown.
    this.dataset.strand = view;
    for (const el of this.querySelectorAll<HTMLElement>(`[data-depth-${view}]`)) el.textContent = el.getAttribute(`data-depth-${view}`);
    for (const key of ['caption', 'max', 'note']) {
      for (const el of this.querySelectorAll<HTMLElement>(`[data-${key}-${view}]`)) el.textContent = el.getAttribute(`data-${key}-${view}`);
    }
    for (const b of this.buttons) b.setAttribute('aria-pressed', String(b.value === view));
    const pressed = this.buttons.find((b) => b.value === view);
    if (this.status) this.status.textContent = `Sorted by ${option.dataset.says}. Showing ${pressed?.textContent?.trim().toLowerCase() ?? 'both strands'}.`;

    if (!record) return;
    const url = new URL(location.href);
    url.searchParams.delete('sort');
    url.searchParams.delete('strand');
    if (option !== this.select.options[0]) url.searchParams.set('sort', option.value);
    if (view !== 'both') url.searchParams.set('strand', view);
    history.replaceState(history.state, '', url);
  }

  /** Highlights the row and the column of a cell or header under focus or the pointer. */
  light(target: Element | null): void {
    for (const el of this.lit) el.classList.remove('is-lit');
    this.lit = [];
    const cell = target?.closest('td, th');
    const row = cell?.parentElement as HTMLTableRowElement | undefined;
    if (!cell || !row || cell.getAttribute('scope') === 'colgroup') return;
    const index = (cell as HTMLTableCellElement).cellIndex;
    const inBody = row.parentElement?.tagName === 'TBODY';
    if (inBody) this.lit.push(...row.cells);
    if (index > 0) {
      // Column positions match between the dimension header row and every body row (no spans there).
      const header = this.querySelector<HTMLTableRowElement>('thead tr.column-row');
      for (const r of [header, ...this.rows]) if (r?.cells[index]) this.lit.push(r.cells[index]!);
    }
    for (const el of this.lit) el.classList.add('is-lit');
  }
}

customElements.define('heatmap-grid', HeatmapGrid);

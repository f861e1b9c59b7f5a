// <sortable-table>: turns headers marked data-sort into buttons that sort the body rows. Without JS the table is in name order.
class SortableTable extends HTMLElement {
  connectedCallback(): void {
    const table = this.querySelector('table');
    if (!table) return;
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
    for (const th of headers) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => this.sort(table, th, headers));
    }
  }

  sort(table: HTMLTableElement, th: HTMLTableCellElement, headers: HTMLTableCellElement[]): void {
    const index = [...th.parentElement!.children].indexOf(th);
    const numeric = th.dataset.sort === 'number';
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    for (const h of headers) h.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const body = table.tBodies[0]!;
    const key = (row: HTMLTableRowElement) => row.cells[index]?.textContent?.trim() ?? '';
    const rows = [...body.rows].sort((a, b) => {
      const d = numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b), 'en-GB', { numeric: true });
      return ascending ? d : -d;
    });
    body.append(...rows);
  }
}
customElements.define('sortable-table', SortableTable);

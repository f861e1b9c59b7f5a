// WHY: swaps the plain search form for Pagefind's UI once its script has loaded, and runs the search the form asked for (?q=).
interface PagefindUIInstance {
  triggerSearch: (term: string) => void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

function start(): void {
  const PagefindUI = (window as unknown as { PagefindUI?: PagefindUIConstructor }).PagefindUI;
  const form = document.getElementById('search-form');
  const mount = document.getElementById('search-ui');
  const notice = document.getElementById('search-needs-js');
  if (!PagefindUI || !form || !mount) return;
  const ui = new PagefindUI({
    element: '#search-ui',
    bundlePath: mount.dataset.bundle,
    showImages: false,
    showSubResults: true,
    autofocus: false,
    translations: { placeholder: 'Search the site' },
  });
  // Pagefind's box has only a placeholder; give it the form's visible label, so it is named like any other field.
  const input = mount.querySelector<HTMLInputElement>('input');
  const label = form.querySelector('label');
  if (input && label) {
    input.id = 'search-input';
    label.htmlFor = input.id;
    label.className = 'search-ui-label';
    mount.before(label);
  }
  form.hidden = true;
  notice?.setAttribute('hidden', '');
  mount.hidden = false;
  const term = new URLSearchParams(window.location.search).get('q');
  if (term) ui.triggerSearch(term);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();

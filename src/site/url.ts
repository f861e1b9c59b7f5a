// Every internal link goes through here so the site works under any base path (e.g. GitHub Pages).
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export function href(path: string): string {
  return base + path.replace(/^\//, '');
}

// Reads schema.org microdata as a search engine does (WHATWG microdata: itemscope, itemtype, itemprop), so tests see the record a catalogue sees.
import type { CheerioAPI } from 'cheerio';

export interface Item {
  type: string | undefined;
  properties: Record<string, (string | Item)[]>;
}

/** Every top-level item on a page, with relative URLs resolved against `base`. */
export function microdata($: CheerioAPI, base: string): Item[] {
  const read = (scope: any): Item => {
    const properties: Record<string, (string | Item)[]> = {};
    $(scope)
      .find('[itemprop]')
      .filter((_, el) => $(el).parent().closest('[itemscope]').get(0) === scope)
      .each((_, el) => {
        const $el = $(el);
        const tag = (el as unknown as { tagName: string }).tagName.toLowerCase();
        const url = (v: string | undefined) => (v === undefined ? '' : new URL(v, base).href);
        const value: string | Item =
          $el.attr('itemscope') !== undefined ? read(el)
          : tag === 'meta' ? ($el.attr('content') ?? '')
          : tag === 'a' || tag === 'link' ? url($el.attr('href'))
          : tag === 'time' ? ($el.attr('datetime') ?? $el.text())
          : $el.text().replace(/\s+/g, ' ').trim();
        for (const name of ($el.attr('itemprop') ?? '').split(/\s+/).filter(Boolean)) (properties[name] ??= []).push(value);
      });
    return { type: $(scope).attr('itemtype'), properties };
  };
  return $('[itemscope]')
    .filter((_, el) => $(el).attr('itemprop') === undefined)
    .map((_, el) => read(el))
    .get();
}

// WHY: the embed code a host pastes: an iframe of /embed/<id>/, and the site's resize script (@iframe-resizer/parent),
// which keeps the frame as tall as its content; without the script the iframe still shows at its starting height.
import type { Figure } from './figure-registry.ts';

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The iframe starts tall enough for the picture plus its words, so it reads well even before it is resized. */
export function embedCode(figure: Pick<Figure, 'id' | 'title'>, src: string, script: string, pictureHeight: number): string {
  const height = Math.ceil(pictureHeight + 260);
  return `<iframe src="${attr(src)}" title="${attr(figure.title)}" data-atlas-embed width="100%" height="${height}" loading="lazy" style="border:0;width:100%"></iframe>\n<script src="${attr(script)}" async></script>`;
}

/** The parent side's start-up, appended to @iframe-resizer/parent's browser build in /embed/resize.js. */
export const PARENT_START = "\n;iframeResize({ license: 'GPLv3', waitForLoad: true }, 'iframe[data-atlas-embed]');\n";

// Astro reads the site settings from data/site.yaml; ATLAS_* variables override them per deployment.
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { remarkBoardPaperNumbers } from './src/content/board-paper-numbers.ts';

const settings = parse(readFileSync(new URL(`${process.env.ATLAS_ROOT ?? '.'}/data/site.yaml`, import.meta.url), 'utf8'));

export default defineConfig({
  site: process.env.ATLAS_SITE ?? 'https://london-ypes.github.io',
  base: process.env.ATLAS_BASE ?? settings.base,
  outDir: process.env.ATLAS_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No syntax highlighting: Shiki writes inline styles, which the site's CSP (style-src 'self') refuses.
  // Plain .md keeps Astro's default (fast) Markdown processor; only MDX runs remark, for the board-paper numbering.
  markdown: { syntaxHighlight: false },
  // optimize: static MDX subtrees become plain HTML strings, which cuts the cost of building many narratives (see BENCHMARKS.md).
  integrations: [mdx({ optimize: true, processor: unified({ remarkPlugins: [remarkBoardPaperNumbers] }) }), sitemap({ filter: (page) => !new URL(page).pathname.includes('/embed/') })],
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
  telemetry: false,
});

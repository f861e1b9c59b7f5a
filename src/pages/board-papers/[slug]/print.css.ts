// WHY: serves each board paper's running footer (item number, board, date) as a same-origin stylesheet the CSP allows.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBoardPapers, type BoardPaperEntry } from '../../../content/load.ts';
import { longDate, paperPrintCss } from '../../../site/print-css.ts';

export const getStaticPaths = (async () =>
  (await loadBoardPapers()).map((paper) => ({ params: { slug: paper.id }, props: { paper } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ paper: BoardPaperEntry }> = ({ props }) => {
  const p = props.paper.data;
  const css = paperPrintCss({ left: `${p.board} · ${longDate(p.meetingDate)}`, centre: `Item no: ${p.item}` });
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};

// WHY: the board-paper pages and their index list the papers in one order.
import { getCollection, type CollectionEntry } from 'astro:content';

export type BoardPaperEntry = CollectionEntry<'boardPapers'>;

/** Newest meeting first, then by item number. */
export async function loadBoardPapers(): Promise<BoardPaperEntry[]> {
  return (await getCollection('boardPapers')).sort((a, b) => b.data.meetingDate.localeCompare(a.data.meetingDate) || a.data.item - b.data.item);
}


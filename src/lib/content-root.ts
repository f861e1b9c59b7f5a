// Where content is read from: $ATLAS_ROOT/content and $ATLAS_ROOT/data (default: the project itself), so the
// same code builds the real site or the demonstration set in examples/demo/.
import { join } from 'node:path';

export const ATLAS_ROOT = process.env.ATLAS_ROOT ?? '.';

/** A path under the content root, for a file or folder such as "data/grid.yaml" or "content/boroughs". */
export function atRoot(path: string): string {
  return ATLAS_ROOT === '.' ? `./${path}` : join(ATLAS_ROOT, path);
}

// The content root is a setting (env ATLAS_ROOT, default "."), so the same code builds the real and the demo content.
import { resolve } from 'node:path';

export function contentRoot(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.ATLAS_ROOT ?? '.');
}

// Whether the site may be published: it must give readers a real contact, never an invented one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml } from '../../src/content/read-content.ts';

/** Domains reserved for examples (RFC 2606): an address there is invented, so nobody reads it. */
const EXAMPLE_DOMAIN = /@(?:[\w-]+\.)*example\.(?:org|com|net)$|@[\w.-]+\.(?:example|invalid|test)$/i;

/** One line saying why the site may not be published, or undefined when it may. */
export function contactProblem(settings: unknown): string | undefined {
  const contact = (settings as { contact?: unknown } | undefined)?.contact;
  if (contact === undefined || contact === null || contact === '')
    return 'data/site.yaml  contact  is not set; the accessibility statement needs an address the publisher reads, so the site is not published until `contact:` is added';
  if (typeof contact !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(contact))
    return `data/site.yaml  contact  "${String(contact)}" is not an email address; write the address readers should use, like "atlas@your-organisation.gov.uk"`;
  if (EXAMPLE_DOMAIN.test(contact))
    return `data/site.yaml  contact  "${contact}" is at a domain reserved for examples, so nobody reads it; write the address readers should use`;
  return undefined;
}

/** Reads <root>/data/site.yaml as the build does and says whether it may be published. */
export function contactProblemIn(root: string): string | undefined {
  const read = readYaml(readFileSync(join(root, 'data/site.yaml'), 'utf8'));
  if (read.failure) return `data/site.yaml  -  cannot be read (${read.failure.detail}); run npm run check`;
  return contactProblem(read.data);
}

// `node scripts/require-contact.ts`: the publish workflow's gate. Fails with one line while data/site.yaml has no
// contact readers can write to, so the site is never published with an invented or missing address.
import { contentRoot } from '../src/content/content-root.ts';
import { contactProblemIn } from './lib/contact-rule.ts';

const problem = contactProblemIn(process.argv[2] ?? contentRoot());
if (problem) {
  console.error(`✗ Not published: ${problem}`);
  process.exitCode = 1;
} else {
  console.log('✓ data/site.yaml gives readers a contact');
}

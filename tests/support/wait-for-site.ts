// Before a site test file is even read (its top level may read pages): wait for the run's shared build of the real site.
import { waitForSite } from './site.ts';

await waitForSite();

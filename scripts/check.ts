// `npm run check`: the officer's first reader. Prints one line per problem and exits 1 if there are any.
import { checkContent, formatProblem, summaryLine } from '../src/content/checker/index.ts';
import { reportAnnotations } from '../src/content/checker/annotations.ts';
import { contentRoot } from '../src/content/content-root.ts';

const root = process.argv[2] ?? contentRoot();
const result = checkContent(root);
for (const problem of result.problems) console.log(formatProblem(problem));
reportAnnotations(result.problems);
console.log(summaryLine(result));
process.exitCode = result.problems.length ? 1 : 0;

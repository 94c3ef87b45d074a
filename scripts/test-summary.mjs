// Prints vitest's totals as one plain line ("tests: N passed, N failed, N skipped") so that
// any CI log reader can count the run without knowing vitest's own format.
import { readFileSync } from 'node:fs';

const report = JSON.parse(
  readFileSync(new URL('../test-results/vitest.json', import.meta.url), 'utf8'),
);
const skipped = report.numPendingTests + report.numTodoTests;
console.log(
  `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`,
);
if (report.numTotalTests === 0) {
  console.error('no test ran');
  process.exitCode = 1;
}

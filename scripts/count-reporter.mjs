// web-test-runner reporter that writes a machine-readable summary.
// Counts every test in every session (browser x group x file). A session that failed
// without a failing test (e.g. the test file did not load) counts as one failed test.
import { mkdirSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function countSessions(sessions) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const session of sessions) {
    const before = counts.failed;
    countSuite(session.testResults, counts);
    if (session.passed === false && counts.failed === before) counts.failed += 1;
  }
  return counts;
}

export function formatCounts({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

/**
 * @param {{ outputFile?: string }} [options]
 * @returns {import('@web/test-runner').Reporter}
 */
export function countReporter({ outputFile = 'test-results/summary.txt' } = {}) {
  return {
    stop({ sessions }) {
      const line = formatCounts(countSessions(sessions));
      mkdirSync(dirname(outputFile), { recursive: true });
      writeFileSync(outputFile, `${line}\n`);
      // The default reporter's terminal output is flushed after stop(): print the plain
      // count line as the very last line of the run.
      process.once('exit', () => writeSync(1, `\n${line}\n`));
    },
  };
}

export default countReporter;

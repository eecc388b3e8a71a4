// @ts-check
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { CHROME_ARGS, findChrome } from './scripts/chrome-path.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { STRICT_POLICY } from './tests/csp/policy.mjs';
import { testEndpoints } from './tests/server/fixtures.mjs';

const executablePath = findChrome();
const updateBaselines = process.argv.includes('--update-visual-baseline');

/**
 * A Chromium launcher; with `timezoneId` every page emulates that IANA time zone
 * (CDP Emulation.setTimezoneOverride, survives the navigation to the test page).
 * @param {string} [timezoneId]
 */
function chromium(timezoneId) {
  const launcher = chromeLauncher({
    launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
    // One page at a time per browser: with 2+ pages in one Chromium, focus (sendKeys) and
    // screenshots of the background page time out. The groups' browsers still run in parallel.
    concurrency: 1,
    ...(timezoneId && {
      async createPage({ context }) {
        const page = await context.newPage();
        await page.emulateTimezone(timezoneId);
        return page;
      },
    }),
  });
  // Shown in progress bars and logs, e.g. "Chromium TZ=Asia/Almaty".
  launcher.name = `Chromium TZ=${timezoneId ?? 'local'}`;
  return launcher;
}

/** Time zones the pure core (src/core) must be independent of. */
const TIME_ZONES = ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Almaty'];

/** True if `dir` holds a *.test.ts file (wtr refuses a group whose pattern matches nothing). */
function hasTests(dir) {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('.test.ts'));
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['tests/**/*.test.ts', '!tests/screenshots/**'],
  nodeResolve: true,
  // Browser default TZ is the machine's; keep the default run deterministic too.
  browsers: [chromium('UTC')],
  testFramework: {
    config: { ui: 'bdd', timeout: 5000 },
  },
  testsFinishTimeout: 120_000,
  // Lit's dev build (kept for its warnings) announces itself in every test file.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // The strict-CSP page (tests/csp/) is served with its policy as a header, as a real site would.
  middleware: [
    testEndpoints,
    async (ctx, next) => {
      await next();
      if (ctx.path.startsWith('/tests/csp/')) ctx.set('Content-Security-Policy', STRICT_POLICY);
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // `a11ySnapshot()`: the accessibility tree as Chromium gives it to screen readers (names).
    a11ySnapshotPlugin(),
    // `executeServerCommand('emulate-forced-colors', true)`: Windows High Contrast, as DevTools
    // emulates it (wtr's own emulateMedia does forced colours only under Playwright).
    {
      name: 'annals-forced-colors',
      async executeCommand({ command, payload, session }) {
        if (command !== 'emulate-forced-colors') return undefined;
        const page = /** @type {any} */ (session.browser).getPage(session.id);
        await page.emulateMediaFeatures([
          { name: 'forced-colors', value: payload ? 'active' : 'none' },
          { name: 'prefers-reduced-motion', value: 'reduce' },
        ]);
        return true;
      },
    },
    visualRegressionPlugin({
      update: updateBaselines,
      baseDir: 'tests/screenshots',
      getBaselineName: ({ name }) => path.join('baseline', name),
      getFailedName: ({ name }) => path.join('failed', name),
      getDiffName: ({ name }) => path.join('failed', `${name}-diff`),
      // Tolerate antialiasing differences between font renderers.
      diffOptions: { threshold: 0.2, includeAA: false },
      failureThreshold: 1.5,
      failureThresholdType: 'percent',
    }),
  ],
  groups: (hasTests('tests/core') ? TIME_ZONES : []).map((tz) => ({
    name: `core-tz-${tz.replace('/', '-')}`,
    files: 'tests/core/**/*.test.ts',
    browsers: [chromium(tz)],
  })),
  reporters: [defaultReporter(), countReporter()],
};

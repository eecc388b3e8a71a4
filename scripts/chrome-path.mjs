// Shared Chrome/Chromium lookup, used by scripts/find-chrome.mjs,
// web-test-runner.config.mjs and scripts/storybook-smoke.mjs.
import { existsSync } from 'node:fs';

export const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags for headless Chromium as root in a container / CI. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none',
];

/** @returns {string | undefined} path of a Chrome/Chromium executable */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CHROME_CANDIDATES.find((p) => existsSync(p));
}

export const INSTALL_HINT = [
  'No Chrome/Chromium found.',
  process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist.` : '',
  'Install one, e.g. on Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium fonts-dejavu-core',
  'or point CHROME_PATH at an existing Chrome/Chromium executable:  CHROME_PATH=/path/to/chrome npm test',
]
  .filter(Boolean)
  .join('\n');

/** Like findChrome() but throws with an install hint when none is found. */
export function requireChrome() {
  const path = findChrome();
  if (!path) throw new Error(INSTALL_HINT);
  return path;
}

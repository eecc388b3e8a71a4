#!/usr/bin/env node
// Fails fast (exit 1) with an install hint when no Chrome/Chromium is available.
import { findChrome, INSTALL_HINT } from './chrome-path.mjs';

const path = findChrome();
if (!path) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (process.argv.includes('--print')) console.log(path);

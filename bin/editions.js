#!/usr/bin/env node
// The CLI lives in pipeline/cli; this shim runs its compiled form (built by `npm ci` via `prepare`).
import('../dist/cli/main.js').then((m) => m.main(process.argv)).catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli')) {
    console.error('editions: the CLI is not built yet. Run `npm ci` (or `npm run build:cli`) first.');
  } else {
    console.error('editions: internal error, please report:', error && error.stack ? error.stack : error);
  }
  process.exit(70);
});

// Loaded with `node --import` by bench.mjs: writes the process's peak RSS (KiB) when it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.EDITIONS_RSS_FILE) writeFileSync(process.env.EDITIONS_RSS_FILE, String(process.resourceUsage().maxRSS));
});

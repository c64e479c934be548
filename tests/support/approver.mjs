// A second writer for concurrency tests, run as its own process: approves catalog entries through
// the one catalog writer (updateCatalog), each with a text of its own, and prints one JSON line per
// approval it acknowledged. Usage: node approver.mjs ROOT LANGUAGE SLUG COUNT [DELAY_MS] [START_AT] [STRIDE] [OFFSET]
// Each process approves only entries whose index % STRIDE === OFFSET, so concurrent approvers never
// approve the same entry (a later approval of one entry replacing an earlier one is not a loss).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
const load = (module) => import(pathToFileURL(path.join(dist, module)).href);
const [{ loadConfig }, { updateCatalog }, { approveEntry, entryKey }] = await Promise.all([load('config.js'), load('catalogs.js'), load('review/edit.js')]);

const [root, language, slug, countText, delayText = '0', startAt = '0', stride = '1', offset = '0'] = process.argv.slice(2);
const config = loadConfig(root);
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
// A common start time lets several processes write at the same moment.
if (Number(startAt) > Date.now()) await wait(Number(startAt) - Date.now());

for (let index = 0; index < Number(countText); index++) {
  let approved;
  updateCatalog(config, language, slug, (current) => {
    if (!current) return undefined;
    const open = current.entries.filter((entry, at) => at % Number(stride) === Number(offset) && entry.state !== 'approved');
    if (!open.length) return undefined;
    const entry = open[(index * 7) % open.length];
    const text = `approved by ${process.pid} #${index}: ${entry.source.slice(0, 20)}`;
    approved = { context: entry.context, source: entry.source, translation: text };
    return approveEntry(current, entryKey(entry), { name: `approver ${process.pid}`, date: '2026-11-30' }, text);
  });
  if (approved) console.log(JSON.stringify(approved));
  if (Number(delayText)) await wait(Number(delayText));
}

// Spelling verdicts outlive tool updates (they are keyed by the dictionary and SPELLING_VERSION, not
// by the tool's fingerprint), so a change to the code that makes them must bump SPELLING_VERSION:
// otherwise a fixed bug keeps its wrong verdicts in every workspace's cache. This pins the code's
// hash to the version; when it fails, bump SPELLING_VERSION in verdicts.ts and record the new hash.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SPELLING_VERSION } from '../../pipeline/review/checks/verdicts.js';

const CODE = ['dictionaries.ts', 'stems.ts', 'forms.ts', 'affixes.ts', 'dic-index.ts', 'verdicts.ts'].map((name) => `pipeline/review/checks/${name}`);
/** Each SPELLING_VERSION and the hash of the code that made its verdicts. */
const RECORDED: Record<string, string> = {
  'spelling-1': '3af35106a327eee87ab521426111580bf66ae56179533126f609cca85671486b',
  'spelling-2': '098665ce281b3e389ef21dc414228826e190244539ad895c8cc5939d1607668b',
  'spelling-3': '2d50018a02a6a2e0c3cd88f95fbb746c35c256ad1c6b8bf407f9ba4e431a4f18',
  'spelling-4': 'b7b6b76bf04089e4e90f8f90dcfae70c72b5df8df5dc2f84163864fc385c072b',
  'spelling-5': '13290d0ad2464fc79719290823c70c2b71735e2dc7e061909a9f4c680b525570',
  'spelling-6': '64073c8fc45f92af0936e01ab3517cb0ea066b3b09000f972aac363b2db83e01',
};

describe('spelling verdicts and the code that makes them', () => {
  it('a change to the spelling code comes with a new SPELLING_VERSION', () => {
    const hash = createHash('sha256');
    for (const file of CODE) hash.update(`${file}\n`).update(readFileSync(file, 'utf8').replace(/\r\n/g, '\n'));
    expect(hash.digest('hex'), `the spelling code changed: bump SPELLING_VERSION (now ${SPELLING_VERSION}) and record the new hash here`).toBe(RECORDED[SPELLING_VERSION]);
  });
});

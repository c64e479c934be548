// `editions build --watch` driven as an editor's session would drive it: started once, then timed
// from a keypress (r + Enter: rebuild everything) or a saved catalog to the "Built …" line it prints.
// CPU is the watch process's own (all its threads), read from /proc before and after.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function cpuOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return NaN;
  }
}

/** A watch on `root`; resolves once its first build is done and it is watching. */
export async function startWatch(repo, root, env = {}) {
  const child = spawn(process.execPath, [path.join(repo, 'bin/editions.js'), '--root', root, 'build', '--watch'], {
    env: { ...process.env, DEEPL_AUTH_KEY: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let built = 0;
  let watching = false;
  const waiters = [];
  const settle = () => {
    for (const waiter of [...waiters]) if (waiter.ready()) waiters.splice(waiters.indexOf(waiter), 1) && waiter.resolve();
  };
  const read = (chunk) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.startsWith('Built ')) built++;
      if (line.startsWith('Watching ')) watching = true;
    }
    settle();
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  const until = (ready) => new Promise((resolve) => (ready() ? resolve() : waiters.push({ ready, resolve })));
  await until(() => watching);
  /** Do `act`, then wait for the next build: wall ms and the process's CPU ms. */
  const timed = async (act) => {
    const target = built + 1;
    const cpu = cpuOf(child.pid);
    const started = performance.now();
    act();
    await until(() => built >= target);
    return { wall: performance.now() - started, cpu: cpuOf(child.pid) - cpu };
  };
  return {
    rebuildAll: () => timed(() => child.stdin.write('r\n')),
    afterSaving: (save) => timed(save),
    stop: async () => {
      child.stdin.write('q\n');
      await new Promise((resolve) => child.on('exit', resolve));
    },
  };
}

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
  let seen = '';
  const waiters = [];
  const settle = () => {
    for (const waiter of [...waiters]) if (waiter.ready()) waiters.splice(waiters.indexOf(waiter), 1) && waiter.resolve();
  };
  // Whole lines only: a line may come in two chunks.
  const reader = () => {
    let partial = '';
    return (chunk) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop();
      for (const line of lines) {
        seen = `${seen}${line}\n`.slice(-4000);
        if (line.startsWith('Built ')) built++;
        if (line.startsWith('Watching ')) watching = true;
      }
      settle();
    };
  };
  child.stdout.on('data', reader());
  child.stderr.on('data', reader());
  child.on('exit', (code) => {
    for (const waiter of waiters.splice(0)) waiter.reject(new Error(`the watch exited (${code}); it said:\n${seen}`));
  });
  // A build that says nothing (a no-op) or never ends must not hang the bench.
  const until = (ready, timeoutMs = 120_000) =>
    new Promise((resolve, reject) => {
      if (ready()) return resolve();
      const waiter = { ready, resolve: () => (clearTimeout(waiter.timer), resolve()), reject };
      waiter.timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(new Error(`no "Built" line from the watch within ${timeoutMs} ms; it said:\n${seen}`));
      }, timeoutMs);
      waiters.push(waiter);
    });
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

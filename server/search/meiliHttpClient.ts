// The transport the meilisearch client uses: node:http over kept-alive, no-delay connections, asking for uncompressed
// responses. Node's fetch sends `Accept-Encoding: gzip, deflate, br`, and Meilisearch then compresses every answer,
// which cost ~30–45 ms per search here; identity encoding on a reused socket costs only the engine's own time.
// `postJson` is the search hot path: a prepared URL and headers, no fetch-style Request, URL or Headers per call.
import http from 'node:http';
import https from 'node:https';
import { MeilisearchApiError, MeilisearchRequestError, type MeilisearchErrorResponse } from 'meilisearch';

export interface MeiliHttpClient {
  readonly request: (input: string | URL | Request, init?: RequestInit) => Promise<unknown>;
  /** POSTs a JSON text to a prepared URL with prepared headers and resolves with the parsed answer. */
  readonly postJson: (url: URL, headers: Readonly<Record<string, string>>, body: string) => Promise<unknown>;
  close(): void;
}

function headerRecord(headers: HeadersInit | undefined): Record<string, string> {
  return Object.fromEntries(new Headers(headers).entries());
}

function parseBody(text: string): unknown {
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

/** `timeoutMs`: a request without a response for this long fails (and its socket is dropped). */
export function createMeiliHttpClient(timeoutMs = 15_000): MeiliHttpClient {
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 64 });

  const send = (url: URL, method: string, headers: Record<string, string>, body: string | undefined, signal?: AbortSignal): Promise<unknown> => {
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    const transport = url.protocol === 'https:' ? https : http;
    const agent = url.protocol === 'https:' ? httpsAgent : httpAgent;
    return new Promise<unknown>((resolve, reject) => {
      const req = transport.request(url, { method, headers, agent, signal }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (error) => reject(new MeilisearchRequestError(url.toString(), error)));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            const parsed = parseBody(text);
            const status = res.statusCode ?? 500;
            if (status >= 200 && status < 300) return resolve(parsed);
            reject(new MeilisearchApiError(new Response(text || null, { status }), parsed as MeilisearchErrorResponse | undefined));
          } catch (error) {
            reject(new MeilisearchRequestError(url.toString(), error));
          }
        });
      });
      req.on('socket', (socket) => socket.setNoDelay(true));
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer from Meilisearch within ${timeoutMs} ms`)));
      req.on('error', (error) => reject(new MeilisearchRequestError(url.toString(), error)));
      req.end(body);
    });
  };

  const request = (input: string | URL | Request, init: RequestInit = {}): Promise<unknown> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const body = typeof init.body === 'string' ? init.body : undefined;
    return send(url, init.method ?? 'GET', { ...headerRecord(init.headers), 'accept-encoding': 'identity' }, body, init.signal ?? undefined);
  };

  const postJson = (url: URL, headers: Readonly<Record<string, string>>, body: string): Promise<unknown> => send(url, 'POST', { ...headers, 'accept-encoding': 'identity' }, body);

  return {
    request,
    postJson,
    close: () => {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

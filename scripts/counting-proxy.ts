/**
 * A proxy in front of a test CouchDB server that logs each request as the server sees it
 * (method, path with query, and how many documents a `_bulk_get` asked for): the sync browser
 * test and benchmark count requests and resends with it.
 */
import { createServer, request as httpRequest } from 'node:http';

export interface ProxiedRequest {
  method: string;
  /** Path and query, e.g. /db/_changes?since=200&limit=200 */
  url: string;
  /** Documents asked for, for `_bulk_get` (0 otherwise). */
  bulkGetDocs: number;
}

export interface CountingProxy {
  /** http://127.0.0.1:PORT/ */
  url: string;
  requests: ProxiedRequest[];
  count(): number;
  reset(): void;
  close(): Promise<void>;
}

export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target);
  const requests: ProxiedRequest[] = [];
  const server = createServer((req, res) => {
    const logged: ProxiedRequest = { method: req.method ?? 'GET', url: req.url ?? '/', bulkGetDocs: 0 };
    requests.push(logged);
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    if (logged.url.includes('/_bulk_get')) {
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (text += chunk));
      req.on('end', () => {
        try {
          const body = JSON.parse(text) as { docs?: unknown[] };
          logged.bulkGetDocs = body.docs?.length ?? 0;
        } catch {
          // not JSON: counted as a request, with no documents
        }
      });
    }
    req.pipe(forward);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`,
    requests,
    count: () => requests.length,
    reset: () => void requests.splice(0),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

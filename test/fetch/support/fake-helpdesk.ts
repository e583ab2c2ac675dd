// A helpdesk API on 127.0.0.1 (random port) for the fetch tests: each test gives the
// answer per request (a page, an HTTP error, a body cut off mid-page, no answer at all),
// and every request is recorded. Nothing here contacts any other address.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Answer =
  | { status?: number; headers?: Record<string, string>; json?: unknown; body?: string }
  | { cutAfter: number; json: unknown }
  | { hang: true };

export interface Seen {
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
}

export interface FakeHelpdesk {
  url: string;
  seen: Seen[];
  /** Sets how requests are answered from now on. */
  answer(fn: (seen: Seen, index: number) => Answer): void;
  close(): Promise<void>;
}

export async function startFakeHelpdesk(): Promise<FakeHelpdesk> {
  let answerFor: (seen: Seen, index: number) => Answer = () => ({ status: 404, body: 'not found' });
  const seen: Seen[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request = { path: url.pathname, query: url.searchParams, authorization: req.headers.authorization };
    seen.push(request);
    reply(res, answerFor(request, seen.length - 1));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    answer(fn) {
      answerFor = fn;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The exact bytes a page answer sends, so tests can compare them with the saved file. */
export function bodyOf(json: unknown): string {
  return JSON.stringify(json);
}

function reply(res: ServerResponse, answer: Answer): void {
  if ('hang' in answer) return;
  if ('cutAfter' in answer) {
    const body = Buffer.from(bodyOf(answer.json));
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
    res.write(body.subarray(0, answer.cutAfter), () => res.socket?.destroy());
    return;
  }
  const body = answer.body ?? (answer.json === undefined ? '' : bodyOf(answer.json));
  res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
  res.end(body);
}

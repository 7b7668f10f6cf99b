// A server-side deadline check inside a plain Node HTTP handler (node:http, no framework):
//   GET /deadline?received=2025-08-28T16:10&limit=3%20ng%C3%A0y%20l%C3%A0m%20vi%E1%BB%87c[&channel=online][&explain=1]
// answers the appointment as JSON; bad input → 400 with the library's error code, message and path.
// Run: node examples/http-server/server.mjs [port]   (port 0 picks a free one; default 8080)
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { computeDeadline, formatTraceStep, MotcuaError } from 'motcua';

/** Answers one request target (`/deadline?…`) as `{ status, body }`: pure, testable without a socket. */
export function handle(target) {
  const url = new URL(target, 'http://localhost');
  if (url.pathname !== '/deadline') return { status: 404, body: { error: 'NOT_FOUND' } };
  const query = url.searchParams;
  try {
    // Missing parameters are passed on as they are: the library rejects them with their path.
    const deadline = computeDeadline({
      receivedAt: query.get('received') ?? '',
      limit: query.get('limit') ?? '',
      ...(query.has('channel') ? { channel: query.get('channel') } : {}),
    });
    const body = {
      due: deadline.dueWallTime,
      dueDay: deadline.dueDay,
      ruleset: deadline.ruleset.id,
      mode: deadline.mode,
      provisional: deadline.provisional,
    };
    // The trace replays the computation with tracing on: ask for it only when it is shown.
    if (query.get('explain') === '1') body.trace = deadline.trace.map(formatTraceStep);
    return { status: 200, body };
  } catch (error) {
    if (error instanceof MotcuaError) {
      return { status: 400, body: { error: error.code, message: error.message, path: error.path } };
    }
    throw error; // a bug, not bad input: answered 500 below
  }
}

/** Starts the server on 127.0.0.1 (`port` 0 = any free port); resolves once it is listening. */
export function startServer(port = 0) {
  const server = createServer((req, res) => {
    let status;
    let body;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      status = 405;
      body = { error: 'METHOD_NOT_ALLOWED' };
      res.setHeader('allow', 'GET, HEAD');
    } else {
      try {
        ({ status, body } = handle(req.url ?? '/'));
      } catch (error) {
        console.error(error);
        status = 500;
        body = { error: 'INTERNAL' };
      }
    }
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : JSON.stringify(body));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await startServer(Number(process.argv[2] ?? 8080));
  const { port } = server.address();
  console.log(`listening on http://127.0.0.1:${port}/deadline?received=2025-08-28T16:10&limit=3%20ng%C3%A0y%20l%C3%A0m%20vi%E1%BB%87c`);
}

import http from 'node:http';

/** What one closed-loop run measured. */
export interface LoadResult {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** The first failure's status and a little of its body, to say why. */
  firstError?: string;
}

/**
 * A closed-loop load generator: `connections` workers on keep-alive sockets, each sending the next
 * request as soon as its last answer is read in full, for `seconds` after a one-second warm-up that
 * is not counted. Latency is from sending to the last byte of the body.
 */
export async function load(url: string, opts: { connections?: number; seconds?: number; headers?: Record<string, string> } = {}): Promise<LoadResult> {
  const connections = opts.connections ?? 50;
  const seconds = opts.seconds ?? 5;
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const times: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const one = () =>
    new Promise<{ ms: number; ok: boolean; why?: string }>((resolve) => {
      const t0 = performance.now();
      const req = http.request(
        { host: target.hostname, port: target.port, path: target.pathname + target.search, agent, headers: { 'accept-encoding': 'gzip', ...opts.headers } },
        (res) => {
          const ok = (res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300;
          let why = '';
          res.on('data', (chunk: Buffer) => {
            if (!ok && why.length < 200) why += chunk.toString('utf8', 0, 200);
          });
          res.on('end', () => resolve({ ms: performance.now() - t0, ok, why: ok ? undefined : `${res.statusCode} ${why.slice(0, 200)}` }));
        },
      );
      req.on('error', (err) => resolve({ ms: performance.now() - t0, ok: false, why: err.message }));
      req.end();
    });
  let counting = false;
  let stop = false;
  const worker = async () => {
    while (!stop) {
      const r = await one();
      if (!counting) continue;
      if (r.ok) times.push(r.ms);
      else {
        errors++;
        firstError ??= r.why;
      }
    }
  };
  const workers = Array.from({ length: connections }, worker);
  await new Promise((r) => setTimeout(r, 1000));
  counting = true;
  const start = performance.now();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  counting = false;
  const elapsed = performance.now() - start;
  stop = true;
  // Let the requests in flight finish (not counted): cutting them would leave the server working
  // through the backlog while the next target is measured.
  await Promise.all(workers);
  agent.destroy();
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { requests: times.length, errors, perSecond: (times.length / elapsed) * 1000, p50: at(0.5), p95: at(0.95), p99: at(0.99), firstError };
}

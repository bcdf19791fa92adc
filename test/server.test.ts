import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../src/db/client.js';
import { rowsOf } from '../src/db/rows.js';
import { createTestApp } from './support/app.js';
import { paths } from '../src/paths.js';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('GET /healthz', () => {
  it('answers 200 while the database answers, 503 when it is gone', async () => {
    const t = await createTestApp('empty');
    const ok = await t.anonymous().get(paths.health());
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok' });
    await t.close();
    const down = await t.anonymous().get(paths.health());
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'database unavailable' });
  });
});

/** `node --import tsx src/server.ts` as `npm start` runs it, with its own DATA_DIR and port. */
function startServerProcess(env: Record<string, string>) {
  // The embedded database unless the test says otherwise, whatever this test run was started with.
  const { DATABASE_URL: _url, TEST_DATABASE_URL: _testUrl, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...inherited, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const waitFor = async (pattern: RegExp, ms: number) => {
    const until = Date.now() + ms;
    while (!pattern.test(output)) {
      if (Date.now() > until || child.exitCode !== null) throw new Error(`server did not print ${pattern}; output:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, exited, waitFor, output: () => output };
}

describe('the server process', () => {
  it('starts on the embedded database, answers /healthz and exits 0 within 3 s of SIGTERM, leaving the data readable', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vtp-server-'));
    dirs.push(dataDir);
    const port = await freePort();
    const server = startServerProcess({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DEMO: 'off' });
    try {
      await server.waitFor(new RegExp(`kører på http://localhost:${port}`), 60_000);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      const login = await fetch(`http://127.0.0.1:${port}/login`);
      expect(login.status).toBe(200);
      expect(await login.text()).toContain('<html lang="da"');

      const stoppedAt = Date.now();
      server.child.kill('SIGTERM');
      const exit = await server.exited;
      expect(exit).toEqual({ code: 0, signal: null });
      expect(Date.now() - stoppedAt).toBeLessThan(3000);
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
    // PGlite was closed cleanly: the data directory opens again with the migrated schema.
    const reopened = await openPglite({ dataDir });
    try {
      const rows = rowsOf<{ n: number }>(await reopened.db.execute('select count(*)::int as n from organisations'));
      expect(rows).toEqual([{ n: 0 }]);
    } finally {
      await reopened.close();
    }
  }, 90_000);

  it('refuses a bad configuration with a clear message and exit code 2', async () => {
    const server = startServerProcess({ PORT: 'abc', DATABASE_URL: 'mysql://nope' });
    const exit = await server.exited;
    expect(exit.code).toBe(2);
    expect(server.output()).toContain('Invalid configuration');
    expect(server.output()).toContain('PORT');
    expect(server.output()).toContain('DATABASE_URL: must start with postgres://');
    expect(server.output()).not.toMatch(/\n\s+at /);
  }, 60_000);
});

/**
 * A real PostgreSQL 15 primary with a streaming replica, for the replica test: initdb, a base
 * backup taken with `pg_basebackup -R` (which writes the standby's connection settings), both
 * servers on free loopback ports in a temp dir, stopped and removed by `stop()`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ReplicaCluster {
  primaryUrl: string;
  replicaUrl: string;
  stop(): void;
}

/** The PostgreSQL binaries: PG_BIN, else Debian's 15, else the newest installed; null when there are none. */
export function postgresBin(): string | null {
  const candidates = [process.env.PG_BIN, '/usr/lib/postgresql/15/bin'];
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  }
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'initdb'))) ?? null;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

export async function startReplicaCluster(bin: string): Promise<ReplicaCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'vtp-replica-'));
  chmodSync(dir, 0o755);
  const asRoot = process.getuid?.() === 0;
  // The server refuses to run as root: as root, every binary runs as the postgres user.
  const run = (tool: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, tool), asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args, { stdio: 'pipe' });
  if (asRoot) execFileSync('chown', ['postgres:', dir]);

  const primaryData = join(dir, 'primary');
  const replicaData = join(dir, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const common = `-c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off -c full_page_writes=off`;
  const started: string[] = [];
  const stop = () => {
    for (const data of started.reverse()) {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run('initdb', ['-D', primaryData, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions']);
    const primaryOpts = `-p ${primaryPort} ${common} -c wal_level=replica -c max_wal_senders=5 -c hot_standby=on`;
    run('pg_ctl', ['-D', primaryData, '-l', join(dir, 'primary.log'), '-o', primaryOpts, '-w', '-t', '30', 'start']);
    started.push(primaryData);
    // -R writes standby.signal and primary_conninfo: the copy starts as a streaming replica.
    run('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replicaData, '-R', '-X', 'stream', '--no-sync']);
    run('pg_ctl', ['-D', replicaData, '-l', join(dir, 'replica.log'), '-o', `-p ${replicaPort} ${common} -c hot_standby=on`, '-w', '-t', '30', 'start']);
    started.push(replicaData);
  } catch (err) {
    stop();
    throw err;
  }
  return {
    primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
    replicaUrl: `postgres://postgres@127.0.0.1:${replicaPort}/postgres`,
    stop,
  };
}

export interface Bouncer {
  url: string;
  stop(): void;
}

/** PgBouncer's binary, when installed (Debian's `pgbouncer` package). */
export function pgbouncerBin(): string | null {
  return ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((p) => existsSync(p)) ?? null;
}

/**
 * PgBouncer in transaction mode in front of `targetUrl`'s server, with few server connections so that
 * many client connections share them (what breaks session state if the code relied on any).
 */
export async function startPgBouncer(binary: string, targetUrl: string, serverConnections = 3): Promise<Bouncer> {
  const target = new URL(targetUrl);
  const dir = mkdtempSync(join(tmpdir(), 'vtp-bouncer-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  writeFileSync(join(dir, 'users.txt'), '"postgres" ""\n');
  writeFileSync(
    join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `postgres = host=${target.hostname} port=${target.port} dbname=postgres`,
      '[pgbouncer]',
      `listen_addr = 127.0.0.1`,
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      `default_pool_size = ${serverConnections}`,
      'max_client_conn = 500',
      'ignore_startup_parameters = extra_float_digits,options',
      `logfile = ${join(dir, 'pgbouncer.log')}`,
      '',
    ].join('\n'),
  );
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['-R', 'postgres:', dir]);
  // PgBouncer refuses to run as root.
  const child = spawn(asRoot ? 'runuser' : binary, asRoot ? ['-u', 'postgres', '--', binary, join(dir, 'pgbouncer.ini')] : [join(dir, 'pgbouncer.ini')], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    if (await canConnect(port)) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      // runuser passes the signal on to pgbouncer.
      child.kill('SIGINT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const canConnect = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
